// corpus.paths is a per-folder setting: in a multi-root workspace each folder's value is read with its
// scope and resolved against that folder.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createMessageConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type MessageConnection,
} from 'vscode-jsonrpc/node';
import { SERVER } from './lspClient.js';

const doc = (id: string, term: string, definition: string) => `---
id: ${id}
title: 某市数字政府建设规划${id}
date: 2024-01
kind: 规划
period: [2024, 2026]
---

## 名词解释

1. “${term}”：${definition}
`;

let child: ChildProcess;
let connection: MessageConnection;
const root = mkdtempSync(join(tmpdir(), 'pl-multiroot-'));
const folderA = join(root, 'a');
const folderB = join(root, 'b');

before(async () => {
  for (const [folder, id, term, definition] of [
    [folderA, 'city_a', '城市大脑甲', '甲市的城市运行中枢。'],
    [folderB, 'city_b', '城市大脑乙', '乙市的城市运行中枢。'],
  ]) {
    mkdirSync(join(folder, 'policies'), { recursive: true });
    writeFileSync(join(folder, 'policies', `${id}.md`), doc(id, term, definition));
  }
  child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  let documents = 0;
  let markReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => (markReady = resolve));
  connection.onNotification('policyLens/corpusStatus', (status: { documents: number }) => {
    documents = status.documents;
    if (documents >= 6) markReady();
  });
  // Each folder says `policies` — relative to itself.
  connection.onRequest('workspace/configuration', (params: { items: Array<{ scopeUri?: string; section?: string }> }) =>
    params.items.map((item) =>
      item.section === 'policyLens.corpus.paths' ? ['policies'] : { corpus: { paths: ['policies'] } },
    ),
  );
  connection.listen();
  await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: pathToFileURL(folderA).toString(),
    workspaceFolders: [
      { uri: pathToFileURL(folderA).toString(), name: 'a' },
      { uri: pathToFileURL(folderB).toString(), name: 'b' },
    ],
    capabilities: { workspace: { configuration: true } },
  });
  await connection.sendNotification('initialized', {});
  await Promise.race([
    ready,
    new Promise((_, reject) =>
      setTimeout(() => reject(new Error(`only ${documents} documents indexed after 20 s`)), 20_000),
    ),
  ]);
});

after(() => {
  connection.dispose();
  if (child.exitCode === null) child.kill();
});

test("each folder's corpus path is resolved against that folder: both folders' documents are indexed", async () => {
  const uri = 'untitled:multi-root';
  const text = '推进城市大脑甲和城市大脑乙建设。';
  await connection.sendNotification('textDocument/didOpen', {
    textDocument: { uri, languageId: 'markdown', version: 1, text },
  });
  const hoverAt = async (word: string) =>
    (
      (await connection.sendRequest('textDocument/hover', {
        textDocument: { uri },
        position: { line: 0, character: text.indexOf(word) + 1 },
      })) as { contents: { value: string } } | null
    )?.contents.value ?? '';
  assert.match(await hoverAt('城市大脑甲'), /甲市的城市运行中枢/);
  assert.match(await hoverAt('城市大脑乙'), /乙市的城市运行中枢/);
});
