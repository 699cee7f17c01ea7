// Diagnostics and quick fixes from the built server over stdio, on the bundled corpus: pushed after
// didOpen and after each (incremental) didChange with the document's version, quick fixes by
// textDocument/codeAction, an empty list for a clean draft, and a severity setting changed at run time.
// One server for the whole file; every wait is bounded and polls, none sleeps.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  CodeActionKind,
  DiagnosticSeverity,
  type CodeAction,
  type Diagnostic,
  type Location,
  type Range,
} from 'vscode-languageserver-types';
import { REPO, startServer, type ServerSession } from './lspClient.js';
import { ready, request, scratchFolder } from './lspWaits.js';
import { change, changeSettings, nextPublished, published } from './diagnosticsSession.js';

const corpusUri = (file: string) => pathToFileURL(join(REPO, 'corpus', file)).toString();
const WORK_POINTS_2021 = corpusUri('2021-03-25 广东省数字政府改革建设2021年工作要点.md');
const WORK_POINTS_2022 = corpusUri('2022-02-28 广东省数字政府改革建设2022年工作要点.md');
const PLAN = corpusUri('2021-07 广东省数字政府改革建设“十四五”规划.md');
const README = readFileSync(join(REPO, 'README.md'), 'utf8');
const README_URL = pathToFileURL(join(REPO, 'README.md')).toString();

const DRAFT = [
  '# 广东省数字政府改革建设2025年工作要点',
  '',
  '（一）推进一网通管建设，完善一网通管平台。',
  '',
  '（二）依托"粤省事"开展服务。',
  '',
  '（三）到2025年，“粤省事”日均活跃用户数达到100万名。',
  '',
  '（四）落实《广东省数字政府改革建设2022年工作要点》（粤办函[2022]24号）。',
  '',
].join('\n');

const CLEAN = [
  '# 广东省数字政府改革建设2025年工作要点',
  '',
  '（一）推动“一网统管”“一网通办”融合，到2025年，“粤省事”日均活跃用户数达到150万名。（省政务服务数据管理局牵头）',
  '',
  '（二）落实《广东省数字政府改革建设2022年工作要点》（粤办函〔2022〕24号）。',
  '',
].join('\n');

let session: ServerSession;
let workspace: ReturnType<typeof scratchFolder>;
let draftUri: string;

/** The range of the `occurrence`-th `needle` in a text (one line). */
function rangeIn(text: string, needle: string, occurrence = 0): Range {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) at = text.indexOf(needle, at + 1);
  if (at < 0) throw new Error(`no ${needle}`);
  const before = text.slice(0, at).split('\n');
  const start = { line: before.length - 1, character: before[before.length - 1].length };
  return { start, end: { line: start.line, character: start.character + needle.length } };
}

const textIn = (text: string, range: Range) =>
  text.split('\n')[range.start.line].slice(range.start.character, range.end.character);
/** The corpus text a related location covers. */
const corpusTextAt = (location: Location) =>
  textIn(readFileSync(fileURLToPath(location.uri), 'utf8').replace(/\r\n/g, '\n'), location.range);

const brief = (text: string, diagnostics: readonly Diagnostic[]) =>
  diagnostics.map((d) => [d.code, textIn(text, d.range), d.severity]);

before(async () => {
  workspace = scratchFolder('diagnostics');
  draftUri = pathToFileURL(join(workspace.path, 'draft.md')).toString();
  session = await startServer({ rootPath: workspace.path, settings: {} });
  await ready(session);
  session.open(draftUri, DRAFT, 1);
});

after(async () => {
  await session?.stop();
  workspace?.remove();
});

describe('after didOpen', () => {
  test('the planted mistakes, each with its code, exact range, severity and source, for version 1', async () => {
    const first = await nextPublished(
      session,
      draftUri,
      0,
      'diagnostics for version 1 of the draft',
      (p) => p.version === 1,
    );
    assert.deepEqual(
      first.diagnostics.map((d) => [d.code, d.range, d.severity, d.source]),
      [
        ['name.near-miss', rangeIn(DRAFT, '一网通管'), DiagnosticSeverity.Warning, 'policy-lens'],
        ['name.near-miss', rangeIn(DRAFT, '一网通管', 1), DiagnosticSeverity.Warning, 'policy-lens'],
        ['name.quotes', rangeIn(DRAFT, '"粤省事"'), DiagnosticSeverity.Warning, 'policy-lens'],
        ['value.outdated', rangeIn(DRAFT, '100万名'), DiagnosticSeverity.Warning, 'policy-lens'],
        ['doc.number-mismatch', rangeIn(DRAFT, '粤办函[2022]24号'), DiagnosticSeverity.Warning, 'policy-lens'],
      ],
    );
  });

  test('messages name the right value, and every code links to its own section of the README', () => {
    const [diagnostics] = published(session, draftUri)
      .filter((p) => p.version === 1)
      .map((p) => p.diagnostics);
    assert.deepEqual(
      diagnostics.map((d) => d.message),
      [
        '“一网通管”疑为“一网统管”之误（同音字：通/统 tong）',
        '“一网通管”疑为“一网统管”之误（同音字：通/统 tong）',
        '平台名称应使用全角引号：“粤省事”',
        '100万名是《2021年工作要点》2021年的目标，已被更新：《2021—2025年规划》2025年目标为150万名',
        '文号年份应使用六角括号：粤办函〔2022〕24号',
      ],
    );
    for (const d of diagnostics) {
      const code = String(d.code);
      assert.equal(d.codeDescription?.href, `${README_URL}#${code.replace(/\./g, '')}`);
      assert.ok(README.includes(`\n### \`${code}\`\n`), `the README has a section for ${code}`);
    }
  });

  test('related information points into the corpus: the definitions, the older and the newer target, the document', () => {
    const [diagnostics] = published(session, draftUri)
      .filter((p) => p.version === 1)
      .map((p) => p.diagnostics);
    const related = diagnostics.map((d) =>
      (d.relatedInformation ?? []).map((r) => [r.location.uri, corpusTextAt(r.location)]),
    );
    const [nearMiss, , quotes, outdated, docNumber] = related;
    assert.deepEqual(
      nearMiss.map(([uri]) => uri),
      [PLAN],
    );
    assert.ok(nearMiss[0][1].includes('一网统管'), JSON.stringify(nearMiss));
    assert.equal(quotes.length, 1);
    assert.ok(quotes[0][1].includes('“粤省事”'), JSON.stringify(quotes));
    // The plan writes a space between number and unit (150 万名); the fix writes 150万名.
    assert.deepEqual(outdated, [
      [WORK_POINTS_2021, '100万'],
      [PLAN, '150 万名'],
    ]);
    assert.equal(docNumber.length, 1);
    assert.equal(docNumber[0][0], WORK_POINTS_2022);
  });
});

describe('quick fixes', () => {
  test('on a likely near miss: the suggestion (not preferred), the teaching commands, no fix-all', async () => {
    const [diagnostics] = published(session, draftUri)
      .filter((p) => p.version === 1)
      .map((p) => p.diagnostics);
    const diagnostic = diagnostics[0];
    const actions = await request<CodeAction[]>(session, 'textDocument/codeAction', {
      textDocument: { uri: draftUri },
      range: diagnostic.range,
      context: { diagnostics: [diagnostic], only: [CodeActionKind.QuickFix] },
    });
    const teach = (lesson: string) => ({
      draftUri,
      lesson,
      name: '一网通管',
      ...(lesson === 'name' ? { kind: 'term' } : {}),
    });
    assert.deepEqual(actions, [
      {
        title: '改为“一网统管”',
        kind: CodeActionKind.QuickFix,
        isPreferred: false,
        diagnostics: [diagnostic],
        edit: { changes: { [draftUri]: [{ range: rangeIn(DRAFT, '一网通管'), newText: '一网统管' }] } },
      },
      {
        title: '将“一网通管”加入工作区名录',
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        command: { title: '将“一网通管”加入工作区名录', command: 'policyLens.teach', arguments: [teach('name')] },
      },
      {
        title: '将“一网通管”记为普通词语',
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        command: { title: '将“一网通管”记为普通词语', command: 'policyLens.teach', arguments: [teach('ordinary')] },
      },
    ]);
  });

  test('on the ASCII-quoted platform: one preferred fix, replacing the quotes too; no fix-all for a single finding', async () => {
    const [diagnostics] = published(session, draftUri)
      .filter((p) => p.version === 1)
      .map((p) => p.diagnostics);
    const diagnostic = diagnostics.find((d) => d.code === 'name.quotes')!;
    const actions = await request<CodeAction[]>(session, 'textDocument/codeAction', {
      textDocument: { uri: draftUri },
      range: diagnostic.range,
      context: { diagnostics: [diagnostic] },
    });
    assert.deepEqual(
      actions.map((a) => [a.title, a.isPreferred, a.edit]),
      [
        [
          '改为“粤省事”',
          true,
          { changes: { [draftUri]: [{ range: rangeIn(DRAFT, '"粤省事"'), newText: '“粤省事”' }] } },
        ],
      ],
    );
  });
});

describe('after didChange', () => {
  const FIXED = DRAFT.replace('粤办函[2022]24号', '粤办函〔2022〕24号');

  test('an incremental edit that fixes the 文号: version 2 is published without it, the rest unchanged', async () => {
    const seen = published(session, draftUri).length;
    const brackets = rangeIn(DRAFT, '[2022]');
    change(session, draftUri, 2, brackets, '〔2022〕');
    const next = await nextPublished(session, draftUri, seen, 'diagnostics for version 2', (p) => p.version === 2);
    assert.deepEqual(brief(FIXED, next.diagnostics), [
      ['name.near-miss', '一网通管', DiagnosticSeverity.Warning],
      ['name.near-miss', '一网通管', DiagnosticSeverity.Warning],
      ['name.quotes', '"粤省事"', DiagnosticSeverity.Warning],
      ['value.outdated', '100万名', DiagnosticSeverity.Warning],
    ]);
  });

  test('a burst of edits (versions 3–5) ends with diagnostics for the last version and the final text', async () => {
    const seen = published(session, draftUri).length;
    // 3: fix the first near miss; 4: fix the second; 5: fix the quotes. Each range is in the text of its version.
    let text = FIXED;
    const edits: Array<[string, string]> = [
      ['一网通管', '一网统管'],
      ['一网通管', '一网统管'],
      ['"粤省事"', '“粤省事”'],
    ];
    edits.forEach(([from, to], i) => {
      change(session, draftUri, 3 + i, rangeIn(text, from), to);
      text = text.replace(from, to);
    });
    const last = await nextPublished(session, draftUri, seen, 'diagnostics for version 5', (p) => p.version === 5);
    assert.deepEqual(brief(text, last.diagnostics), [['value.outdated', '100万名', DiagnosticSeverity.Warning]]);
    const versions = published(session, draftUri)
      .slice(seen)
      .map((p) => p.version ?? 0);
    assert.deepEqual(
      [...versions].sort((a, b) => a - b),
      versions,
      'versions are published in order',
    );
  });

  test('code actions answer for the current version: the value fix offered where the figure now is', async () => {
    const text = FIXED.replace(/一网通管/g, '一网统管').replace('"粤省事"', '“粤省事”');
    const range = rangeIn(text, '100万名');
    const actions = await request<CodeAction[]>(session, 'textDocument/codeAction', {
      textDocument: { uri: draftUri },
      range,
      context: { diagnostics: [] },
    });
    assert.deepEqual(
      actions.map((a) => [a.title, a.isPreferred, a.edit]),
      // Certain (a known platform, the year stated): the corpus value is the preferred suggestion.
      [['改为150万名', true, { changes: { [draftUri]: [{ range, newText: '150万名' }] } }]],
    );
  });
});

describe('a clean draft', () => {
  test('gets an empty list, published for its version', async () => {
    const cleanUri = pathToFileURL(join(workspace.path, 'clean.md')).toString();
    session.open(cleanUri, CLEAN, 7);
    const result = await nextPublished(session, cleanUri, 0, 'diagnostics for the clean draft');
    assert.deepEqual(result, { uri: cleanUri, version: 7, diagnostics: [] });
  });
});

describe('settings changed at run time', () => {
  const text = DRAFT;
  let uri: string;

  before(async () => {
    uri = pathToFileURL(join(workspace.path, 'settings.md')).toString();
    session.open(uri, text, 1);
    await nextPublished(session, uri, 0, 'diagnostics for settings.md');
  });

  test('name.near-miss: off removes those diagnostics (same version, checked again); the others stay', async () => {
    const seen = published(session, uri).length;
    changeSettings(session, { diagnostics: { severity: { 'name.near-miss': 'off' } } });
    const next = await nextPublished(session, uri, seen, 'diagnostics after name.near-miss was turned off');
    assert.equal(next.version, 1);
    assert.deepEqual(
      next.diagnostics.map((d) => d.code),
      ['name.quotes', 'value.outdated', 'doc.number-mismatch'],
    );
  });

  test('error raises a code; back to the defaults restores every diagnostic', async () => {
    let seen = published(session, uri).length;
    changeSettings(session, { diagnostics: { severity: { 'value.outdated': 'error' } } });
    const raised = await nextPublished(session, uri, seen, 'diagnostics after value.outdated was raised');
    assert.deepEqual(
      raised.diagnostics.map((d) => [d.code, d.severity]),
      [
        ['name.near-miss', DiagnosticSeverity.Warning],
        ['name.near-miss', DiagnosticSeverity.Warning],
        ['name.quotes', DiagnosticSeverity.Warning],
        ['value.outdated', DiagnosticSeverity.Error],
        ['doc.number-mismatch', DiagnosticSeverity.Warning],
      ],
    );
    seen = published(session, uri).length;
    changeSettings(session, {});
    const restored = await nextPublished(session, uri, seen, 'diagnostics with the default settings');
    assert.deepEqual(
      brief(text, restored.diagnostics).map(([code]) => code),
      ['name.near-miss', 'name.near-miss', 'name.quotes', 'value.outdated', 'doc.number-mismatch'],
    );
  });

  test('language en: the same diagnostics in English', async () => {
    const seen = published(session, uri).length;
    changeSettings(session, { language: 'en' });
    const english = await nextPublished(session, uri, seen, 'diagnostics in English');
    assert.deepEqual(
      english.diagnostics.map((d) => d.message),
      [
        '"一网通管" looks like a slip of "一网统管" (same sound: 通/统 tong)',
        '"一网通管" looks like a slip of "一网统管" (same sound: 通/统 tong)',
        'Platform names take full-width quotes: “粤省事”',
        '100万名 is the 2021 target of 2021年工作要点, since updated: 2021—2025年规划 sets 150万名 for 2025',
        'The year in a document number takes 〔〕: 粤办函〔2022〕24号',
      ],
    );
    changeSettings(session, {});
  });
});
