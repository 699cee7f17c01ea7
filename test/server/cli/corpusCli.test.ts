// The BUILT command line (dist/cli.js), run as a user runs it: `corpus stats|show|import` and `search`
// on the bundled corpus, on extra --corpus folders, and on bad input. `npm test` builds dist/ first; when
// run alone, the bundle is built here if it is missing (never rebuilt: other server tests may be using it).
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { ensureBuilt, REPO, runCli, type Run } from './runCli.js';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadCorpus } from '../../../server/src/service/corpus/loadCorpus.js';

const PROVINCES = join(REPO, 'test', 'fixtures', 'corpora', 'provinces');
const PLAN = '004_5b5c9998506321a0';

before(ensureBuilt);

function cli(args: string[], cwd = REPO): Run {
  return runCli(args, cwd);
}

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'policy-lens-cli-'));
}

interface StatsJson {
  documents: Array<Record<string, unknown> & { id: string }>;
  totals: Record<string, unknown>;
  names: Record<string, number>;
  duplicates: Array<Record<string, string>>;
  problems: Array<{ file: string; severity: string; message: string; field?: string }>;
}

const counts = (d: Record<string, unknown>) => [
  d.id,
  d.sections,
  d.tasks,
  d.tasksWithLeadUnits,
  d.glossaryEntries,
  d.indicators,
  d.dataIssues,
];

test('corpus stats --json: counts per document and in total, the known duplicate, exit 0', () => {
  const run = cli(['corpus', 'stats', '--json']);
  assert.equal(run.status, 0, run.stderr);
  const stats = JSON.parse(run.stdout) as StatsJson;
  assert.deepEqual(stats.documents.map(counts), [
    // In date order: the bundled files are named by date and title.
    ['003_08158673230b8c76', 67, 61, 55, 0, 0, 0],
    [PLAN, 141, 11, 0, 46, 21, 1],
    ['000_f25cc0c734998372', 85, 76, 66, 0, 0, 0],
    ['001_b817bb2221738514', 67, 59, 0, 0, 0, 0],
  ]);
  assert.deepEqual(
    [
      stats.totals.documents,
      stats.totals.sections,
      stats.totals.tasks,
      stats.totals.tasksWithLeadUnits,
      stats.totals.glossaryEntries,
      stats.totals.indicators,
      stats.totals.dataIssues,
    ],
    [4, 360, 207, 121, 46, 21, 1],
  );
  // 59 terms of the 名词解释 annex and 27 slogans the documents quote twice or more (“放管服”, “最多跑一次”).
  assert.equal(stats.names.term, 86);
  assert.equal(stats.names.indicator, 21);
  assert.deepEqual(stats.duplicates, [
    {
      docNumber: '粤办函〔2022〕24号',
      kept: '000_f25cc0c734998372',
      dropped: '002_b4f8a07dfbbba275',
      reason: '该副本不完整（预览截断）',
      known: true,
    },
  ]);
  // Recognised when the bundled corpus was built: listed, never a problem, nothing on stderr.
  assert.deepEqual(stats.problems, []);
  assert.equal(run.stderr, '');
});

test('corpus stats (text) names the dropped duplicate and what was kept', () => {
  const run = cli(['corpus', 'stats']);
  assert.equal(run.status, 0, run.stderr);
  assert.match(run.stdout, /重复：002_b4f8a07dfbbba275 与 000_f25cc0c734998372 文号相同（粤办函〔2022〕24号）/);
  assert.match(run.stdout, /合计：4 个文件/);
});

test('corpus show 粤省事: a platform with its 日均活跃用户 figures, oldest document first', () => {
  const run = cli(['corpus', 'show', '粤省事']);
  assert.equal(run.status, 0, run.stderr);
  const lines = run.stdout.split('\n');
  assert.equal(lines[0], '“粤省事”  [平台]');
  const daily = lines.filter((l) => / 日均活跃用户 /.test(l));
  // By the date of each document (the 2021 work points of March before the plan of July), then as written.
  assert.deepEqual(
    daily.map((l) => l.trim()),
    [
      '2021-03-25 日均活跃用户 突破 100万 [目标 2021年] — 《广东省数字政府改革建设2021年工作要点》（粤办函〔2021〕44号） 第 36 行',
      '2021-07 日均活跃用户 80万名 [基线 2020年] — 《广东省数字政府改革建设“十四五”规划》 第 163 行',
      '2021-07 日均活跃用户 达到 150万名 [目标 2025年] — 《广东省数字政府改革建设“十四五”规划》 第 143 行',
      '2021-07 日均活跃用户 150万名 [目标 2025年] — 《广东省数字政府改革建设“十四五”规划》 第 163 行',
    ],
  );
  // Its history: every document that uses it, with its date, first and last use.
  const used = lines.findIndex((l) => l.startsWith('  使用：'));
  assert.deepEqual(lines.slice(used, used + 5), [
    '  使用：2021-03-25 — 2023-06-08',
    '    2021-03-25 2021年工作要点：3 处',
    '    2021-07 2021—2025年规划：30 处',
    '    2022-02-28 2022年工作要点：4 处',
    // The opinions govern 2023 to 2025: the year their targets aim at most often (到2025年).
    '    2023-06-08 2023—2025年实施意见：2 处',
  ]);
});

test('corpus show 省信息中心: replaced, per the registry, with the plan’s sentence', () => {
  const run = cli(['corpus', 'show', '省信息中心']);
  assert.equal(run.status, 0, run.stderr);
  assert.match(run.stdout, /已被取代，现为“省政务服务数据管理局”，自 2018 起（名录，2021—2025年规划）/);
});

test('corpus show 政务云资源算力规模: the measure’s timeline in all its wordings (资源总量, 省级政务云资源规模)', () => {
  const run = cli(['corpus', 'show', '政务云资源算力规模']);
  assert.equal(run.status, 0, run.stderr);
  const figures = run.stdout
    .split('\n')
    .filter((l) => /^\s+\d{4}-.*万核/.test(l))
    .map((l) => l.trim().replace(/ — .*/, ''));
  assert.deepEqual(figures, [
    '2021-03-25 资源总量 达到 24万核 [目标 2021年]',
    '2021-07 政务云资源算力规模 22.46万核 [基线 2020年]',
    '2021-07 政务云资源算力规模 达到 30万核 [目标 2025年]',
    '2021-07 政务云资源算力规模 30万核 [目标 2025年]',
    '2022-02-28 省级政务云资源规模 达到 30万核 [目标 2022年]',
  ]);
});

test('corpus show 一网统管: a term with the plan’s definition, entry 12, line 1037', () => {
  const run = cli(['corpus', 'show', '一网统管']);
  assert.equal(run.status, 0, run.stderr);
  const lines = run.stdout.split('\n');
  assert.equal(lines[0], '“一网统管”  [术语]');
  assert.equal(
    lines[1],
    '  释义（名词解释 第12条，《广东省数字政府改革建设“十四五”规划》 第 1037 行）：“一网”是指数字政府一体化的云、网、大数据中心、公共支撑平台和感知体系等，“统管”是指充分依托“一网”的基础能力，围绕经济调节、市场监管、社会管理、公共服务和生态环境保护等政府五大职能，优化管理体系和管理流程，构建横向到边、纵向到底、全闭环的数字化治理模式，实现省域范围“一网感知态势、一网纵观全局、一网决策指挥、一网协同共治”。',
  );
  assert.doesNotMatch(run.stdout, /\[平台\]/);
});

test('corpus show 粤办函〔2022〕24号: the one document with that 文号, not a second “cited only” one', () => {
  const run = cli(['corpus', 'show', '粤办函〔2022〕24号']);
  assert.equal(run.status, 0, run.stderr);
  const lines = run.stdout.trimEnd().split('\n');
  assert.deepEqual(lines.slice(0, 7), [
    '《广东省数字政府改革建设2022年工作要点》  [文件]',
    '  文号：粤办函〔2022〕24号',
    '  发文机关：广东省人民政府办公厅',
    '  日期：2022-02-28',
    '  类型：工作要点',
    '  语料文件：000_f25cc0c734998372',
    '  人工补充：date',
  ]);
  assert.match(lines[7], /^ {2}被引用：\d+ 处$/);
  assert.equal(lines.length, 8, run.stdout);
  assert.doesNotMatch(run.stdout, /语料中没有全文/);
});

test('corpus show 省政数局: the registry alias leads to the agency', () => {
  const run = cli(['corpus', 'show', '省政数局']);
  assert.equal(run.status, 0, run.stderr);
  const lines = run.stdout.split('\n');
  assert.equal(lines[0], '省政务服务数据管理局  [单位]');
  assert.equal(lines[1], '  别名：广东省政务服务数据管理局、省政数局');
});

test('search 政务云 算力: the plan’s 第八章 第一节 first, the 2022 task on 政务云 among the top five', () => {
  const run = cli(['search', '政务云', '算力', '--limit', '5']);
  assert.equal(run.status, 0, run.stderr);
  const lines = run.stdout.trimEnd().split('\n');
  assert.equal(lines.length, 10); // five hits, two lines each
  assert.equal(lines[0], '1. 第八章 第一节 增强政务云服务能力');
  assert.match(lines[1], new RegExp(`《广东省数字政府改革建设“十四五”规划》 ${PLAN}:749 {2}得分 \\d+\\.\\d\\d$`));
  assert.ok(
    lines.some((l) => /^\d\. 五、 （二十） 提高政务云服务能力（省政务服务数据管理局牵头）$/.test(l)),
    run.stdout,
  );
});

test('corpus import of a raw .txt writes a loadable normalized document, which --corpus then adds', () => {
  const dir = tempDir();
  try {
    const raw = join(dir, 'sc_2024_points.txt');
    writeFileSync(
      raw,
      [
        '四川省人民政府办公厅关于印发四川省数字政府建设2024年工作要点的通知',
        '',
        '川办发〔2024〕9号',
        '',
        '各市（州）人民政府，省政府各部门、各直属机构：',
        '',
        '《四川省数字政府建设2024年工作要点》已经省政府同意，现印发给你们，请认真贯彻执行。',
        '',
        '四川省人民政府办公厅',
        '2024年3月1日',
        '',
        '四川省数字政府建设2024年工作要点',
        '',
        '一、提升政务服务效能',
        '',
        '（一）推进“天府通办”迭代升级。拓展高频事项掌上办理。（省大数据中心牵头）',
        '',
        '（二）深化“一件事一次办”。推出20个“一件事”集成服务。（省政务服务和公共资源交易服务中心、大数据中心牵头）',
        '',
        '二、强化数据赋能',
        '',
        '（三）完善公共数据平台。推动数据按需共享。（省大数据中心负责）',
        '',
      ].join('\n'),
    );
    const out = join(dir, 'corpus');
    const run = cli(['corpus', 'import', raw, '--out', out]);
    assert.equal(run.status, 0, run.stderr + run.stdout);
    assert.deepEqual(readdirSync(out), ['sc_2024_points.md']);
    assert.match(
      run.stdout,
      /已导入：.*sc_2024_points\.md（四川省数字政府建设2024年工作要点，川办发〔2024〕9号，2024-03-01，工作要点）/,
    );

    const written = readFileSync(join(out, 'sc_2024_points.md'));
    const loaded = loadCorpus([{ uri: 'file:///out/sc_2024_points.md', content: written }]);
    assert.deepEqual(loaded.problems, []);
    const [document] = loaded.documents;
    assert.deepEqual(
      [
        document.meta.id,
        document.meta.title,
        document.meta.docNumber,
        document.meta.issuer,
        document.meta.date,
        document.meta.kind,
        document.meta.period,
      ],
      [
        'sc_2024_points',
        '四川省数字政府建设2024年工作要点',
        '川办发〔2024〕9号',
        '四川省人民政府办公厅',
        '2024-03-01',
        '工作要点',
        [2024, 2024],
      ],
    );
    assert.deepEqual(
      document.clauses.filter((c) => c.kind === 'task').map((c) => [c.number, c.leadUnits.map((u) => u.name)]),
      [
        ['（一）', ['省大数据中心']],
        ['（二）', ['省政务服务和公共资源交易服务中心', '省大数据中心']],
        ['（三）', ['省大数据中心']],
      ],
    );

    // Importing again does not overwrite without --force.
    const again = cli(['corpus', 'import', raw, '--out', out]);
    assert.equal(again.status, 2);
    assert.match(again.stdout, /^错误：.*sc_2024_points\.md 已存在，使用 --force 覆盖$/m);

    const stats = JSON.parse(cli(['corpus', 'stats', '--json', '--corpus', out]).stdout) as StatsJson;
    assert.deepEqual(
      stats.documents.map((d) => d.id),
      ['003_08158673230b8c76', PLAN, '000_f25cc0c734998372', '001_b817bb2221738514', 'sc_2024_points'],
    );
    assert.deepEqual(counts(stats.documents[4]), ['sc_2024_points', 5, 3, 3, 0, 0, 0]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('corpus import refuses a GBK file with exit code 2 and writes nothing', () => {
  const dir = tempDir();
  try {
    const raw = join(dir, 'gbk.txt');
    writeFileSync(
      raw,
      Buffer.from([0xb9, 0xe3, 0xb6, 0xab, 0xca, 0xa1, 0xd5, 0xfe, 0xb2, 0xdf, 0xce, 0xc4, 0xbc, 0xfe, 0x0a]),
    );
    const run = cli(['corpus', 'import', raw, '--out', join(dir, 'out')]);
    assert.equal(run.status, 2);
    assert.match(run.stdout, /gbk\.txt: .*UTF-8/);
    assert.equal(existsSync(join(dir, 'out')), false);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('--corpus adds another province’s documents and registry to the bundled corpus', () => {
  const stats = cli(['corpus', 'stats', '--json', '--corpus', PROVINCES]);
  assert.equal(stats.status, 0, stats.stderr);
  const parsed = JSON.parse(stats.stdout) as StatsJson;
  assert.deepEqual(
    parsed.documents.map((d) => d.id),
    [
      '003_08158673230b8c76',
      PLAN,
      '000_f25cc0c734998372',
      '001_b817bb2221738514',
      'gx_2024_work_points',
      'zj_2023_digital_gov',
    ],
  );
  // 22 sections: 2 章, 4 节, 表2, 2 一、, 3 （一）, 2 1., 2 （1）, 专栏 3, 2 附件, 3 glossary entries.
  assert.deepEqual(counts(parsed.documents[5]), ['zj_2023_digital_gov', 22, 7, 7, 3, 3, 0]);
  assert.equal(parsed.totals.documents, 6);

  const show = cli(['corpus', 'show', '浙里办APP', '--corpus', PROVINCES]);
  assert.equal(show.status, 0, show.stderr);
  assert.equal(show.stdout.split('\n')[0], '“浙里办”  [平台]');

  const search = cli(['search', '浙政钉', '--limit', '1', '--corpus', PROVINCES]);
  assert.equal(search.status, 0, search.stderr);
  assert.equal(search.stdout.split('\n')[0], '1. 第二章 第一节 一、 （二） 推进“浙政钉”协同办公（省大数据局牵头）');

  // --no-bundled leaves only the folder's documents.
  const alone = JSON.parse(
    cli(['corpus', 'stats', '--json', '--no-bundled', '--corpus', PROVINCES]).stdout,
  ) as StatsJson;
  assert.deepEqual(
    alone.documents.map((d) => d.id),
    ['gx_2024_work_points', 'zj_2023_digital_gov'],
  );
  assert.deepEqual(alone.duplicates, []);
});

test('a corpus with errors: stats lists each bad file and exits with 2; the good documents are still counted', () => {
  const dir = tempDir();
  try {
    writeFileSync(join(dir, 'yesterday.md'), '---\nid: y\ntitle: 通知\ndate: yesterday\nkind: 通知\n---\n\n正文。\n');
    writeFileSync(join(dir, 'raw.txt'), '原始文本\n');
    writeFileSync(join(dir, 'registry.yaml'), 'version: 1\nnames:\n  - kind: widget\n    name: X\n');
    const run = cli(['corpus', 'stats', '--json', '--corpus', dir]);
    assert.equal(run.status, 2);
    const stats = JSON.parse(run.stdout) as StatsJson;
    assert.equal(stats.totals.documents, 4);
    const errors = stats.problems.filter((p) => p.severity === 'error');
    assert.deepEqual(errors.map((p) => [p.file.slice(p.file.lastIndexOf('/') + 1), p.field]).sort(), [
      ['raw.txt', undefined],
      ['registry.yaml', 'names.0.kind'],
      ['yesterday.md', 'date'],
    ]);
    const text = cli(['corpus', 'stats', '--corpus', dir]);
    assert.equal(text.status, 2);
    assert.match(text.stdout, /错误：yesterday\.md: 字段 date/);
    assert.match(text.stdout, /错误：raw\.txt: .*corpus import/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('usage errors exit with 2: an unknown command, a missing query, no command at all', () => {
  const unknown = cli(['frobnicate']);
  assert.equal(unknown.status, 2);
  assert.match(unknown.stderr, /未知命令：frobnicate/);
  assert.equal(unknown.stdout, '');

  const noQuery = cli(['corpus', 'show']);
  assert.equal(noQuery.status, 2);
  assert.match(noQuery.stderr, /policy-lens corpus show/);

  const nothing = cli([]);
  assert.equal(nothing.status, 2);
  assert.match(nothing.stdout, /用法：/);

  const help = cli(['corpus', '--help']);
  assert.equal(help.status, 0);
  assert.match(help.stdout, /policy-lens search/);
});
