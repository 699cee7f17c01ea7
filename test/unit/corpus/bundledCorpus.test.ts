// The bundled corpus as one index: what loads, what is dropped, names, documents, figures and search.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CorpusIndex } from '../../../server/src/service/index/corpusIndex.js';
import { readCorpusFolders } from '../../../server/src/node/corpusFolders.js';
import { EMPTY_REGISTRY } from '../../../server/src/service/corpus/registry.js';
import { SimpleSegmenter } from '../../../server/src/service/search/simpleSegmenter.js';
import { bundled, bundledWithFolderProblems, CORPUS, doc, OPINIONS_2023, PLAN, PREVIEW_2022, WORK_POINTS_2021, WORK_POINTS_2022 } from './bundled.js';

test('four documents are indexed; 002 (the truncated preview), a copy the build recognised, is dropped silently', () => {
  const { index, folderProblems } = bundledWithFolderProblems();
  assert.deepEqual(folderProblems, []);
  // Files are named by date and title, so the corpus reads in date order.
  assert.deepEqual(index.documents.map((d) => d.meta.id), [WORK_POINTS_2021, PLAN, WORK_POINTS_2022, OPINIONS_2023]);
  // Recorded (corpus stats lists it), but no problem: the bundled corpus never fills a user's Problems panel.
  assert.deepEqual(index.duplicates, [{ docNumber: '粤办函〔2022〕24号', kept: WORK_POINTS_2022, dropped: PREVIEW_2022, reason: '该副本不完整（预览截断）', known: true }]);
  assert.deepEqual(index.problems, []);
  assert.equal(index.document(PREVIEW_2022), undefined);
});

test('in a corpus that does not say so (no duplicateOf), the dropped copy is a warning naming both', () => {
  const disk = readCorpusFolders([CORPUS]);
  const files = disk.files.map((file) =>
    decodeURIComponent(file.uri).endsWith('（副本）.md') ? { ...file, content: String(file.content).replace(/^duplicateOf: .*\n/m, '') } : file,
  );
  const index = CorpusIndex.build(files, disk.registry, new SimpleSegmenter());
  assert.equal(index.problems.length, 1);
  const [warning] = index.problems;
  assert.equal(warning.severity, 'warning');
  assert.equal(warning.field, 'docNumber');
  assert.ok(decodeURIComponent(warning.uri).endsWith('/corpus/2022-02-28 广东省数字政府改革建设2022年工作要点（副本）.md'), warning.uri);
  assert.match(warning.message, new RegExp(WORK_POINTS_2022));
  assert.match(warning.message, /粤办函〔2022〕24号/);
  assert.equal(index.document(PREVIEW_2022), undefined);
});

test('the duplicate is dropped whichever order the files come in', () => {
  const disk = readCorpusFolders([CORPUS]);
  const index = CorpusIndex.build([...disk.files].reverse(), disk.registry, new SimpleSegmenter());
  assert.deepEqual(index.duplicates.map((d) => [d.kept, d.dropped]), [[WORK_POINTS_2022, PREVIEW_2022]]);
  assert.deepEqual(index.documents.map((d) => d.meta.id).sort(), [WORK_POINTS_2022, OPINIONS_2023, WORK_POINTS_2021, PLAN]);
});

test('metadata of the indexed documents comes from their headers', () => {
  assert.deepEqual(
    bundled().documents.map((d) => [d.meta.id, d.meta.docNumber, d.meta.date, d.meta.kind, d.meta.period]),
    [
      [WORK_POINTS_2021, '粤办函〔2021〕44号', '2021-03-25', '工作要点', [2021, 2021]],
      [PLAN, undefined, '2021-07', '规划', [2021, 2025]],
      [WORK_POINTS_2022, '粤办函〔2022〕24号', '2022-02-28', '工作要点', [2022, 2022]],
      // The opinions state no period: they govern up to the year their targets aim at most often (到2025年).
      [OPINIONS_2023, '粤府〔2023〕47号', '2023-06-08', '实施意见', [2023, 2025]],
    ],
  );
  // The body starts after the header: line 15 (1-based) of 000, where 16 lines hold the header and a blank.
  assert.equal(doc(WORK_POINTS_2022).bodyStartLine, 14);
  assert.equal(doc(PLAN).bodyStartLine, 13);
});

test('粤省事 日均活跃用户 across documents, oldest document first: 2021 target, 2020 baseline, 2025 targets', () => {
  const figures = bundled().figuresFor('粤省事', '日均活跃用户');
  assert.deepEqual(
    figures.map((f) => [f.docId, f.kind, f.value, f.unit, f.year, f.range.start.line]),
    [
      [WORK_POINTS_2021, 'target', 100, '万', 2021, 35], // （二） …日均活跃用户突破100万
      [PLAN, 'baseline', 80, '万名', 2020, 162], // 表1 row 7: 现状值 80
      [PLAN, 'target', 150, '万名', 2025, 142], // 发展目标: 日均活跃用户量分别达到 150 万名
      [PLAN, 'target', 150, '万名', 2025, 162], // 表1 row 7: 目标值 150
    ],
  );
  // The 2021 figure underlines the number as written in the line.
  const [first] = figures;
  assert.equal(doc(WORK_POINTS_2021).lines.lineText(35).slice(first.range.start.character, first.range.end.character), '100万');
  // Quoted or not, the subject is the same platform.
  assert.deepEqual(bundled().figuresFor('“粤省事”', '日均活跃用户').map((f) => f.value), [100, 80, 150, 150]);
});

test('platforms: the 粤 brands and 广东政务服务网, but no glossary term', () => {
  const platforms = new Set(bundled().names.filter((n) => n.kind === 'platform').map((n) => n.name));
  for (const name of ['粤省事', '粤商通', '粤政易', '粤治慧', '粤省心', '粤视会', '粤康码', '广东政务服务网']) assert.ok(platforms.has(name), name);
  for (const term of ['一网统管', '一网通办', '一网协同', '好差评', '零跑动', '一件事']) assert.ok(!platforms.has(term), term);
  assert.deepEqual(bundled().lookupName('一网统管').map((n) => n.kind), ['term']);
  assert.deepEqual(bundled().lookupName('“粤省事”').map((n) => `${n.kind}:${n.name}`), ['platform:粤省事']);
  // Terms: 46 entries name 59 terms (entry 6 names seven, 31 and 40 three, 33, 34 and 36 two), and the
  // documents quote 27 slogans and initiatives twice or more (“放管服”改革, “最多跑一次”).
  assert.equal(bundled().names.filter((n) => n.kind === 'term').length, 86);
  for (const slogan of ['放管服', '最多跑一次', '一张图']) {
    assert.deepEqual(bundled().lookupName(slogan).map((n) => n.kind), ['term'], slogan);
  }
});

test('registry aliases merge into the agency the text names: 省政数局 -> 省政务服务数据管理局', () => {
  assert.deepEqual(bundled().lookupName('省政数局').map((n) => `${n.kind}:${n.name}`), ['agency:省政务服务数据管理局']);
  assert.deepEqual(bundled().lookupName('广东省政务服务数据管理局').map((n) => n.name), ['省政务服务数据管理局']);
  const agency = bundled().lookupName('省政务服务数据管理局')[0];
  assert.deepEqual([...agency.aliases].sort(), ['广东省政务服务数据管理局', '省政数局'].sort());
  // The deprecated 省信息中心 says what replaced it and which document says so.
  const old = bundled().lookupName('省信息中心')[0];
  assert.equal(old.deprecated?.replacedBy, '省政务服务数据管理局');
  assert.equal(old.deprecated?.source, '广东省数字政府改革建设“十四五”规划');
});

test('数字广东公司 is an alias from the text’s （以下简称数字广东公司）, even without a registry', () => {
  const disk = readCorpusFolders([CORPUS]);
  const index = CorpusIndex.build(disk.files, EMPTY_REGISTRY, new SimpleSegmenter());
  assert.deepEqual(index.lookupName('数字广东公司').map((n) => `${n.kind}:${n.name}`), ['agency:数字广东网络建设有限公司']);
  assert.deepEqual(index.lookupName('省政数局'), []); // that one only the registry knows
});

test('documents by 文号 (any bracket width) and by title (with or without 《》)', () => {
  const index = bundled();
  assert.equal(index.findDocument('粤办函〔2022〕24号')?.meta.id, WORK_POINTS_2022);
  assert.equal(index.findDocument('粤办函(2021)44号')?.meta.id, WORK_POINTS_2021);
  assert.equal(index.findDocument('粤府［2023］47号')?.meta.id, OPINIONS_2023);
  assert.equal(index.findDocument('《广东省数字政府改革建设“十四五”规划》')?.meta.id, PLAN);
  assert.equal(index.findDocument('广东省数字政府改革建设2021年工作要点')?.meta.id, WORK_POINTS_2021);
  assert.equal(index.findDocument('粤办函〔2022〕25号'), undefined);
});

test('a 文号 of a corpus document is one name, that document’s, not a second “cited only” document', () => {
  const names = bundled().lookupName('粤办函〔2022〕24号');
  assert.deepEqual(names.map((n) => [n.kind, n.name, n.docId]), [['document', '广东省数字政府改革建设2022年工作要点', WORK_POINTS_2022]]);
  // A cited document the corpus does not hold stays a document name without a docId.
  const cited = bundled().lookupName('广东省公共数据管理办法');
  assert.deepEqual(cited.map((n) => [n.kind, n.docId]), [['document', undefined]]);
});

test('a task by document and number, in any bracket width, by id, 文号 or title', () => {
  const index = bundled();
  const five = index.clause(WORK_POINTS_2022, '（五）');
  assert.equal(five?.title, '完善公共数据管理体系');
  assert.equal(five?.range.start.line, 45);
  assert.equal(index.clause('粤办函〔2022〕24号', '(五)'), five);
  assert.equal(index.clause('粤办函〔2021〕44号', '（二十七）')?.title, '强化法规制度和标准规范保障');
  assert.equal(index.clause('广东省数字政府改革建设2021年工作要点', '二十七')?.title, '强化法规制度和标准规范保障');
  assert.equal(index.clause(WORK_POINTS_2022, '（三十一）'), undefined);
});

test('search: 政务云 算力 finds the plan’s section on 政务云 capacity first, then other 政务云 clauses', () => {
  const hits = bundled().searchClauses('政务云 算力', 5);
  assert.equal(hits[0].document.meta.id, PLAN);
  assert.equal(hits[0].clause.title, '增强政务云服务能力'); // 第八章 第一节: 政务云…算力需求
  for (const hit of hits.slice(0, 3)) assert.ok(hit.clause.text.includes('政务云'), hit.clause.title);
  assert.ok(
    hits.some((h) => h.document.meta.id === WORK_POINTS_2022 && h.clause.number === '（二十）'),
    '2022 （二十）提高政务云服务能力 is among the top 5',
  );
});

test('search: 一网统管 ranks tasks named after it first', () => {
  const hits = bundled().searchClauses('一网统管', 5);
  for (const hit of hits.slice(0, 3)) assert.ok(hit.clause.title.includes('“一网统管”'), hit.clause.title);
  for (const hit of hits) assert.ok(hit.clause.text.includes('一网统管'), hit.clause.title);
});

test('search: 粤省事 活跃用户 finds the 2021 task that sets the 粤省事 daily-active-user target', () => {
  const [top] = bundled().searchClauses('粤省事 活跃用户', 3);
  assert.equal(top.document.meta.id, WORK_POINTS_2021);
  assert.equal(top.clause.number, '（二）');
  assert.equal(top.clause.title, '深化“粤系列”平台型应用建设');
});
