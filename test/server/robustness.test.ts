// Requests an editor should never send, or sends anyway: unknown documents, positions outside the text,
// empty and huge documents, malformed parameters. Each answers "nothing" (or an error response) and the
// server keeps serving: after every case a well-formed hover still answers.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { CompletionItem, Hover } from 'vscode-languageserver-types';
import { startServer, type ServerSession } from './lspClient.js';
import { hoverMarkdown, ready, request, scratchFolder, within } from './lspWaits.js';

let session: ServerSession;
let workspace: ReturnType<typeof scratchFolder>;
const GOOD = 'untitled:good.md';
const GOOD_TEXT = '推进工作，依托“粤省事”办理。';

before(async () => {
  workspace = scratchFolder('robustness');
  session = await startServer({ rootPath: workspace.path });
  await ready(session);
  session.open(GOOD, GOOD_TEXT);
});

after(async () => {
  await session?.stop();
  workspace?.remove();
});

/** The server is alive and well: a hover on a known name answers with its description. */
async function stillServing(): Promise<void> {
  const hover = await request<Hover>(session, 'textDocument/hover', {
    textDocument: { uri: GOOD },
    position: { line: 0, character: GOOD_TEXT.indexOf('粤省事') },
  });
  assert.match(hoverMarkdown(hover) ?? '', /^\*\*“粤省事”\*\* · 平台/);
  assert.equal(session.process.exitCode, null, 'the server process exited');
}

/** Every position request on one document and position: the answers, in a fixed order. */
async function everything(uri: string, position: { line: number; character: number }): Promise<unknown[]> {
  const textDocument = { uri };
  return [
    await request(session, 'textDocument/hover', { textDocument, position }),
    await request(session, 'textDocument/definition', { textDocument, position }),
    await request(session, 'textDocument/references', {
      textDocument,
      position,
      context: { includeDeclaration: true },
    }),
    await request(session, 'textDocument/completion', { textDocument, position }),
    await request(session, 'textDocument/documentSymbol', { textDocument }),
  ];
}

const NOTHING = [null, [], [], [], []];

describe('requests the server cannot answer', () => {
  test('a document it was never told about', async () => {
    assert.deepEqual(await everything('file:///nowhere/unknown.md', { line: 0, character: 0 }), NOTHING);
    await stillServing();
  });

  test('line 9999, character 9999', async () => {
    // The good draft has no headings, so its outline is empty too.
    assert.deepEqual(await everything(GOOD, { line: 9999, character: 9999 }), NOTHING);
    assert.deepEqual(await everything(GOOD, { line: 0, character: 9999 }), NOTHING);
    await stillServing();
  });

  test('negative line and character', async () => {
    const uri = 'untitled:negative.md';
    session.open(uri, '推进工作。\n“粤省事”');
    assert.deepEqual(await everything(uri, { line: -1, character: -1 }), NOTHING);
    assert.deepEqual(await everything(uri, { line: 0, character: -5 }), NOTHING);
    await stillServing();
  });

  test('an empty document', async () => {
    const uri = 'untitled:empty.md';
    session.open(uri, '');
    assert.deepEqual(await everything(uri, { line: 0, character: 0 }), NOTHING);
    assert.deepEqual(await everything(uri, { line: 3, character: 7 }), NOTHING);
    await stillServing();
  });

  test('a document of one 5 MB line: plain text answers nothing, a name on it still answers', async () => {
    const uri = 'untitled:huge.md';
    const line = `依托“粤省事”${'x'.repeat(5 * 1024 * 1024)}`;
    session.open(uri, line);
    assert.deepEqual(await everything(uri, { line: 0, character: 2_500_000 }), NOTHING);
    assert.deepEqual(await everything(uri, { line: 0, character: line.length }), NOTHING);
    const hover = await request<Hover>(session, 'textDocument/hover', {
      textDocument: { uri },
      position: { line: 0, character: 4 },
    });
    // The line is over the overlong-line limit: its draft.not-checked finding comes first, then the name.
    assert.match(hoverMarkdown(hover) ?? '', /\*\*draft\.not-checked\*\*[\s\S]*\*\*“粤省事”\*\* · 平台/);
    await session.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    await stillServing();
  });

  test('malformed parameters get an error response or nothing, never a dead server', async () => {
    const settle = (promise: Promise<unknown>) =>
      within(
        promise.then(
          (value) => ({ value }),
          (error: Error) => ({ error: error.message }),
        ),
        'a response to a malformed request',
      );
    const answers = [
      await settle(session.connection.sendRequest('textDocument/hover', {})),
      await settle(session.connection.sendRequest('textDocument/hover', { textDocument: { uri: GOOD } })),
      await settle(
        session.connection.sendRequest('textDocument/hover', {
          textDocument: { uri: GOOD },
          position: { line: 'a', character: null },
        }),
      ),
      await settle(session.connection.sendRequest('textDocument/definition', null)),
      await settle(
        session.connection.sendRequest('textDocument/completion', {
          textDocument: { uri: 42 },
          position: { line: 0, character: 0 },
        }),
      ),
      await settle(session.connection.sendRequest('policyLens/lookupClauses', null)),
      await settle(session.connection.sendRequest('policyLens/lookupClauses', { query: 42, limit: 'many' })),
      await settle(session.connection.sendRequest('workspace/symbol', { query: '' })),
      await settle(session.connection.sendRequest('policyLens/noSuchRequest', {})),
    ];
    for (const [i, answer] of answers.entries()) {
      // A query given as a number is searched as its digits: answers[6] may find tasks that cite 42.
      if ('value' in answer && i !== 6)
        assert.ok(
          answer.value === null || (Array.isArray(answer.value) && answer.value.length === 0),
          JSON.stringify(answer),
        );
    }
    assert.ok('value' in answers[6] && Array.isArray(answers[6].value), JSON.stringify(answers[6]));
    assert.deepEqual(answers[5], { value: [] });
    assert.deepEqual(answers[7], { value: [] });
    assert.ok('error' in answers[8], 'an unknown request is an error');
    await stillServing();
  });

  test('a didOpen without text, or with text null, neither crashes the server nor is checked as text', async () => {
    for (const [i, text] of [undefined, null, 42].entries()) {
      await session.connection.sendNotification('textDocument/didOpen', {
        textDocument: {
          uri: `untitled:no-text-${i}.md`,
          languageId: 'markdown',
          version: 1,
          ...(text === undefined ? {} : { text }),
        },
      });
    }
    // Past the check's debounce: a crash from its timer would have ended the process by now.
    await new Promise((resolve) => setTimeout(resolve, 400));
    await stillServing();
  });

  test('completion keeps working after all of it', async () => {
    const uri = 'untitled:after.md';
    session.open(uri, '推进“粤');
    const items = await request<CompletionItem[]>(session, 'textDocument/completion', {
      textDocument: { uri },
      position: { line: 0, character: 4 },
    });
    assert.equal(items[0].label, '“粤省事”');
  });
});
