// Bad corpus input is reported — naming the file, and the field and line where there is one — and never
// stops the rest of the corpus from loading. In memory through loadCorpus/decodeCorpusFile, and on disk
// through readCorpusFolders for what only exists on disk (registry files, folders).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readCorpusFolders } from '../../../server/src/node/corpusFolders.js';
import { decodeCorpusFile } from '../../../server/src/service/corpus/decode.js';
import { parseRegistry } from '../../../server/src/service/corpus/registry.js';
import { loadCorpus, type CorpusFile } from '../../../server/src/service/corpus/loadCorpus.js';
import { CorpusIndex } from '../../../server/src/service/index/corpusIndex.js';
import type { CorpusProblem } from '../../../server/src/service/model.js';
import type { Locale } from '../../../server/src/service/l10n.js';
import { SimpleSegmenter } from '../../../server/src/service/search/simpleSegmenter.js';
import { CORPUS, PLAN, WORK_POINTS_2021, WORK_POINTS_2022 } from './bundled.js';

const GOOD = [
  '---',
  'id: good_notice',
  'title: 关于做好数据共享工作的通知',
  'docNumber: 粤政数函〔2023〕5号',
  'date: 2023-05-06',
  'kind: 通知',
  '---',
  '',
  '一、工作任务',
  '',
  '（一）推进数据共享。完善共享目录。（省政务服务数据管理局牵头）',
  '',
  '（二）加强安全保障。落实安全责任。（省委网信办、公安厅负责）',
  '',
].join('\n');

const md = (name: string, content: Uint8Array | string): CorpusFile => ({ uri: `file:///corpus/${name}`, content });
const header = (lines: string[]) => ['---', ...lines, '---', '', '正文。', ''].join('\n');

/** 广东省政策文件 in GBK (checked with `iconv -f utf-8 -t gbk`). */
const GBK_广东省政策文件 = [0xb9, 0xe3, 0xb6, 0xab, 0xca, 0xa1, 0xd5, 0xfe, 0xb2, 0xdf, 0xce, 0xc4, 0xbc, 0xfe];
const PNG_START = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x01, 0x00];

function only(problems: readonly CorpusProblem[], fileName: string): CorpusProblem {
  const mine = problems.filter((p) => p.uri.endsWith(`/${fileName}`));
  assert.equal(mine.length, 1, `expected one problem for ${fileName}, got ${JSON.stringify(problems)}`);
  assert.ok(mine[0].message.startsWith(`${fileName}: `), `the message names the file: ${mine[0].message}`);
  assert.equal(mine[0].severity, 'error');
  return mine[0];
}

/** Loads the good document next to the bad one and checks the good one is fully there. */
function loadBeside(bad: CorpusFile, locale: Locale = 'zh') {
  const loaded = loadCorpus([md('good.md', GOOD), bad, md('good2.md', GOOD.replace('good_notice', 'good_notice_2').replace('5号', '6号'))], { locale });
  assert.deepEqual(loaded.documents.map((d) => d.meta.id), ['good_notice', 'good_notice_2']);
  assert.deepEqual(loaded.documents[0].clauses.filter((c) => c.kind === 'task').map((c) => c.leadUnits.map((u) => u.name)), [['省政务服务数据管理局'], ['省委网信办', '省公安厅']]);
  return loaded;
}

test('invalid YAML in the header: the file and the line are named', () => {
  const bad = header(['id: broken', 'title: [关于…的通知', 'date: 2023-01-01', 'kind: 通知']);
  const problem = only(loadBeside(md('broken-yaml.md', bad)).problems, 'broken-yaml.md');
  assert.match(problem.message, /YAML/);
  assert.equal(problem.range?.start.line, 3); // the YAML parser notices the open [ on the next line
});

test('a date that is not a date: the field and its line are named', () => {
  const problem = only(loadBeside(md('yesterday.md', header(['id: y', 'title: 通知', 'date: yesterday', 'kind: 通知']))).problems, 'yesterday.md');
  assert.equal(problem.field, 'date');
  assert.match(problem.message, /字段 date/);
  assert.match(problem.message, /YYYY-MM-DD/);
  assert.equal(problem.range?.start.line, 3); // line 4 of the file, 1-based
});

test('an unknown kind, a missing title, a number where text belongs, a period that is not two years', () => {
  const kind = only(loadBeside(md('kind.md', header(['id: k', 'title: 通知', 'date: 2023-01-01', 'kind: 公告']))).problems, 'kind.md');
  assert.equal(kind.field, 'kind');
  assert.match(kind.message, /公告/);
  assert.equal(kind.range?.start.line, 4);

  const title = only(loadBeside(md('untitled.md', header(['id: t', 'date: 2023-01-01', 'kind: 通知']))).problems, 'untitled.md');
  assert.equal(title.field, 'title');
  assert.match(title.message, /字段 title/);

  const number = only(loadBeside(md('number.md', header(['id: n', 'title: 2023', 'date: 2023-01-01', 'kind: 通知']))).problems, 'number.md');
  assert.equal(number.field, 'title');
  assert.equal(number.range?.start.line, 2);

  const period = only(loadBeside(md('period.md', header(['id: p', 'title: 规划', 'date: 2023-01-01', 'kind: 规划', 'period: 2021']))).problems, 'period.md');
  assert.equal(period.field, 'period');
  assert.equal(period.range?.start.line, 5);

  const reversed = only(loadBeside(md('reversed.md', header(['id: r', 'title: 规划', 'date: 2023-01-01', 'kind: 规划', 'period: [2025, 2021]']))).problems, 'reversed.md');
  assert.equal(reversed.field, 'period');
});

test('no header at all, an empty file and a file of blank lines', () => {
  assert.match(only(loadBeside(md('no-header.md', '一、总则\n\n（一）做好工作。\n')).problems, 'no-header.md').message, /^no-header\.md: 缺少元数据头（以 --- 开始和结束的 YAML）$/);
  assert.equal(only(loadBeside(md('empty.md', new Uint8Array(0))).problems, 'empty.md').message, 'empty.md: 文件为空');
  assert.equal(only(loadBeside(md('blank.md', '\n \n\t\n')).problems, 'blank.md').message, 'blank.md: 文件为空');
  // In English, one language too.
  const english = (file: CorpusFile, name: string) => only(loadBeside(file, 'en').problems, name).message;
  assert.equal(english(md('no-header.md', '一、总则\n'), 'no-header.md'), 'no-header.md: The metadata header is missing (YAML between --- lines)');
  assert.equal(english(md('empty.md', new Uint8Array(0)), 'empty.md'), 'empty.md: The file is empty');
  assert.equal(english(md('raw.txt', '原始文本\n'), 'raw.txt'), 'raw.txt: Raw text is no corpus document: convert it with `policy-lens corpus import` first');
  assert.equal(english(md('bad-date.md', GOOD.replace('good_notice', 'bad_date').replace(/date: .*/, 'date: 2022年')), 'bad-date.md'), 'bad-date.md: field date: the date must be YYYY-MM-DD or YYYY-MM');
});

test('a PNG saved as .md is refused as binary', () => {
  const bytes = new Uint8Array([...PNG_START, ...Array.from({ length: 200 }, (_, i) => i % 256)]);
  assert.match(only(loadBeside(md('chart.md', bytes)).problems, 'chart.md').message, /^chart\.md: 这是二进制文件，不是文本$/);
  assert.deepEqual(decodeCorpusFile(bytes), { ok: false, message: '这是二进制文件，不是文本' });
  assert.deepEqual(decodeCorpusFile(bytes, undefined, 'en'), { ok: false, message: 'This is a binary file, not text' });
});

test('a GBK-encoded file is refused with advice to save it as UTF-8', () => {
  const bytes = new Uint8Array([...Buffer.from('---\nid: gbk\ntitle: '), ...GBK_广东省政策文件, ...Buffer.from('\ndate: 2023-01-01\nkind: 通知\n---\n\n'), ...GBK_广东省政策文件, 0x0a]);
  const problem = only(loadBeside(md('gbk.md', bytes)).problems, 'gbk.md');
  assert.match(problem.message, /GBK/);
  assert.match(problem.message, /UTF-8/);
  const decoded = decodeCorpusFile(bytes);
  assert.equal(decoded.ok, false);
});

test('a 50 MB file is refused for its size, before anything reads it as a document', () => {
  const big = Buffer.alloc(50 * 1024 * 1024, 'a');
  Buffer.from(GOOD.replace('good_notice', 'huge')).copy(big); // a valid header: only the size is wrong
  const problem = only(loadBeside(md('huge.md', big)).problems, 'huge.md');
  assert.match(problem.message, /50\.0 MB/);
  assert.equal(problem.message, 'huge.md: 文件过大（50.0 MB，上限 10 MB），已跳过');
  assert.deepEqual(decodeCorpusFile(big, undefined, 'en'), { ok: false, message: 'File too large (50.0 MB, the limit is 10 MB): skipped' });
  assert.deepEqual(decodeCorpusFile(big), { ok: false, message: problem.message.replace('huge.md: ', '') });
  // The limit is the caller's to set.
  assert.equal(decodeCorpusFile(big, 60 * 1024 * 1024).ok, true);
});

test('a raw .txt is rejected with advice to run `corpus import`', () => {
  const problem = only(loadBeside(md('新闻稿.txt', '广东省数字政府改革建设2022年工作要点\n全文如下……')).problems, '新闻稿.txt');
  assert.match(problem.message, /policy-lens corpus import/);
});

test('CRLF and a BOM load like LF: same structure, same positions, no \\r in any text', () => {
  const lf = loadCorpus([md('lf.md', GOOD)]).documents[0];
  const crlfBom = new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from(GOOD.replace(/\n/g, '\r\n'))]);
  const loaded = loadCorpus([md('crlf.md', crlfBom)]);
  assert.deepEqual(loaded.problems, []);
  const crlf = loaded.documents[0];
  assert.equal(crlf.meta.id, 'good_notice');
  assert.equal(crlf.bodyStartLine, lf.bodyStartLine);
  const shape = (d: typeof lf) => d.clauses.map((c) => [c.kind, c.number, c.title, c.text, c.range, c.titleRange, c.leadUnits]);
  assert.deepEqual(shape(crlf), shape(lf));
  assert.deepEqual(crlf.clauses.find((c) => c.number === '（一）')?.range, { start: { line: 10, character: 0 }, end: { line: 10, character: 31 } });
  assert.ok(crlf.text.startsWith('---\r\n'), 'the BOM is not part of the text');
  // A BOM given as text (an editor buffer) is dropped too.
  const fromString = loadCorpus([md('bom.md', `\uFEFF${GOOD}`)]).documents;
  assert.deepEqual(fromString.map((d) => d.meta.id), ['good_notice']);
  assert.equal(fromString[0].text, GOOD);
  assert.deepEqual(decodeCorpusFile(`\uFEFF${GOOD}`), { ok: true, text: GOOD });
});

test('every kind of bad file at once: each is reported once, the real corpus still loads and is searchable', () => {
  const disk = readCorpusFolders([CORPUS]);
  const bad: CorpusFile[] = [
    md('a-broken-yaml.md', header(['id: a', 'title: [x', 'date: 2023-01-01', 'kind: 通知'])),
    md('b-yesterday.md', header(['id: b', 'title: 通知', 'date: yesterday', 'kind: 通知'])),
    md('c-empty.md', ''),
    md('d-chart.md', new Uint8Array([...PNG_START, ...PNG_START])),
    md('e-gbk.md', new Uint8Array([...Buffer.from('---\nid: e\n'), ...GBK_广东省政策文件])),
    md('f-raw.txt', '原始文本'),
  ];
  const index = CorpusIndex.build([...bad, ...disk.files], disk.registry, new SimpleSegmenter());
  for (const file of bad) only(index.problems, file.uri.slice(file.uri.lastIndexOf('/') + 1));
  assert.equal(index.problems.filter((p) => p.severity === 'error').length, bad.length);
  assert.deepEqual(index.documents.map((d) => d.meta.id).sort(), ['000_f25cc0c734998372', '001_b817bb2221738514', WORK_POINTS_2021, PLAN].sort());
  assert.equal(index.searchClauses('粤省事 活跃用户', 1)[0].document.meta.id, WORK_POINTS_2021);
  assert.equal(index.clause(WORK_POINTS_2022, '（五）')?.title, '完善公共数据管理体系');
});

// --- on disk ---------------------------------------------------------------------------------------

function withFolder(files: Record<string, string | Uint8Array>, check: (folder: string) => void): void {
  const folder = mkdtempSync(join(tmpdir(), 'policy-lens-corpus-'));
  try {
    for (const [name, content] of Object.entries(files)) writeFileSync(join(folder, name), content);
    check(folder);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

function registryProblem(registry: string, expect: { field?: string; line?: number; message: RegExp }): void {
  withFolder({ 'registry.yaml': registry, 'good.md': GOOD }, (folder) => {
    const disk = readCorpusFolders([CORPUS, folder]);
    assert.equal(disk.problems.length, 1, JSON.stringify(disk.problems));
    const [problem] = disk.problems;
    assert.ok(problem.uri.endsWith('/registry.yaml'), problem.uri);
    assert.ok(!problem.uri.includes('/corpus/registry.yaml'), 'the bundled registry is fine');
    assert.ok(problem.message.startsWith('registry.yaml: '), problem.message);
    assert.match(problem.message, expect.message);
    assert.equal(problem.severity, 'error');
    assert.equal(problem.field, expect.field);
    assert.equal(problem.range?.start.line, expect.line === undefined ? undefined : expect.line - 1);
    // The rest still loads: the folder's document, the bundled corpus, and the bundled registry's aliases.
    const index = CorpusIndex.build(disk.files, disk.registry, new SimpleSegmenter());
    assert.deepEqual(index.problems.filter((p) => p.severity === 'error'), []);
    assert.ok(index.document('good_notice'));
    assert.ok(index.document(PLAN));
    assert.deepEqual(index.lookupName('省政数局').map((n) => n.name), ['省政务服务数据管理局']);
  });
}

test('registry.yaml with an unknown name kind: the field path and its line', () => {
  registryProblem('version: 1\nbrandPrefixes: [浙]\nnames:\n  - kind: agency\n    name: 省大数据局\n  - kind: widget\n    name: 浙里办\n', {
    field: 'names.1.kind',
    line: 6,
    message: /字段 names\.1\.kind/,
  });
});

test('registry.yaml with aliases written as text instead of a list', () => {
  registryProblem('version: 1\nnames:\n  - kind: agency\n    name: 省大数据局\n    aliases: 浙江省大数据发展管理局\n', {
    field: 'names.0.aliases',
    line: 5,
    message: /Expected array/,
  });
});

test('registry.yaml with the wrong version, and with a deprecation that cites no source', () => {
  registryProblem('version: 2\nnames: []\n', { field: 'version', line: 1, message: /字段 version/ });
  registryProblem('version: 1\nnames:\n  - kind: platform\n    name: 老平台\n    deprecated:\n      replacedBy: 新平台\n', {
    field: 'names.0.deprecated.source',
    message: /字段 names\.0\.deprecated\.source/,
  });
});

test('registry.yaml with a brand prefix longer than a brand’s first characters: the field and its line', () => {
  // A prefix is 粤 of “粤省事”; a pasted paragraph as one once made the index build throw (its pattern too large).
  registryProblem(`version: 1\nbrandPrefixes: [粤, ${'数字政府'.repeat(10_000)}]\nnames: []\n`, {
    field: 'brandPrefixes.1',
    line: 2,
    message: /字段 brandPrefixes\.1/,
  });
});

test('registry.yaml that is not YAML at all', () => {
  registryProblem('version: 1\nnames:\n  - kind: agency\n    name: [省大数据局\n  - kind: platform\n', { message: /不是有效的 YAML|invalid YAML/, line: 5 });
});

test('a user folder with a raw .txt, a GBK file, an empty file and a PNG: each is reported, the good document loads', () => {
  withFolder(
    {
      'good.md': GOOD,
      'draft.txt': '广东省数字政府改革建设2024年工作要点（征求意见稿）\n',
      'gbk.md': new Uint8Array([...Buffer.from('---\nid: g\n---\n'), ...GBK_广东省政策文件]),
      'empty.md': '',
      'chart.md': new Uint8Array(PNG_START),
      'notes.docx': 'ignored: not a corpus file type',
    },
    (folder) => {
      const disk = readCorpusFolders([folder]);
      assert.deepEqual(disk.problems, []);
      assert.deepEqual(disk.files.map((f) => f.uri.slice(f.uri.lastIndexOf('/') + 1)), ['chart.md', 'draft.txt', 'empty.md', 'gbk.md', 'good.md']);
      const index = CorpusIndex.build(disk.files, disk.registry, new SimpleSegmenter());
      assert.match(only(index.problems, 'draft.txt').message, /corpus import/);
      assert.match(only(index.problems, 'gbk.md').message, /UTF-8/);
      assert.equal(only(index.problems, 'empty.md').message, 'empty.md: 文件为空');
      assert.equal(only(index.problems, 'chart.md').message, 'chart.md: 这是二进制文件，不是文本');
      // The index's problems follow the locale it is built for.
      const english = CorpusIndex.build(disk.files, disk.registry, new SimpleSegmenter(), undefined, 'en');
      assert.equal(only(english.problems, 'gbk.md').message, 'gbk.md: Not UTF-8 (GBK?): save it as UTF-8');
      assert.equal(only(english.problems, 'chart.md').message, 'chart.md: This is a binary file, not text');
      assert.deepEqual(index.documents.map((d) => d.meta.id), ['good_notice']);
      assert.equal(index.clause('粤政数函〔2023〕5号', '（二）')?.title, '加强安全保障');
    },
  );
});

test('a corpus folder that does not exist is a problem, not a crash', () => {
  const missing = join(tmpdir(), 'policy-lens-no-such-folder-for-tests');
  const disk = readCorpusFolders([missing, CORPUS]);
  assert.equal(disk.problems.length, 1);
  assert.match(disk.problems[0].message, /^语料目录无法读取：ENOENT/);
  assert.match(readCorpusFolders([missing], [], 'en').problems[0].message, /^Corpus folder unreadable: ENOENT/);
  assert.equal(disk.files.filter((f) => f.uri.endsWith('.md')).length, 5);
});

test('a YAML alias bomb in one header is that file’s error; the rest of the corpus loads', () => {
  const bomb = [
    '---',
    'a: &a ["x","x","x","x","x","x","x","x","x"]',
    'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]',
    'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]',
    'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]',
    'e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]',
    'id: bomb',
    'title: 某文件',
    '---',
    '',
    '正文。',
  ].join('\n');
  const good = ['---', 'id: good', 'title: 某省2024年工作要点', 'date: 2024-01-01', 'kind: 工作要点', '---', '', '推进工作。'].join('\n');
  const loaded = loadCorpus([
    { uri: 'file:///c/bomb.md', content: bomb },
    { uri: 'file:///c/good.md', content: good },
  ]);
  assert.deepEqual(
    loaded.documents.map((d) => d.meta.id),
    ['good'],
  );
  assert.equal(loaded.problems.length, 1);
  assert.match(loaded.problems[0].message, /^bomb\.md: .*YAML/);
  const registry = parseRegistry(bomb.split('---')[1]);
  assert.equal(registry.ok, false);
});

test('two files with one id: the first keeps it, the second is an error naming both and the field', () => {
  const doc = (title: string) =>
    ['---', 'id: same', `title: ${title}`, 'date: 2024-01-01', 'kind: 工作要点', '---', '', '推进工作。'].join('\n');
  const loaded = loadCorpus([
    { uri: 'file:///c/first.md', content: doc('某省2024年工作要点') },
    { uri: 'file:///c/second.md', content: doc('某市2024年工作要点') },
  ]);
  assert.deepEqual(
    loaded.documents.map((d) => d.meta.title),
    ['某省2024年工作要点'],
  );
  assert.equal(loaded.problems.length, 1);
  assert.equal(loaded.problems[0].uri, 'file:///c/second.md');
  assert.equal(loaded.problems[0].field, 'id');
  assert.match(loaded.problems[0].message, /^second\.md: .*same.*first\.md/);
});

test('a corpus file with CR-only line ends loads like any other, its lines where the editor has them', () => {
  const lines = [
    '---',
    'id: cr',
    'title: 某省2024年工作要点',
    'date: 2024-01-01',
    'kind: 工作要点',
    '---',
    '',
    '## 一、重点任务',
    '',
    '（一）推进“某省通”平台建设。（省数据局牵头）',
  ];
  const asLoaded = (separator: string) => {
    const loaded = loadCorpus([{ uri: 'file:///c/d.md', content: lines.join(separator) }]);
    assert.deepEqual(loaded.problems, []);
    return loaded.documents[0].clauses.map((c) => [c.kind, c.range.start.line, c.leadUnits.map((u) => u.name)]);
  };
  assert.deepEqual(asLoaded('\r'), asLoaded('\n'));
  assert.deepEqual(asLoaded('\r'), [['task', 9, ['省数据局']]]);
});
