// Teaching the checker from a quick fix: the server runs the command a finding offers, writes the
// workspace's registry (.policy-lens/registry.yaml), re-indexes, and the finding is gone. The CLI run in
// that workspace reads the same registry, so what was taught in the editor holds in CI.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CodeAction } from 'vscode-languageserver-types';
import { startServer, type ServerSession } from './lspClient.js';
import { ready, request, scratchFolder } from './lspWaits.js';
import { nextPublished, published } from './diagnosticsSession.js';
import { runCli } from './cli/runCli.js';
import { parseRegistry } from '../../server/src/service/corpus/registry.js';

// A district platform the corpus does not know, one same-sound character from “粤商通”, and the
// agency's 2024 name (news, not a slip).
const DRAFT = [
  '# 某区2024年数字政府工作要点',
  '',
  '（一）依托“粤商铜”区级专区服务企业。',
  '',
  '（二）广东省政务服务和数据管理局部署的任务按期完成。',
  '',
].join('\n');

let session: ServerSession;
let workspace: ReturnType<typeof scratchFolder>;
let uri: string;

before(async () => {
  workspace = scratchFolder('policy-lens-teach-');
  writeFileSync(join(workspace.path, 'draft.md'), DRAFT);
  uri = pathToFileURL(join(workspace.path, 'draft.md')).toString();
  session = await startServer({ rootPath: workspace.path });
  await ready(session);
  session.open(uri, DRAFT, 1);
});

after(async () => {
  await session.stop();
  workspace.remove();
});

const codesOf = (p: { diagnostics: Array<{ code?: unknown }> }) => p.diagnostics.map((d) => String(d.code));

describe('the workspace registry', () => {
  test('the server offers the lesson as a command and advertises it', async () => {
    const first = await nextPublished(session, uri, 0, 'diagnostics of the draft');
    assert.deepEqual(codesOf(first), ['name.near-miss', 'name.new-name']);
    const capabilities = (
      session.initializeResult as { capabilities: { executeCommandProvider?: { commands: string[] } } }
    ).capabilities;
    assert.deepEqual(capabilities.executeCommandProvider?.commands, ['policyLens.teach']);
  });

  test('“add to the workspace names” writes the registry; the finding disappears after the re-index', async () => {
    const [diagnostic] = published(session, uri).at(-1)!.diagnostics;
    const actions = await request<CodeAction[]>(session, 'textDocument/codeAction', {
      textDocument: { uri },
      range: diagnostic.range,
      context: { diagnostics: [diagnostic] },
    });
    const teach = actions.find((a) => a.title === '将“粤商铜”加入工作区名录');
    assert.ok(teach?.command, JSON.stringify(actions.map((a) => a.title)));
    const seen = published(session, uri).length;
    await request(session, 'workspace/executeCommand', {
      command: teach.command.command,
      arguments: teach.command.arguments,
    });
    const after = await nextPublished(
      session,
      uri,
      seen,
      'diagnostics after the lesson',
      (p) => !codesOf(p).includes('name.near-miss'),
    );
    assert.deepEqual(codesOf(after), ['name.new-name']);
    const registry = parseRegistry(readFileSync(join(workspace.path, '.policy-lens', 'registry.yaml'), 'utf8'));
    assert.ok(registry.ok);
    assert.deepEqual(registry.registry.names, [{ kind: 'platform', name: '粤商铜', aliases: [] }]);
  });

  test('“as the new name of” records the rename: the new name is known, the old one deprecated', async () => {
    const last = published(session, uri).at(-1)!;
    const diagnostic = last.diagnostics.find((d) => d.code === 'name.new-name')!;
    const actions = await request<CodeAction[]>(session, 'textDocument/codeAction', {
      textDocument: { uri },
      range: diagnostic.range,
      context: { diagnostics: [diagnostic] },
    });
    const rename = actions.find((a) => a.title === '记为“省政务服务数据管理局”的新名称')!;
    const seen = published(session, uri).length;
    await request(session, 'workspace/executeCommand', {
      command: rename.command!.command,
      arguments: rename.command!.arguments,
    });
    await nextPublished(session, uri, seen, 'diagnostics after the rename', (p) => p.diagnostics.length === 0);
    const registry = parseRegistry(readFileSync(join(workspace.path, '.policy-lens', 'registry.yaml'), 'utf8'));
    assert.ok(registry.ok);
    assert.deepEqual(
      registry.registry.names.map((n) => [n.kind, n.name, n.deprecated?.replacedBy]),
      [
        ['platform', '粤商铜', undefined],
        ['agency', '广东省政务服务和数据管理局', undefined],
        ['agency', '省政务服务数据管理局', '广东省政务服务和数据管理局'],
      ],
    );
  });

  test('the CLI in that workspace reads the registry: the draft is clean there too', () => {
    const run = runCli(['check', 'draft.md'], workspace.path, {});
    assert.equal(run.stdout, '');
    assert.equal(run.status, 0, run.stderr);
  });
});
