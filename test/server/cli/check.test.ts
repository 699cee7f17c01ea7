// `policy-lens check` as a user runs it: the BUILT dist/cli.js on drafts in a temporary folder (never on
// the repository's files), with the bundled corpus. Text, JSON and SARIF output, exit codes, --fix.
// When run alone, the bundle is built here if it is missing (never rebuilt: other tests may be using it).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ensureBuilt, REPO, runCli, type Run } from './runCli.js';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ALL_CODES } from '../../../server/src/service/checks/codes.js';

const CORPUS = join(REPO, 'corpus');
const corpusUri = (file: string) => pathToFileURL(join(CORPUS, file)).toString();

before(ensureBuilt);

function cli(args: string[], cwd: string): Run {
  return runCli([...args, '--lang', 'zh'], cwd);
}

const lines = (output: string) => output.split('\n').filter(Boolean);

const DRAFT = [
  '# 广东省数字政府改革建设2025年工作要点',
  '',
  '（一）推进一网通管建设。依托"粤省事"开展服务，推出“粤好办”小程序。',
  '',
  '（二）到2025年，“粤省事”日均活跃用户数达到100万名，政务云资源算力规模达到22.46万核。',
  '',
  '（三）落实《广东省数字政府改革建设2022年工作要点》（粤办函[2022]24号）。由省信息中心负责统筹。（省政数局牵头）',
  '',
  '（四）完善政务服务体系。（省政务服务数据管理局牵头）',
  '',
  '（五）到2025年，“粤商通”实名注册用户数达到1000万。推动“粤商通”实名注册用户数达到1200万。',
  '',
].join('\n');

const CLEAN =
  '# 广东省数字政府改革建设2025年工作要点\n\n到2025年，“粤省事”日均活跃用户数达到150万名。（省政务服务数据管理局牵头）\n';

/** 1-based line and column of the `occurrence`-th `needle` in the draft. */
function lineCol(text: string, needle: string, occurrence = 0): string {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) at = text.indexOf(needle, at + 1);
  if (at < 0) throw new Error(`no ${needle}`);
  const before = text.slice(0, at).split('\n');
  return `${before.length}:${before[before.length - 1].length + 1}`;
}

/** [line:col of the span, severity, code, message] of every finding in DRAFT, in order. */
const EXPECTED: Array<[string, string, string, string]> = [
  [lineCol(DRAFT, '一网通管'), 'warning', 'name.near-miss', '“一网通管”疑为“一网统管”之误（同音字：通/统 tong）'],
  [lineCol(DRAFT, '"粤省事"'), 'warning', 'name.quotes', '平台名称应使用全角引号：“粤省事”'],
  [lineCol(DRAFT, '粤好办'), 'info', 'name.unknown-platform', '语料中没有平台“粤好办”，请核实名称'],
  [
    lineCol(DRAFT, '100万名'),
    'warning',
    'value.outdated',
    '100万名是《2021年工作要点》2021年的目标，已被更新：《2021—2025年规划》2025年目标为150万名',
  ],
  [
    lineCol(DRAFT, '22.46万核'),
    'warning',
    'value.baseline-as-target',
    '22.46万核是“政务云资源算力规模”的基线值（2020年），不是目标；语料目标为30万核（2025年）',
  ],
  [lineCol(DRAFT, '粤办函[2022]24号'), 'warning', 'doc.number-mismatch', '文号年份应使用六角括号：粤办函〔2022〕24号'],
  [
    lineCol(DRAFT, '省信息中心'),
    'warning',
    'name.deprecated',
    '“省信息中心”已停用（2018起），现为“省政务服务数据管理局”；依据：广东省数字政府改革建设“十四五”规划（撤并调整省信息中心以及省直各部门44个信息中心，组建省政务服务数据管理局。）',
  ],
  [
    lineCol(DRAFT, '省政数局'),
    'warning',
    'name.variant',
    '同一文稿中“省政务服务数据管理局”有不同写法：此处为省政数局，其他处为省政务服务数据管理局',
  ],
  [
    lineCol(DRAFT, '1200万'),
    'warning',
    'value.inconsistent',
    `“粤商通”实名注册用户在本文稿中前后不一：第${lineCol(DRAFT, '1000万').split(':')[0]}行为1000万，此处为1200万`,
  ],
];

/**
 * The draft after `--fix`: only the safe fixes — quotes, brackets, a registry-confirmed new name. The
 * near miss, the values and the abbreviation are the drafter's to decide.
 */
const FIXED = DRAFT.replace('"粤省事"', '“粤省事”')
  .replace('粤办函[2022]24号', '粤办函〔2022〕24号')
  .replace('由省信息中心', '由省政务服务数据管理局');
/** The findings `--fix` leaves: every one without a safe fix. */
const UNFIXED = [
  'name.near-miss',
  'name.unknown-platform',
  'value.outdated',
  'value.baseline-as-target',
  'name.variant',
  'value.inconsistent',
];

let dir: string;

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'policy-lens-check-'));
});

after(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** A fresh folder under the test's temp dir holding the given files. */
function folder(name: string, files: Record<string, string | Buffer>): string {
  const path = join(dir, name);
  mkdirSync(path);
  for (const [file, content] of Object.entries(files)) writeFileSync(join(path, file), content);
  return path;
}

describe('check <file>', () => {
  test('text: one line per finding, file:line:col severity code message; exit 1 with warnings', () => {
    const cwd = folder('text', { 'draft.md': DRAFT });
    const run = cli(['check', 'draft.md'], cwd);
    assert.equal(run.status, 1, run.stderr);
    assert.deepEqual(
      lines(run.stdout),
      EXPECTED.map(([at, severity, code, message]) => `draft.md:${at} ${severity} ${code} ${message}`),
    );
  });

  test('a path outside the working folder is printed relative to it', () => {
    const cwd = folder('relative', { 'draft.md': CLEAN });
    mkdirSync(join(cwd, 'sub'));
    writeFileSync(join(cwd, 'sub', 'other.md'), '推出“粤好办”小程序。\n');
    const run = cli(['check', join(cwd, 'sub', 'other.md')], cwd);
    assert.deepEqual(lines(run.stdout), [
      'sub/other.md:1:4 info name.unknown-platform 语料中没有平台“粤好办”，请核实名称',
    ]);
  });

  test('exit 0 on a clean draft, with nothing on stdout', () => {
    const cwd = folder('clean', { 'clean.md': CLEAN });
    const run = cli(['check', 'clean.md'], cwd);
    assert.equal(run.status, 0, run.stderr);
    assert.equal(run.stdout, '');
  });

  test('exit 0 when there is only information', () => {
    const cwd = folder('info', { 'info.md': '推出“粤好办”小程序。\n' });
    const run = cli(['check', 'info.md'], cwd);
    assert.equal(run.status, 0, run.stderr);
    assert.deepEqual(lines(run.stdout), ['info.md:1:4 info name.unknown-platform 语料中没有平台“粤好办”，请核实名称']);
  });

  test('a folder: its .md files in name order, hidden folders and node_modules skipped', () => {
    const cwd = folder('tree', { 'b.md': '推出“粤好办”小程序。\n', 'a.md': CLEAN, 'notes.txt': '推进一网通管' });
    for (const skipped of ['.hidden', 'node_modules']) {
      mkdirSync(join(cwd, skipped));
      writeFileSync(join(cwd, skipped, 'x.md'), '推进一网通管建设。\n');
    }
    const run = cli(['check', '.', '--format', 'json'], cwd);
    assert.equal(run.status, 0, run.stderr);
    assert.deepEqual(
      (JSON.parse(run.stdout) as Array<{ file: string }>).map((f) => f.file),
      ['a.md', 'b.md'],
    );
  });
});

interface JsonFile {
  file: string;
  diagnostics: Array<{
    line: number;
    column: number;
    range: { start: { line: number; character: number }; end: { line: number; character: number } };
    severity: string;
    code: string;
    message: string;
    related: Array<{ uri: string; message: string }>;
    confidence: string;
    evidence: Array<{ signal: string; detail?: string }>;
    fixes: Array<{ newText: string; safe: boolean }>;
  }>;
}

describe('--format json', () => {
  test('one entry per file with every finding: position, range, severity, code, message, related sources, fixes', () => {
    const cwd = folder('json', { 'draft.md': DRAFT });
    const run = cli(['check', 'draft.md', '--format', 'json'], cwd);
    assert.equal(run.status, 1, run.stderr);
    const [file, ...others] = JSON.parse(run.stdout) as JsonFile[];
    assert.deepEqual(others, []);
    assert.equal(file.file, 'draft.md');
    assert.deepEqual(
      file.diagnostics.map((d) => [`${d.line}:${d.column}`, d.severity, d.code, d.message]),
      EXPECTED,
    );
    for (const d of file.diagnostics)
      assert.deepEqual([d.range.start.line + 1, d.range.start.character + 1], [d.line, d.column]);
    const outdated = file.diagnostics.find((d) => d.code === 'value.outdated')!;
    assert.deepEqual(
      outdated.related.map((r) => r.uri),
      [
        corpusUri('2021-03-25 广东省数字政府改革建设2021年工作要点.md'),
        corpusUri('2021-07 广东省数字政府改革建设“十四五”规划.md'),
      ],
    );
    // Confidence and the evidence it rests on, for each finding.
    assert.equal(outdated.confidence, 'certain');
    assert.deepEqual(
      outdated.evidence.map((e) => e.signal),
      ['same-measure', 'corpus-usage', 'newer-document'],
    );
    assert.deepEqual(
      outdated.fixes.map((f) => [f.newText, f.safe]),
      [['150万名', false]],
    );
    const nearMiss = file.diagnostics.find((d) => d.code === 'name.near-miss')!;
    assert.equal(nearMiss.confidence, 'likely');
    assert.deepEqual(
      nearMiss.fixes.map((f) => [f.newText, f.safe]),
      [['一网统管', false]],
    );
    const quotes = file.diagnostics.find((d) => d.code === 'name.quotes')!;
    assert.deepEqual(
      [quotes.confidence, quotes.fixes.map((f) => [f.newText, f.safe])],
      ['certain', [['“粤省事”', true]]],
    );
  });
});

interface Region {
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
}
interface Sarif {
  $schema: string;
  version: string;
  runs: Array<{
    tool: { driver: { name: string; rules: Array<{ id: string; helpUri: string }> } };
    results: Array<{
      ruleId: string;
      ruleIndex: number;
      level: string;
      rank: number;
      properties: { confidence: string; evidence: Array<{ signal: string }> };
      message: { text: string };
      locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region: Region } }>;
      relatedLocations: Array<{
        id: number;
        message: { text: string };
        physicalLocation: { artifactLocation: { uri: string }; region: Region };
      }>;
      fixes: Array<{
        description: { text: string };
        artifactChanges: Array<{
          artifactLocation: { uri: string };
          replacements: Array<{ deletedRegion: Region; insertedContent: { text: string } }>;
        }>;
      }>;
    }>;
  }>;
}

describe('--format sarif', () => {
  test('SARIF 2.1.0: the codes as rules, one result per finding with its location, rank and evidence, corpus related locations and its safe fix', () => {
    const cwd = folder('sarif', { 'draft.md': DRAFT });
    const run = cli(['check', 'draft.md', '--format', 'sarif'], cwd);
    assert.equal(run.status, 1, run.stderr);
    const sarif = JSON.parse(run.stdout) as Sarif;
    assert.equal(sarif.version, '2.1.0');
    assert.equal(sarif.$schema, 'https://json.schemastore.org/sarif-2.1.0.json');
    assert.equal(sarif.runs.length, 1);
    const [{ tool, results }] = sarif.runs;
    assert.equal(tool.driver.name, 'policy-lens');
    assert.deepEqual(
      tool.driver.rules.map((r) => r.id),
      ALL_CODES,
    );
    for (const rule of tool.driver.rules)
      assert.equal(rule.helpUri, `https://github.com/policy-lens/policy-lens#${rule.id.replace(/\./g, '')}`);

    const level = { warning: 'warning', info: 'note' } as Record<string, string>;
    assert.deepEqual(
      results.map((r) => [r.ruleId, r.level, r.message.text]),
      EXPECTED.map(([, severity, code, message]) => [code, level[severity], message]),
    );
    for (const result of results) {
      assert.equal(tool.driver.rules[result.ruleIndex].id, result.ruleId);
      assert.equal(result.locations.length, 1);
      assert.equal(result.locations[0].physicalLocation.artifactLocation.uri, 'draft.md');
    }

    const outdated = results.find((r) => r.ruleId === 'value.outdated')!;
    const [line, column] = lineCol(DRAFT, '100万名').split(':').map(Number);
    assert.deepEqual(outdated.locations[0].physicalLocation.region, {
      startLine: line,
      startColumn: column,
      endLine: line,
      endColumn: column + '100万名'.length,
    });
    // Related locations are in the bundled corpus, and their regions cover the figures they cite.
    const related = outdated.relatedLocations.map((r) => {
      const uri = r.physicalLocation.artifactLocation.uri;
      const region = r.physicalLocation.region;
      const lines = readFileSync(fileURLToPath(uri), 'utf8').split(/\r?\n/);
      const text = lines[region.startLine - 1].slice(region.startColumn - 1, region.endColumn - 1);
      return [r.id, uri, text];
    });
    assert.deepEqual(related, [
      [0, corpusUri('2021-03-25 广东省数字政府改革建设2021年工作要点.md'), '100万'],
      [1, corpusUri('2021-07 广东省数字政府改革建设“十四五”规划.md'), '150 万名'],
    ]);
    assert.deepEqual([outdated.rank, outdated.properties.confidence], [95, 'certain']);
    assert.ok(outdated.properties.evidence.some((e) => e.signal === 'newer-document'));
    // SARIF carries safe fixes only: a value or a guessed name is not a fix a tool may apply.
    assert.deepEqual(outdated.fixes, []);
    assert.deepEqual(results.find((r) => r.ruleId === 'name.near-miss')!.fixes, []);
    assert.equal(results.find((r) => r.ruleId === 'name.near-miss')!.rank, 70);
    const bracket = results.find((r) => r.ruleId === 'doc.number-mismatch')!;
    const [bLine, bColumn] = lineCol(DRAFT, '[2022]').split(':').map(Number);
    assert.deepEqual(bracket.fixes, [
      {
        description: { text: '改为粤办函〔2022〕24号' },
        artifactChanges: [
          {
            artifactLocation: { uri: 'draft.md' },
            replacements: [
              {
                deletedRegion: { startLine: bLine, startColumn: bColumn, endLine: bLine, endColumn: bColumn + 6 },
                insertedContent: { text: '〔2022〕' },
              },
            ],
          },
        ],
      },
    ]);
    assert.deepEqual(results.find((r) => r.ruleId === 'name.unknown-platform')!.relatedLocations, []);
  });
});

describe('exit 2: usage and corpus errors', () => {
  test('an unknown --format', () => {
    const cwd = folder('format', { 'draft.md': DRAFT });
    const run = cli(['check', 'draft.md', '--format', 'xml'], cwd);
    assert.equal(run.status, 2);
    assert.equal(run.stdout, '');
    assert.equal(run.stderr, '--format 须为 text、json 或 sarif\n');
  });

  test('a file that does not exist', () => {
    const cwd = folder('missing', {});
    const run = cli(['check', 'nothere.md'], cwd);
    assert.equal(run.status, 2);
    assert.equal(run.stdout, '');
    assert.equal(run.stderr, `找不到：${join(cwd, 'nothere.md')}\n`);
  });

  test('no file at all: the usage', () => {
    const run = cli(['check'], dir);
    assert.equal(run.status, 2);
    assert.match(run.stderr, /^用法：policy-lens check <文件或目录…> \[--format text\|json\|sarif\]/);
  });

  test('a --corpus folder with a broken file: the error names the file and field, and no draft is checked', () => {
    const cwd = folder('broken-corpus', { 'draft.md': DRAFT });
    mkdirSync(join(cwd, 'my-corpus'));
    writeFileSync(join(cwd, 'my-corpus', 'bad.md'), '---\nid: bad\n---\n没有标题的文件\n');
    const run = cli(['check', 'draft.md', '--corpus', 'my-corpus'], cwd);
    assert.equal(run.status, 2);
    assert.equal(run.stdout, '');
    assert.match(run.stderr, /^错误：bad\.md: 字段 title: Required$/m);
  });
});

describe('--fix', () => {
  test('on a copy: only safe fixes are applied, each change printed, no temporary file left, a second check shows the rest', () => {
    const cwd = folder('fix', {});
    cpSync(join(folder('fix-source', { 'draft.md': DRAFT }), 'draft.md'), join(cwd, 'draft.md'));
    const run = cli(['check', 'draft.md', '--fix'], cwd);
    // What needs the drafter's judgement is still there: exit 1.
    assert.equal(run.status, 1, run.stderr);
    const fixed = (needle: string, from: string, to: string) =>
      `已修复 draft.md:${lineCol(DRAFT, needle)} ${from} → ${to}`;
    const output = lines(run.stdout);
    assert.deepEqual(output.slice(0, 3), [
      fixed('"粤省事"', '"粤省事"', '“粤省事”'),
      fixed('[2022]', '[2022]', '〔2022〕'),
      fixed('省信息中心', '省信息中心', '省政务服务数据管理局'),
    ]);
    assert.deepEqual(
      output.slice(3).map((line) => line.split(' ')[2]),
      UNFIXED,
    );
    assert.equal(readFileSync(join(cwd, 'draft.md'), 'utf8'), FIXED);
    assert.deepEqual(readdirSync(cwd), ['draft.md'], 'no temporary file is left behind');

    const again = cli(['check', 'draft.md'], cwd);
    assert.equal(again.status, 1);
    assert.deepEqual(lines(again.stdout), output.slice(3));
  });

  test('--unsafe-fixes also applies the suggestions of certain and likely findings', () => {
    const cwd = folder('fix-unsafe', { 'draft.md': DRAFT });
    const run = cli(['check', 'draft.md', '--unsafe-fixes'], cwd);
    const text = readFileSync(join(cwd, 'draft.md'), 'utf8');
    assert.ok(text.includes('推进一网统管建设'), text);
    assert.ok(text.includes('达到150万名') && text.includes('达到30万核'), text);
    assert.ok(text.includes('（省政务服务数据管理局牵头）'), text);
    // value.inconsistent's suggestion is applied too: the drafter asked for every suggestion.
    assert.equal(run.status, 0, run.stdout);
  });

  test('with --format json the changes go to stderr and stdout stays one JSON document (what is left)', () => {
    const cwd = folder('fix-json', { 'draft.md': DRAFT });
    const run = cli(['check', 'draft.md', '--fix', '--format', 'json'], cwd);
    assert.equal(run.status, 1, run.stderr);
    const [file] = JSON.parse(run.stdout) as JsonFile[];
    assert.deepEqual(
      file.diagnostics.map((d) => d.code),
      UNFIXED,
    );
    assert.equal(run.stderr.split('\n').filter((l) => l.startsWith('已修复 draft.md:')).length, 3);
    assert.equal(readFileSync(join(cwd, 'draft.md'), 'utf8'), FIXED);
  });

  test('a clean draft is not rewritten', () => {
    const cwd = folder('fix-clean', { 'clean.md': CLEAN });
    const run = cli(['check', 'clean.md', '--fix'], cwd);
    assert.equal(run.status, 0, run.stderr);
    assert.equal(run.stdout, '');
    assert.equal(readFileSync(join(cwd, 'clean.md'), 'utf8'), CLEAN);
  });

  test('a GBK file is reported and left byte for byte as it was; the other file is still fixed; exit 2', () => {
    // "# 2025年工作要点\n\n推进一网通管建设。\n" in GBK: a near miss the checker would fix if it read the file.
    const gbk = Buffer.from('232032303235c4eab9a4d7f7d2aab5e30a0acdc6bdf8d2bbcdf8cda8b9dcbda8c9e8a1a30a', 'hex');
    assert.equal(new TextDecoder('gbk').decode(gbk), '# 2025年工作要点\n\n推进一网通管建设。\n');
    const cwd = folder('fix-gbk', { 'gbk.md': gbk, 'draft.md': DRAFT });
    const run = cli(['check', 'gbk.md', 'draft.md', '--fix'], cwd);
    assert.equal(run.status, 2);
    assert.ok(
      run.stderr.includes(`错误：${join(cwd, 'gbk.md')}: 不是 UTF-8 编码（可能是 GBK），请另存为 UTF-8\n`),
      run.stderr,
    );
    assert.ok(readFileSync(join(cwd, 'gbk.md')).equals(gbk), 'the GBK file is untouched');
    assert.equal(readFileSync(join(cwd, 'draft.md'), 'utf8'), FIXED);
    assert.deepEqual(readdirSync(cwd).sort(), ['draft.md', 'gbk.md']);
  });
});

describe('the bundled corpus checked as drafts', () => {
  test('check corpus/: no warning or error in any of the five documents, exit 0', () => {
    const run = cli(['check', CORPUS, '--format', 'json'], REPO);
    assert.equal(run.status, 0, run.stderr);
    const files = JSON.parse(run.stdout) as JsonFile[];
    assert.equal(files.length, 5);
    const loud = files.flatMap((f) =>
      f.diagnostics
        .filter((d) => d.severity !== 'info' && d.severity !== 'hint')
        .map((d) => `${f.file}:${d.line} ${d.code} ${d.message}`),
    );
    assert.deepEqual(loud, []);
    assert.deepEqual(
      files.flatMap((f) => f.diagnostics.filter((d) => d.code.startsWith('value.'))),
      [],
    );
  });
});
