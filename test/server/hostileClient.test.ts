// A client that misbehaves — refuses requests, sends folders and documents on other file systems —
// must not take the server down: after each, the server still answers.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import {
  createMessageConnection,
  ResponseError,
  StreamMessageReader,
  StreamMessageWriter,
  type MessageConnection,
} from 'vscode-jsonrpc/node';
import { SERVER } from './lspClient.js';

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
