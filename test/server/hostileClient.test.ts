// A client that misbehaves — refuses requests, sends folders and documents on other file systems, speaks
// before `initialize` — must not take the server down: after each, the server still answers.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
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
import { hoverMarkdown, notificationsOf, ready as indexed, request, within } from './lspWaits.js';

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

describe('a workspace at /: find references is bounded and cancellable', () => {
  let session: ServerSession;
  const uri = 'untitled:refs.md';
  const text = '推进一网统管和“粤省事”。';
  const at = { textDocument: { uri }, position: { line: 0, character: text.indexOf('一网统管') + 1 } };
  const references = (token?: CancellationToken) => {
    const params = { ...at, context: { includeDeclaration: true } };
    return token
      ? session.connection.sendRequest<unknown[]>('textDocument/references', params, token)
      : session.connection.sendRequest<unknown[]>('textDocument/references', params);
  };
  const timedHover = async () => {
    const started = performance.now();
    assert.match(hoverMarkdown(await request(session, 'textDocument/hover', at)) ?? '', /一网感知态势/);
    return performance.now() - started;
  };
  before(async () => {
    session = await startServer({ rootPath: '/' });
    await indexed(session);
    session.open(uri, text);
    await timedHover(); // the first hover builds what every later one reuses
  });
  after(() => session?.stop());

  test('cancelled, it stops: the answer comes at once and is empty', async () => {
    const source = new CancellationTokenSource();
    const started = performance.now();
    const answer = references(source.token);
    await timedHover(); // a turn for the walk to start
    source.cancel();
    assert.deepEqual(await within(answer, 'the cancelled references'), []);
    assert.ok(performance.now() - started < 2_000, `answered after ${Math.round(performance.now() - started)} ms`);
  });

  test('it answers within a bound, hovers answered meanwhile, and the log says what was not searched', async () => {
    const started = performance.now();
    let answered = false;
    const answer = references().finally(() => (answered = true));
    const hovers: number[] = [];
    while (!answered || hovers.length < 3) hovers.push(await timedHover());
    const found = await within(answer, 'references on a workspace at /', 30_000);
    assert.ok(found.length > 0, 'the corpus mentions at least');
    assert.ok(performance.now() - started < 30_000);
    assert.ok(Math.max(...hovers) < 200, `hovers took ${hovers.map(Math.round).join(', ')} ms`);
    const said = notificationsOf<{ message: string }>(session, 'window/logMessage').map((n) => n.message);
    assert.ok(
      said.some((m) => /^(工作区草稿|Workspace drafts).*(停止|stopped)/.test(m)),
      `the log: ${said.join('\n')}`,
    );
  });
});
