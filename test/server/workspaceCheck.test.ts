// The workspace-wide check: with diagnostics.scope = workspace (and by the policyLens/checkWorkspace
// request) closed Markdown drafts get diagnostics too; files of a corpus folder are not drafts.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CancellationTokenSource } from 'vscode-jsonrpc';
import { CheckWorkspaceRequest } from '../../server/src/protocol.js';
import { REPO, startServer, type ServerSession } from './lspClient.js';
import { ready, scratchFolder, within } from './lspWaits.js';
import { changeSettings, nextPublished, published } from './diagnosticsSession.js';

const CLOSED = '（一）由省信息中心负责数据共享。\n';

function workspaceWithDrafts(): { folder: ReturnType<typeof scratchFolder>; closedUri: string; corpusUri: string } {
  const folder = scratchFolder('workspace-check');
  mkdirSync(join(folder.path, 'drafts'));
  writeFileSync(join(folder.path, 'drafts', 'closed.md'), CLOSED);
  // A corpus folder inside the workspace: its Markdown is corpus, not drafts.
  cpSync(
    join(REPO, 'test', 'fixtures', 'drafts-lsp', 'user-corpus', 'sc_plan.md'),
    join(folder.path, 'corpus', 'sc_plan.md'),
  );
  return {
    folder,
    closedUri: pathToFileURL(join(folder.path, 'drafts', 'closed.md')).toString(),
    corpusUri: pathToFileURL(join(folder.path, 'corpus', 'sc_plan.md')).toString(),
  };
}

describe('diagnostics.scope = workspace', () => {
  let session: ServerSession;
  let ws: ReturnType<typeof workspaceWithDrafts>;
  before(async () => {
    ws = workspaceWithDrafts();
    session = await startServer({
      rootPath: ws.folder.path,
      settings: { corpus: { paths: ['corpus'] }, diagnostics: { scope: 'workspace' } },
    });
    await ready(session);
  });
  after(async () => {
    await session?.stop();
    ws?.folder.remove();
  });

  test('a closed draft gets its diagnostics without being opened', async () => {
    const pushed = await nextPublished(session, ws.closedUri, 0, 'diagnostics for the closed draft', (p) =>
      p.diagnostics.some((d) => d.code === 'name.deprecated'),
    );
    assert.equal(pushed.version, undefined, 'the text on disk, not an editor version');
  });

  test('a corpus file is not checked as a draft', () => {
    const draftCodes = published(session, ws.corpusUri).flatMap((p) =>
      p.diagnostics.map((d) => String(d.code)).filter((code) => !code.startsWith('corpus.')),
    );
    assert.deepEqual(draftCodes, []);
  });

  test('opening the draft hands it over to the open-file diagnostics; back to openFiles clears closed drafts', async () => {
    session.open(ws.closedUri, CLOSED, 7);
    await nextPublished(session, ws.closedUri, 0, 'the open draft, version 7', (p) => p.version === 7);
    void session.connection.sendNotification('textDocument/didClose', { textDocument: { uri: ws.closedUri } });
    const seen = published(session, ws.closedUri).length;
    await nextPublished(session, ws.closedUri, seen, 'the closed draft checked again from disk', (p) =>
      p.diagnostics.some((d) => d.code === 'name.deprecated'),
    );
    const cleared = published(session, ws.closedUri).length;
    changeSettings(session, { corpus: { paths: ['corpus'] }, diagnostics: { scope: 'openFiles' } });
    await nextPublished(session, ws.closedUri, cleared, 'the closed draft cleared', (p) => p.diagnostics.length === 0);
  });
});

describe('the policyLens/checkWorkspace request', () => {
  let session: ServerSession;
  let ws: ReturnType<typeof workspaceWithDrafts>;
  before(async () => {
    ws = workspaceWithDrafts();
    session = await startServer({ rootPath: ws.folder.path, settings: { corpus: { paths: ['corpus'] } } });
    await ready(session);
  });
  after(async () => {
    await session?.stop();
    ws?.folder.remove();
  });

  test('checks the closed drafts once, with the default scope', async () => {
    assert.deepEqual(published(session, ws.closedUri), [], 'openFiles: nothing for a closed draft at first');
    const result = await within(session.connection.sendRequest(CheckWorkspaceRequest.type), 'checkWorkspace');
    assert.deepEqual(result, { drafts: 1, withProblems: 1, diagnostics: 1, cancelled: false });
    const [pushed] = published(session, ws.closedUri);
    assert.deepEqual(
      pushed.diagnostics.map((d) => d.code),
      ['name.deprecated'],
    );
  });
});

describe('a workspace check cancelled by the client', () => {
  let session: ServerSession;
  let folder: ReturnType<typeof scratchFolder>;
  const DRAFTS = 400;
  before(async () => {
    folder = scratchFolder('workspace-check-cancel');
    for (let i = 0; i < DRAFTS; i++) writeFileSync(join(folder.path, `draft${i}.md`), CLOSED.repeat(20));
    session = await startServer({ rootPath: folder.path });
    await ready(session);
  });
  after(async () => {
    await session?.stop();
    folder?.remove();
  });

  test('stops early, says so, and keeps answering meanwhile', async () => {
    const source = new CancellationTokenSource();
    const running = session.connection.sendRequest(CheckWorkspaceRequest.type, source.token);
    const first = pathToFileURL(join(folder.path, 'draft0.md')).toString();
    await nextPublished(session, first, 0, 'the first draft checked');
    source.cancel();
    const result = await within(running, 'the cancelled check');
    assert.equal(result.cancelled, true);
    assert.ok(result.drafts < DRAFTS, `stopped after ${result.drafts} of ${DRAFTS} drafts`);
  });
});
