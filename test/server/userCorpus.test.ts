// A user corpus folder from the settings, beside the bundled corpus: its good document is indexed, its
// broken one is a diagnostic naming the field, and edits re-index without a restart — on disk (the
// folder is watched) and in the editor (an open corpus file's text wins over the disk).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Diagnostic, Hover } from 'vscode-languageserver-types';
import { REPO, startServer, type ServerSession } from './lspClient.js';
import { corpusStatuses, hoverMarkdown, nextCorpusStatus, ready, request, scratchFolder, until } from './lspWaits.js';

const FIXTURE = join(REPO, 'test', 'fixtures', 'drafts-lsp', 'user-corpus');
const SC_DEFINITION = '四川、重庆两地政务服务事项异地办理，申请人可就近选择办理地点、无差别办理。';

let session: ServerSession;
let corpus: ReturnType<typeof scratchFolder>;
let workspace: ReturnType<typeof scratchFolder>;
let planPath: string;
let planUri: string;
let brokenPath: string;
let brokenUri: string;
const DRAFT = 'untitled:user-corpus.md';
const DRAFT_TEXT = '推动高频事项“川渝通办”，依托“天府通办”办理。';

before(async () => {
  corpus = scratchFolder('user-corpus', [join(FIXTURE, 'sc_plan.md'), join(FIXTURE, 'broken.md')]);
  workspace = scratchFolder('user-workspace');
  planPath = join(corpus.path, 'sc_plan.md');
  planUri = pathToFileURL(planPath).toString();
  brokenPath = join(corpus.path, 'broken.md');
  brokenUri = pathToFileURL(brokenPath).toString();
  session = await startServer({ rootPath: workspace.path, settings: { corpus: { paths: [corpus.path] } } });
  await ready(session);
  session.open(DRAFT, DRAFT_TEXT);
});

after(async () => {
  await session?.stop();
  corpus?.remove();
  workspace?.remove();
});

const hoverAt = async (needle: string): Promise<string | undefined> =>
  hoverMarkdown(
    await request<Hover>(session, 'textDocument/hover', {
      textDocument: { uri: DRAFT },
      position: { line: 0, character: DRAFT_TEXT.indexOf(needle) },
    }),
  );

describe('a user corpus folder', () => {
  test('is indexed with the bundled corpus; the broken file counts as an error', () => {
    const [status] = corpusStatuses(session);
    // The broken file is the one error; the bundled corpus's own copy (duplicateOf) is no warning.
    assert.deepEqual([status.state, status.documents, status.errors, status.warnings], ['ready', 5, 1, 0]);
  });

  test('the broken file gets an error diagnostic naming the field, on its line', async () => {
    const diagnostics = await until(
      'diagnostics for broken.md',
      () => session.diagnostics.get(brokenUri) as Diagnostic[] | undefined,
    );
    assert.equal(diagnostics.length, 1);
    const [error] = diagnostics;
    assert.equal(error.severity, 1);
    assert.equal(error.code, 'corpus.date');
    assert.equal(error.source, 'policy-lens');
    assert.match(error.message, /^broken\.md: 字段 date: /);
    assert.equal(error.range.start.line, 3, 'the date: line of the header');
  });

  test('its glossary term hovers with its definition, document and link', async () => {
    const entryLine =
      readFileSync(planPath, 'utf8')
        .split('\n')
        .findIndex((l) => l.startsWith('1. “川渝通办”')) + 1;
    assert.equal(entryLine, 21);
    assert.equal(
      await hoverAt('川渝通办'),
      [
        '**“川渝通办”** · 术语',
        SC_DEFINITION,
        `来源：《四川省数字政府建设实施方案》（川府发〔2023〕8号），名词解释 第1条 · [打开原文（第 21 行）](${planUri}#L21)`,
      ].join('\n\n'),
    );
  });

  test('its platform and lead units are known names too', async () => {
    assert.match((await hoverAt('天府通办')) ?? '', /^\*\*“天府通办”\*\* · 平台\n\n> 优化“天府通办”APP功能/);
    const uri = 'untitled:agency.md';
    session.open(uri, '由省大数据中心牵头');
    const agency = hoverMarkdown(
      await request<Hover>(session, 'textDocument/hover', {
        textDocument: { uri },
        position: { line: 0, character: 2 },
      }),
    );
    assert.equal(
      agency,
      '**省大数据中心** · 单位\n\n牵头任务：\n- 《四川省数字政府建设实施方案》（川府发〔2023〕8号）：2 项\n\n语料中使用：2021—2023年，2 个文件。',
    );
  });
});

describe('editing the corpus without a restart', () => {
  test('a file changed on disk is re-indexed: the new definition shows', async () => {
    const seen = corpusStatuses(session).length;
    const changed = readFileSync(planPath, 'utf8').replace(SC_DEFINITION, '川渝两地政务服务事项跨省通办。');
    writeFileSync(planPath, changed);
    const status = await nextCorpusStatus(session, seen);
    assert.equal(status.state, 'ready');
    // A save may reach the watcher as more than one event: the last re-index carries the new text.
    const fresh = await pollHover('川渝通办', (m) => m.includes('川渝两地政务服务事项跨省通办。'));
    assert.ok(!fresh.includes(SC_DEFINITION), fresh);
  });

  test('fixing the broken file clears its diagnostic and indexes it', async () => {
    const seen = corpusStatuses(session).length;
    writeFileSync(brokenPath, readFileSync(brokenPath, 'utf8').replace('date: 2023年5月', 'date: 2023-05'));
    await nextCorpusStatus(session, seen);
    const status = await until('a corpus status without errors', () =>
      corpusStatuses(session)
        .slice(seen)
        .find((s) => s.errors === 0 && s.documents === 6),
    );
    assert.deepEqual([status.state, status.documents, status.errors], ['ready', 6, 0]);
    await until(
      'an empty diagnostics list for broken.md',
      () => (session.diagnostics.get(brokenUri) as Diagnostic[] | undefined)?.length === 0,
    );
  });

  test('a corpus file open in the editor: its unsaved text is indexed', async () => {
    const text = readFileSync(planPath, 'utf8');
    session.open(planUri, text);
    const seen = corpusStatuses(session).length;
    const line = text.split('\n').findIndex((l) => l.startsWith('1. “川渝通办”'));
    const start = text.split('\n')[line].indexOf('：') + 1;
    await session.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: planUri, version: 2 },
      contentChanges: [
        { range: { start: { line, character: start }, end: { line, character: start } }, text: '（编辑中）' },
      ],
    });
    await nextCorpusStatus(session, seen);
    await pollHover('川渝通办', (m) => m.includes('（编辑中）川渝两地政务服务事项跨省通办。'));
  });
});

/** Hovers until the answer satisfies `ok` (re-indexing is asynchronous); bounded like every wait. */
async function pollHover(needle: string, ok: (markdown: string) => boolean): Promise<string> {
  let last = '';
  const deadline = Date.now() + 20_000;
  for (;;) {
    last = (await hoverAt(needle)) ?? '';
    if (ok(last)) return last;
    if (Date.now() > deadline)
      throw new Error(`timed out waiting for the hover on ${needle} to change; last answer:\n${last}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
