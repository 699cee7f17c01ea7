// A client that misbehaves — refuses requests, sends folders and documents on other file systems, speaks
// before `initialize` — must not take the server down: after each, the server still answers.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  CancellationTokenSource,
  createMessageConnection,
  ResponseError,
  type CancellationToken,
  StreamMessageReader,
  StreamMessageWriter,
  type MessageConnection,
} from 'vscode-jsonrpc/node';
import { SERVER, startServer, type ServerSession } from './lspClient.js';
import { hoverMarkdown, notificationsOf, ready as indexed, request, scratchFolder, within } from './lspWaits.js';

let child: ChildProcess;
let connection: MessageConnection;
let ready: Promise<void>;

before(async () => {
  child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  let markReady: () => void = () => undefined;
  ready = new Promise((resolve) => (markReady = resolve));
  connection.onNotification('policyLens/corpusStatus', () => markReady());
  // Every request the server makes of the client is refused.
  connection.onRequest('workspace/configuration', () => new ResponseError(-32603, 'refused'));
  connection.onRequest('window/workDoneProgress/create', () => new ResponseError(-32603, 'refused'));
  connection.listen();
  const result = await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: 'vscode-vfs://github/owner/repo',
    workspaceFolders: [
      { uri: 'vscode-vfs://github/owner/repo', name: 'remote' },
      { uri: 'file://fileserver/share/drafts', name: 'unc' },
    ],
    capabilities: { workspace: { configuration: true }, window: { workDoneProgress: true } },
  });
  assert.ok(result, 'initialize answers although no folder is on this file system');
  await connection.sendNotification('initialized', {});
});

after(async () => {
  connection.dispose();
  if (child.exitCode === null) child.kill();
});

const hoverOn = async (uri: string, text: string, word: string) => {
  await connection.sendNotification('textDocument/didOpen', {
    textDocument: { uri, languageId: 'markdown', version: 1, text },
  });
  const hover = (await connection.sendRequest('textDocument/hover', {
    textDocument: { uri },
    position: { line: 0, character: text.indexOf(word) + 1 },
  })) as { contents: { value: string } } | null;
  return hover?.contents.value ?? '';
};

test('refused configuration and progress requests: the corpus still indexes with default settings', async () => {
  await Promise.race([
    ready,
    new Promise((_, reject) => setTimeout(() => reject(new Error('no corpusStatus within 20 s')), 20_000)),
  ]);
  assert.equal(child.exitCode, null);
  assert.match(await hoverOn('untitled:draft-1', '推进一网统管。', '一网统管'), /一网感知态势/);
});

test('a document on a file system this platform cannot map (file://host/share) is checked like any draft', async () => {
  const value = await hoverOn('file://fileserver/share/drafts/a.md', '推进一网统管。', '一网统管');
  assert.match(value, /一网感知态势/);
  await connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
  assert.match(
    await hoverOn('untitled:draft-2', '推进一网统管。', '一网统管'),
    /一网感知态势/,
    'still answering after a refused settings reload',
  );
  assert.equal(child.exitCode, null);
});

test('before initialize: requests are answered ServerNotInitialized, notifications ignored, the server lives', async () => {
  const early = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  const client = createMessageConnection(new StreamMessageReader(early.stdout!), new StreamMessageWriter(early.stdin!));
  const notifications: string[] = [];
  client.onNotification((method) => notifications.push(method));
  client.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => ({})));
  client.listen();
  const uri = 'untitled:early.md';
  const text = '推进一网统管。';
  const hover = { textDocument: { uri }, position: { line: 0, character: text.indexOf('一网统管') + 1 } };
  const errorOf = (promise: Promise<unknown>) =>
    promise.then(
      (value) => ({ value }),
      (error: ResponseError<unknown>) => ({ code: error.code }),
    );
  try {
    await client.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId: 'markdown', version: 1, text },
    });
    await client.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    await client.sendNotification('initialized', {});
    for (const [method, params] of [
      ['textDocument/hover', hover],
      ['policyLens/reindex', undefined],
      ['policyLens/corpusStats', undefined],
      ['workspace/symbol', { query: '一网' }],
      ['shutdown', undefined],
      ['policyLens/noSuchRequest', {}],
    ] as const)
      assert.deepEqual(await errorOf(client.sendRequest(method, params)), { code: -32002 }, method);
    assert.equal(early.exitCode, null);
    assert.deepEqual(notifications, [], 'nothing was indexed or checked for the notifications before initialize');

    await client.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {} });
    await client.sendNotification('initialized', {});
    // The didOpen before initialize was dropped: the server does not know the document.
    assert.equal(await client.sendRequest('textDocument/hover', hover), null);
    await client.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId: 'markdown', version: 1, text },
    });
    const after = await within(
      (async () => {
        for (;;) {
          const answer = (await client.sendRequest('textDocument/hover', hover)) as {
            contents: { value: string };
          } | null;
          if (answer) return answer.contents.value;
          await new Promise((resolve) => setTimeout(resolve, 50)); // until the corpus is indexed
        }
      })(),
      'a hover once initialized',
    );
    assert.match(after, /一网感知态势/);
  } finally {
    client.dispose();
    if (early.exitCode === null) early.kill();
  }
});

/** Find references on 一网统管 in a session's untitled draft, and timed hovers on it. */
function referencesSession(rootPath: string) {
  const uri = 'untitled:refs.md';
  const text = '推进一网统管和“粤省事”。';
  const at = { textDocument: { uri }, position: { line: 0, character: text.indexOf('一网统管') + 1 } };
  const self = {
    session: undefined as unknown as ServerSession,
    async start() {
      self.session = await startServer({ rootPath });
      await indexed(self.session);
      // The clause search index, otherwise built in background steps after start-up, built now: the
      // hovers below measure the walk, not the start.
      await request(self.session, 'policyLens/lookupClauses', { query: '一网统管', limit: 1 }, 60_000);
      self.session.open(uri, text);
      await self.hover(); // the first hover builds what every later one reuses
    },
    references(token?: CancellationToken) {
      const params = { ...at, context: { includeDeclaration: true } };
      return token
        ? self.session.connection.sendRequest<unknown[]>('textDocument/references', params, token)
        : self.session.connection.sendRequest<unknown[]>('textDocument/references', params);
    },
    async hover() {
      const started = performance.now();
      assert.match(hoverMarkdown(await request(self.session, 'textDocument/hover', at)) ?? '', /一网感知态势/);
      return performance.now() - started;
    },
  };
  return self;
}

describe('a workspace at /: find references is bounded, and hovers are answered meanwhile', () => {
  const refs = referencesSession('/');
  before(() => refs.start());
  after(() => refs.session?.stop());

  test('it answers within a bound, hovers answered meanwhile, and the log says what was not searched', async () => {
    const started = performance.now();
    let answered = false;
    const answer = refs.references().finally(() => (answered = true));
    const hovers: number[] = [];
    while (!answered || hovers.length < 3) hovers.push(await refs.hover());
    const found = await within(answer, 'references on a workspace at /', 30_000);
    assert.ok(found.length > 0, 'the corpus mentions at least');
    assert.ok(performance.now() - started < 30_000);
    // Before: one hover waited for the whole walk (5.6 s here, 17 s in the issue). A busy machine may
    // hold up one or two hovers past 200 ms, never most of them, never by seconds.
    const sorted = [...hovers].sort((a, b) => a - b);
    const said = `hovers took ${hovers.map(Math.round).join(', ')} ms`;
    assert.ok(sorted[Math.floor(sorted.length * 0.9)] < 200 && sorted.at(-1)! < 1_000, said);
    const log = notificationsOf<{ message: string }>(refs.session, 'window/logMessage').map((n) => n.message);
    assert.ok(
      log.some((m) => /^(工作区草稿|Workspace drafts).*(停止|stopped)/.test(m)),
      `the log: ${log.join('\n')}`,
    );
  });
});

describe('find references over a large workspace stops when cancelled', () => {
  const workspace = scratchFolder('references-cancel');
  // 1,000 drafts in 1,000 folders that name 一网统管: a search of many steps.
  for (let i = 0; i < 1_000; i++) {
    mkdirSync(join(workspace.path, `d${i}`));
    writeFileSync(join(workspace.path, `d${i}`, 'draft.md'), '推进一网统管。\n');
  }
  const refs = referencesSession(workspace.path);
  before(() => refs.start());
  after(async () => {
    await refs.session?.stop();
    workspace.remove();
  });

  test('cancelled, the search stops: the answer comes at once and is empty', async () => {
    const source = new CancellationTokenSource();
    const started = performance.now();
    const answer = refs.references(source.token);
    await new Promise((resolve) => setTimeout(resolve, 20));
    source.cancel();
    assert.deepEqual(await within(answer, 'the cancelled references'), []);
    const ms = performance.now() - started;
    // Not cancelled, the same search finds every draft.
    const all = await within(refs.references(), 'the whole search', 60_000);
    assert.ok(all.length > 1_000, `${all.length} references`);
    assert.ok(ms < 2_000, `the cancelled search answered after ${Math.round(ms)} ms`);
  });
});
