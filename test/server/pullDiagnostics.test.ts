// Pull diagnostics (textDocument/diagnostic) for a client that declares them, pushes for one that does
// not, and semantic tokens over LSP; the custom requests are sent with the typed protocol objects.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { DocumentDiagnosticReport } from 'vscode-languageserver-protocol';
import type { SemanticTokens } from 'vscode-languageserver-types';
import { CorpusStatsRequest } from '../../server/src/protocol.js';
import { SEMANTIC_TOKEN_TYPES } from '../../server/src/service/features/semanticTokens.js';
import { startServer, type ServerSession } from './lspClient.js';
import { ready, request, scratchFolder, until, within } from './lspWaits.js';
import { nextPublished, published } from './diagnosticsSession.js';

const DRAFT = ['# 2025年工作要点', '', '（一）依托"粤省事"开展服务，由省信息中心负责。', ''].join('\n');
const codesOf = (report: DocumentDiagnosticReport) =>
  report.kind === 'full' ? report.items.map((d) => String(d.code)).sort() : [];

describe('a client that pulls diagnostics', () => {
  let session: ServerSession;
  let workspace: ReturnType<typeof scratchFolder>;
  let uri: string;
  let refreshes = 0;

  before(async () => {
    workspace = scratchFolder('pull');
    uri = pathToFileURL(join(workspace.path, 'draft.md')).toString();
    session = await startServer({
      rootPath: workspace.path,
      capabilities: {
        textDocument: { diagnostic: { dynamicRegistration: false } },
        workspace: { diagnostics: { refreshSupport: true } },
      },
    });
    session.connection.onRequest('workspace/diagnostic/refresh', () => {
      refreshes++;
      return null;
    });
    await ready(session);
    session.open(uri, DRAFT, 1);
  });
  after(async () => {
    await session?.stop();
    workspace?.remove();
  });

  const pull = (previousResultId?: string) =>
    request<DocumentDiagnosticReport>(session, 'textDocument/diagnostic', {
      textDocument: { uri },
      ...(previousResultId ? { previousResultId } : {}),
    });

  test('the server declares a diagnostic provider', () => {
    const capabilities = (session.initializeResult as { capabilities: Record<string, unknown> }).capabilities;
    assert.deepEqual(capabilities.diagnosticProvider, { interFileDependencies: false, workspaceDiagnostics: false });
  });

  test('gets the findings by pull, then "unchanged" for the same version, and nothing pushed', async () => {
    // The first pull may come before the segmenter is ready (its checks then follow a refresh): pull until complete.
    let last = await pull();
    for (let tries = 0; !['name.deprecated', 'name.quotes'].every((c) => codesOf(last).includes(c)); tries++) {
      assert.ok(tries < 1000, `the pulled report stays incomplete: ${codesOf(last).join(', ')}`);
      await new Promise((resolve) => setTimeout(resolve, 20)); // the poll interval of lspWaits' until
      last = await pull();
    }
    assert.equal(last.kind, 'full');
    const resultId = last.resultId;
    assert.ok(resultId, 'a full report carries a resultId');
    assert.deepEqual(await pull(resultId), { kind: 'unchanged', resultId });
    assert.deepEqual(published(session, uri), [], 'no textDocument/publishDiagnostics for a pulling client');
  });

  test('an indexing asks the client to pull again', async () => {
    const before = refreshes;
    await within(session.connection.sendRequest('policyLens/reindex'), 'a re-index');
    await until('a workspace/diagnostic/refresh request', () => refreshes > before);
  });

  test('semantic tokens over LSP, in the declared legend', async () => {
    const capabilities = (session.initializeResult as { capabilities: Record<string, unknown> }).capabilities;
    const provider = capabilities.semanticTokensProvider as { legend: { tokenTypes: string[] } };
    assert.deepEqual(provider.legend.tokenTypes, [...SEMANTIC_TOKEN_TYPES]);
    const { data } = await request<SemanticTokens>(session, 'textDocument/semanticTokens/full', {
      textDocument: { uri },
    });
    const types = [];
    for (let i = 0; i < data.length; i += 5) types.push([provider.legend.tokenTypes[data[i + 3]], data[i + 4]]);
    assert.deepEqual(types, [
      ['platform', 0],
      ['agency', 1],
    ]);
  });

  test('a typed custom request', async () => {
    const stats = await within(session.connection.sendRequest(CorpusStatsRequest.type), 'corpus stats');
    assert.equal(stats.status.state, 'ready');
  });
});

describe('a client that does not pull', () => {
  let session: ServerSession;
  let workspace: ReturnType<typeof scratchFolder>;

  before(async () => {
    workspace = scratchFolder('push');
    session = await startServer({ rootPath: workspace.path });
    await ready(session);
  });
  after(async () => {
    await session?.stop();
    workspace?.remove();
  });

  test('has no diagnostic provider and gets pushes', async () => {
    const capabilities = (session.initializeResult as { capabilities: Record<string, unknown> }).capabilities;
    assert.equal(capabilities.diagnosticProvider, undefined);
    const uri = pathToFileURL(join(workspace.path, 'draft.md')).toString();
    session.open(uri, DRAFT, 1);
    const pushed = await nextPublished(session, uri, 0, 'pushed name.deprecated', (p) =>
      p.diagnostics.some((d) => d.code === 'name.deprecated'),
    );
    assert.equal(pushed.version, 1);
  });
});

describe('a client that pulls but cannot be asked to pull again', () => {
  let session: ServerSession;
  let workspace: ReturnType<typeof scratchFolder>;
  before(async () => {
    workspace = scratchFolder('pull-no-refresh');
    session = await startServer({
      rootPath: workspace.path,
      capabilities: { textDocument: { diagnostic: { dynamicRegistration: false } } },
    });
    await ready(session);
  });
  after(async () => {
    await session?.stop();
    workspace?.remove();
  });

  test('gets pushes: a new index could not reach it otherwise', async () => {
    const capabilities = (session.initializeResult as { capabilities: Record<string, unknown> }).capabilities;
    assert.equal(capabilities.diagnosticProvider, undefined);
    const uri = pathToFileURL(join(workspace.path, 'draft.md')).toString();
    session.open(uri, DRAFT, 1);
    await nextPublished(session, uri, 0, 'pushed name.deprecated', (p) =>
      p.diagnostics.some((d) => d.code === 'name.deprecated'),
    );
  });
});
