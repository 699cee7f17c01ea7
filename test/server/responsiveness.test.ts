// Requests are answered between the steps of a draft's check, never behind a whole one: a code action
// (which needs the check) does not hold up a hover sent after it, on a draft of ~100 KB. And the server's
// copy of a draft edited incrementally is the client's (policyLens/documentDigest, which the soak uses).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DocumentDigestRequest } from '../../server/src/protocol.js';
import { REPO, startServer, type ServerSession } from './lspClient.js';
import { ready, request, scratchFolder, within } from './lspWaits.js';

let session: ServerSession;
let workspace: ReturnType<typeof scratchFolder>;

/** The bundled corpus's bodies, front matter cut, until the draft is ~100 KB. */
function largeDraft(): string {
  const folder = join(REPO, 'corpus');
  const bodies = readdirSync(folder)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => readFileSync(join(folder, name), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, ''));
  let text = '';
  for (let i = 0; Buffer.byteLength(text) < 100 * 1024; i++) text += bodies[i % bodies.length] + '\n';
  return text;
}

before(async () => {
  workspace = scratchFolder('responsiveness');
  session = await startServer({ rootPath: workspace.path });
  await ready(session);
});

after(async () => {
  await session?.stop();
  workspace?.remove();
});

test('a code action on a large draft not yet checked does not hold up a hover sent after it', async () => {
  const uri = pathToFileURL(join(workspace.path, 'large.md')).toString();
  const text = largeDraft();
  session.open(uri, text);
  const lines = text.split('\n');
  const line = lines.findIndex((l) => l.includes('粤省事'));
  const answered: string[] = [];
  const codeAction = request(session, 'textDocument/codeAction', {
    textDocument: { uri },
    range: { start: { line: 0, character: 0 }, end: { line: lines.length - 1, character: 0 } },
    context: { diagnostics: [] },
  }).then((actions) => {
    answered.push('codeAction');
    return actions;
  });
  const hover = request(session, 'textDocument/hover', {
    textDocument: { uri },
    position: { line, character: lines[line].indexOf('粤省事') + 1 },
  }).then((answer) => {
    answered.push('hover');
    return answer;
  });
  assert.ok(await hover, 'the hover answers');
  assert.ok(Array.isArray(await codeAction), 'the code action answers, once the check is done');
  assert.deepEqual(answered, ['hover', 'codeAction']);
});

test('after incremental edits the server’s text is the client’s', async () => {
  const uri = 'untitled:digest.md';
  let document = TextDocument.create(uri, 'markdown', 1, '推进一网统管。\n依托“粤省事”。\n');
  session.open(uri, document.getText());
  const edits = [
    { range: { start: { line: 0, character: 2 }, end: { line: 0, character: 2 } }, text: '全省' },
    { range: { start: { line: 1, character: 0 }, end: { line: 1, character: 2 } }, text: '' },
    { range: { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } }, text: '𠀋\r\n第三行' },
  ];
  for (const change of edits) {
    document = TextDocument.update(document, [change], document.version + 1);
    await session.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: document.version },
      contentChanges: [change],
    });
  }
  const digest = await within(session.connection.sendRequest(DocumentDigestRequest.type, { uri }), 'the digest');
  assert.deepEqual(digest, {
    version: 4,
    length: document.getText().length,
    sha256: createHash('sha256').update(document.getText()).digest('hex'),
  });
  assert.equal(await session.connection.sendRequest(DocumentDigestRequest.type, { uri: 'untitled:none.md' }), null);
});
