// The parser is not tuned to Guangdong: two small documents of other provinces, in other shapes, under
// test/fixtures/corpora/provinces/ — a Zhejiang 方案 saved with a BOM and CRLF line endings (第一章/第一节,
// 一、（一）1.（1）, ### 专栏 3, a 编号|指标名称|单位|2020年|2025年|属性 table, a 指标名称|计算公式 table,
// a 附件2 名词术语 glossary with （1） entries) and a Guangxi 工作要点 (自治区 lead units, 1． numbers,
// a 序号|指标|基期值|预期值 table, a ## 释义 glossary).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readCorpusFolders } from '../../../server/src/node/corpusFolders.js';
import { loadCorpus } from '../../../server/src/service/corpus/loadCorpus.js';
import { CorpusIndex, type IndexedDocument } from '../../../server/src/service/index/corpusIndex.js';
import { dataIssueMessage } from '../../../server/src/service/messages/dataIssues.js';
import { SimpleSegmenter } from '../../../server/src/service/search/simpleSegmenter.js';
import { FIXTURES, sectionsOf, tasks } from '../corpus/bundled.js';

const FOLDER = join(FIXTURES, 'provinces');
const ZJ = 'zj_2023_digital_gov';
const GX = 'gx_2024_work_points';

const disk = readCorpusFolders([FOLDER]);
const index = CorpusIndex.build(disk.files, disk.registry, new SimpleSegmenter());
const zj = (): IndexedDocument => index.document(ZJ)!;
const gx = (): IndexedDocument => index.document(GX)!;
const byPath = (document: IndexedDocument, path: string) => {
  const found = tasks(document).find((c) => c.path.join(' ') === path);
  assert.ok(found, `${document.meta.id} has no task ${path}`);
  return found;
};

test('the fixture folder loads without problems: two documents and the folder’s registry', () => {
  assert.deepEqual(disk.problems, []);
  assert.deepEqual(index.problems, []);
  assert.deepEqual(
    index.documents.map((d) => d.meta.id),
    [GX, ZJ],
  );
  assert.deepEqual(disk.registry.brandPrefixes, ['浙']);
});

test('the Zhejiang file really has a BOM and CRLF line endings; the header is read through both', () => {
  const bytes = readFileSync(join(FOLDER, `${ZJ}.md`));
  assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'fixture lost its BOM');
  assert.ok(bytes.includes(Buffer.from('---\r\nid:')), 'fixture lost its CRLF line endings');
  assert.ok(!zj().text.startsWith('\uFEFF'));
  assert.deepEqual(
    [zj().meta.title, zj().meta.docNumber, zj().meta.issuer, zj().meta.date, zj().meta.kind, zj().meta.period],
    [
      '浙江省数字政府建设“十四五”实施方案',
      '浙政办发〔2023〕12号',
      '浙江省人民政府办公厅',
      '2023-03-15',
      '方案',
      [2023, 2025],
    ],
  );
  assert.equal(zj().bodyStartLine, 9);
});

test('Zhejiang outline: 第一章/第一节 over 一、（一）1.（1）, a 表2, a 专栏 3 and two 附件', () => {
  assert.deepEqual(
    zj().sections.map((s) => `${s.kind} ${s.number} ${s.title}`),
    ['chapter 第一章 总体要求', 'chapter 第二章 主要任务', 'annex 附件1 指标计算方法', 'annex 附件2 名词术语'],
  );
  assert.deepEqual(
    zj().sections[1].children.map((s) => `${s.number} ${s.title}`),
    ['第一节 提升政务服务能力', '第二节 强化安全保障'],
  );
  assert.deepEqual(
    sectionsOf(zj())
      .filter((s) => s.kind.startsWith('level'))
      .map((s) => `${s.kind} ${s.number} ${s.depth}`),
    [
      ...[
        'level1 一、 2',
        'level2 （一） 3',
        'level3 1. 4',
        'level4 （1） 5',
        'level4 （2） 5',
        'level3 2. 4',
        'level2 （二） 3',
        'level1 二、 2',
        'level2 （三） 3',
      ],
      // the glossary's entries, numbered under 附件2
      ...['level4 （1） 1', 'level4 （2） 1', 'level4 （3） 1'],
    ],
  );
  const [box] = sectionsOf(zj(), 'box');
  assert.deepEqual([box.number, box.ordinal, box.title], ['专栏 3', 3, '政务服务重点项目']);
  assert.equal(box.range.start.line, 54);
  assert.equal(box.fullRange.end.line, 59); // up to the line before ### 第二节 强化安全保障
  const [table] = sectionsOf(zj(), 'table');
  assert.deepEqual([table.number, table.title], ['表2', '浙江省数字政府建设主要指标']);
});

test('Zhejiang tasks: paths, titles and lead units （省大数据局、财政厅牵头） … （省大数据局负责）', () => {
  assert.deepEqual(
    tasks(zj()).map((c) => [c.path.slice(2).join(' '), c.title, c.leadUnits.map((u) => u.name)]),
    [
      ['一、 （一）', '推进“浙里办”迭代升级', ['省大数据局', '省财政厅']],
      ['一、 （一） 1.', '建设统一受理平台', ['省大数据局']],
      ['一、 （一） 1. （1）', '打通跨部门数据', ['省公安厅', '省大数据局']],
      ['一、 （一） 1. （2）', '推行电子证照', ['省司法厅']],
      ['一、 （一） 2.', '完善政务服务评价体系', ['省政务办']],
      ['一、 （二）', '推进“浙政钉”协同办公', ['省大数据局']],
      ['二、 （三）', '建设基层治理平台', ['省委政法委', '省民政厅', '省大数据局', '各设区市政府']],
    ],
  );
  assert.deepEqual(byPath(zj(), '第二章 第一节 一、 （一）').path, ['第二章', '第一节', '一、', '（一）']);
});

test('CRLF: ranges are on the right lines and never include the \\r', () => {
  const { lines } = zj();
  const first = byPath(zj(), '第二章 第一节 一、 （一）');
  assert.deepEqual(first.range, {
    start: { line: 38, character: 0 },
    end: { line: 38, character: lines.lineText(38).length },
  });
  assert.ok(lines.lineText(38).startsWith('（一）推进“浙里办”迭代升级。'));
  assert.ok(!lines.lineText(38).includes('\r'));
  assert.ok(!first.text.includes('\r'));
  const offset = lines.offsetAt(first.range.end);
  assert.equal(zj().text.slice(offset, offset + 2), '\r\n');
  const title = byPath(zj(), '第二章 第一节 一、 （一） 1. （1）').titleRange;
  assert.equal(lines.lineText(title.start.line).slice(title.start.character, title.end.character), '打通跨部门数据');
});

test('Zhejiang indicators: 编号 | 指标名称 | 单位 | 2020年 | 2025年 — years from the header, unit from its own column', () => {
  assert.deepEqual(
    zj().indicators.map((i) => [
      i.number,
      i.name,
      i.unit,
      i.category,
      i.baselineText,
      i.baseline,
      i.baselineYear,
      i.targetText,
      i.target,
      i.targetYear,
      i.tableTitle,
    ]),
    [
      [
        '1',
        '“浙里办”月活跃用户数',
        '万',
        undefined,
        '1200',
        1200,
        2020,
        '2000',
        2000,
        2025,
        '表2 浙江省数字政府建设主要指标',
      ],
      ['2', '政务服务事项网办率', '%', undefined, '80', 80, 2020, '95', 95, 2025, '表2 浙江省数字政府建设主要指标'],
      [
        '3',
        '公共数据开放数据集',
        '个',
        undefined,
        '-',
        undefined,
        2020,
        '5000',
        5000,
        2025,
        '表2 浙江省数字政府建设主要指标',
      ],
    ],
  );
  assert.deepEqual(
    zj().indicators.map((i) => i.range.start.line),
    [24, 25, 26],
  );
});

test('Zhejiang methods: the 指标名称 | 计算公式 table joins by name (quotes ignored), with no data issue', () => {
  assert.deepEqual(
    zj().indicators.map((i) => [i.method, i.methodRange?.start.line]),
    [
      ['统计期内每月登录“浙里办”的去重用户数的月平均值', 68],
      ['网上可办事项数/政务服务事项总数×100%', 69],
      ['数据统计', 70],
    ],
  );
  assert.deepEqual(zj().dataIssues, []);
});

test('Zhejiang glossary under 附件2 名词术语: （1） entries, two quoted terms, an abbreviation, a definition continued after a break', () => {
  assert.deepEqual(
    zj().glossary.map((e) => [e.number, e.terms, e.sectionTitle, e.range.start.line, e.range.end.line]),
    [
      [1, ['掌上办事', '掌上办公'], '名词术语', 74, 74],
      [2, ['一体化数字资源系统', 'IRS'], '名词术语', 76, 78],
      [3, ['最多跑一次'], '名词术语', 80, 80],
    ],
  );
  assert.equal(zj().glossary[1].definition, '全省统一的数字资源管理系统，统筹管理应用、数据和组件。');
  assert.equal(zj().glossary[0].head, '“掌上办事”“掌上办公”');
});

test('Guangxi: 一、（一）1．（1） without Markdown, and （自治区…负责） lead units inherit 自治区', () => {
  assert.deepEqual(
    tasks(gx()).map((c) => [c.path.join(' '), c.title, c.leadUnits.map((u) => u.name)]),
    [
      ['一、 （一）', '推进“智桂通”平台建设', ['自治区大数据发展局']],
      ['一、 （二）', '深化“一件事”集成改革', []],
      ['一、 （二） 1．', '推行出生“一件事”', ['自治区卫生健康委', '自治区公安厅', '自治区人力资源社会保障厅']],
      ['一、 （二） 2．', '推行退休“一件事”', []],
      ['一、 （二） 2． （1）', '开展试点', ['自治区人力资源社会保障厅']],
      ['一、 （二） 2． （2）', '全面推广', ['自治区大数据发展局', '自治区民政厅', '各设区市人民政府']],
      ['一、 （三）', '做好政策释义和宣传解读', ['自治区政府办公厅', '自治区残联']],
      ['二、 （四）', '提升数据共享能力', ['自治区大数据发展局']],
    ],
  );
  assert.deepEqual(
    byPath(gx(), '一、 （二） 2． （2）').leadUnits.map((u) => u.written),
    ['自治区大数据发展局', '民政厅', '各设区市人民政府'],
  );
});

test('Guangxi glossary under ## 释义 with 1． entries; a task that merely mentions 释义 is still a task', () => {
  assert.deepEqual(
    gx().glossary.map((e) => [e.number, e.terms, e.definition, e.sectionTitle]),
    [
      [1, ['数据共享'], '政务部门之间依法相互提供和使用政务数据。', '释义'],
      [2, ['智桂通'], '广西统一的移动政务服务平台。', '释义'],
    ],
  );
  assert.equal(byPath(gx(), '一、 （三）').number, '（三）');
});

test('Guangxi indicators: 序号 | 指标 | 基期值 | 预期值 with the unit in the name; years from the period 2024', () => {
  assert.deepEqual(
    gx().indicators.map((i) => [
      i.number,
      i.name,
      i.unit,
      i.baseline,
      i.baselineYear,
      i.target,
      i.targetYear,
      i.tableTitle,
      i.method,
    ]),
    [
      ['1', '政务服务事项网办率', '%', 85, 2023, 95, 2024, '附表 2024年主要指标', '网上可办事项数/事项总数×100%'],
      ['2', '“智桂通”实名注册用户数', '万人', 2600, 2023, 3000, 2024, '附表 2024年主要指标', undefined],
    ],
  );
});

test('Guangxi: a method row for an indicator the table lacks is a data issue on that row', () => {
  assert.equal(gx().dataIssues.length, 1);
  const [issue] = gx().dataIssues;
  assert.equal(issue.range.start.line, 42);
  assert.ok(gx().lines.lineText(42).startsWith('| 数据共享满足率 |'));
  assert.equal(dataIssueMessage('zh', issue.problem), '计算方法表中的指标“数据共享满足率”在指标表中找不到');
});

test('names of other provinces: 文号, registry brands and aliases, lead units as agencies', () => {
  assert.equal(index.findDocument('浙政办发(2023)12号')?.meta.id, ZJ);
  assert.equal(index.findDocument('桂政办发〔2024〕8号')?.meta.id, GX);
  assert.deepEqual(
    index.lookupName('浙政办发〔2023〕12号').map((n) => n.docId),
    [ZJ],
  );
  assert.deepEqual(
    index.lookupName('浙里办APP').map((n) => `${n.kind}:${n.name}`),
    ['platform:浙里办'],
  );
  assert.deepEqual(
    index.lookupName('浙政钉').map((n) => n.kind),
    ['platform'],
  );
  assert.deepEqual(
    index.lookupName('浙江省大数据发展管理局').map((n) => `${n.kind}:${n.name}`),
    ['agency:省大数据局'],
  );
  assert.deepEqual(
    index.lookupName('自治区残联').map((n) => n.kind),
    ['agency'],
  );
  // Defined in the glossary, so a term — not a platform, though it is quoted like one.
  assert.deepEqual(
    index.lookupName('智桂通').map((n) => n.kind),
    ['term'],
  );
  // A bracketed number is looked up at its own level: （1） is not the 1. above it.
  assert.equal(index.clause(ZJ, '(1)')?.title, '打通跨部门数据');
  assert.equal(index.clause(ZJ, '1.')?.title, '建设统一受理平台');
  assert.equal(index.clause(ZJ, '（三）')?.title, '建设基层治理平台');
  assert.equal(index.clause(GX, '2．')?.title, '推行退休“一件事”');
});

test('the same bytes loaded in memory give the same documents as from disk', () => {
  const loaded = loadCorpus(disk.files);
  assert.deepEqual(loaded.problems, []);
  assert.deepEqual(
    loaded.documents.map((d) => [d.meta.id, d.clauses.length, d.glossary.length, d.indicators.length]),
    index.documents.map((d) => [d.meta.id, d.clauses.length, d.glossary.length, d.indicators.length]),
  );
});
