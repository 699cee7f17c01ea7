// Four real published documents (../shared/corpora/raw: the Jiangsu, Fujian and Shandong digital-government
// plans and the central 数字中国 plan, verbatim), imported the way `corpus import` does and indexed as a
// user corpus. Every expected value below was read off the raw text by hand: metadata, numbered sections,
// tasks with their lead units and partners, names by kind, figures with kind and year, and the coverage
// `corpus stats` reports. They prove the importer and parser read other provinces' conventions correctly,
// without special cases, and that one province's figures are never held against another's drafts.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeCorpusFile } from '../../../server/src/service/corpus/decode.js';
import { documentMetaSchema } from '../../../server/src/service/corpus/metadata.js';
import { EMPTY_REGISTRY } from '../../../server/src/service/corpus/registry.js';
import { runChecks } from '../../../server/src/service/checks/runChecks.js';
import { corpusStats } from '../../../server/src/service/features/corpusStats.js';
import { draftDocument } from '../../../server/src/service/features/documentText.js';
import { importDocument } from '../../../server/src/service/import/importDocument.js';
import { CorpusIndex, type IndexedDocument } from '../../../server/src/service/index/corpusIndex.js';
import type { Clause, NameKind } from '../../../server/src/service/model.js';
import { flattenSections } from '../../../server/src/service/parse/sections.js';
import { SimpleSegmenter } from '../../../server/src/service/search/simpleSegmenter.js';
import { RAW_DOCUMENTS } from '../../sharedFolder.js';

const RAW = RAW_DOCUMENTS;
const FILES = ['jiangsu.md', 'fujian.md', 'shandong.md', 'gov.md'];

const raws = new Map(FILES.map((file) => [file, readFileSync(join(RAW, file))]));
const imported = FILES.map((file) => {
  const decoded = decodeCorpusFile(raws.get(file)!);
  if (!decoded.ok) throw new Error(`${file}: ${decoded.message}`);
  return importDocument(decoded.text, file);
});
const index = CorpusIndex.build(
  imported.map((d) => ({ uri: `file:///corpus/${d.meta.id}.md`, content: d.markdown })),
  EMPTY_REGISTRY,
  new SimpleSegmenter(),
);

function doc(id: string): IndexedDocument {
  const found = index.document(id);
  if (!found) throw new Error(`${id} is not indexed`);
  return found;
}

function metaOf(id: string) {
  const { title, docNumber, issuer, date, kind, period } = doc(id).meta;
  return { title, docNumber, issuer, date, kind, period, province: doc(id).jurisdiction?.province?.name };
}

/** Each expected section (number + title, as printed) is in the document's outline. */
function assertSections(id: string, expected: readonly string[]): void {
  const outline = flattenSections(doc(id).sections).map((s) => s.number + s.title);
  for (const section of expected) assert.ok(outline.includes(section), `${id}: ${section}`);
}

/** The task whose first sentence starts with `title` (unnumbered paragraph tasks are found by their text). */
function task(id: string, title: string): Clause {
  const found = doc(id).clauses.find((c) => c.kind === 'task' && c.title.startsWith(title));
  if (!found) throw new Error(`${id} has no task ${title}`);
  return found;
}

/** A task's lead units, then (after ；) its partners: 省数字办；省审改办、省大数据集团. */
function units(id: string, title: string): string {
  const clause = task(id, title);
  const partners = (clause.partners ?? []).map((u) => u.name).join('、');
  return clause.leadUnits.map((u) => u.name).join('、') + (partners ? `；${partners}` : '');
}

function assertKinds(kind: NameKind, names: readonly string[]): void {
  for (const name of names) assert.deepEqual([...new Set(index.lookupName(name).map((n) => n.kind))], [kind], name);
}

/** A document's figures about a subject (and metric), in text order: 'target 2025 95%'. */
const figures = (id: string, subject: string, metric?: string) =>
  doc(id)
    .figures.filter((f) => f.subject === subject && (metric === undefined || f.metric === metric))
    .map((f) => `${f.kind} ${f.year} ${f.value}${f.unit}`);

describe('real documents imported as a user corpus', () => {
  test('every file imports into valid metadata and the index loads all four without problems', () => {
    for (const { meta } of imported) assert.ok(documentMetaSchema.safeParse(meta).success, meta.id);
    assert.deepEqual(index.documents.map((d) => d.meta.id).join(' '), 'jiangsu fujian shandong gov');
    assert.deepEqual(index.problems, []);
    // Only the national plan, which has no 文号, warns.
    assert.deepEqual(imported.map((d) => d.warnings.length).join(' '), '0 0 0 1');
    assert.match(imported[3].warnings[0], /文号/);
  });

  test('Jiangsu: metadata from the front matter, sections, tasks and their own lead units', () => {
    assert.deepEqual(metaOf('jiangsu'), {
      title: '江苏省“十四五”数字政府建设规划',
      docNumber: '苏政办发〔2021〕61号', // written （苏政办发〔2021〕61号） in the subtitle
      issuer: '江苏省人民政府办公厅',
      date: '2021-08-31',
      kind: '规划',
      period: [2021, 2025], // 规划期限为2021－2025年
      province: '江苏省',
    });
    assertSections('jiangsu', ['一、发展现状和面临形势', '（四）“1234＋”总体架构', '1．提升政务服务便利化水平']);
    assertSections('jiangsu', ['（三）优化提升阶段（2025年）', '3．开展主动式安全监测防控']);
    // （责任单位：X、Y等，各设区市人民政府）: no 牵头单位 named, so the units listed lead the task.
    assert.equal(units('jiangsu', '升级一体化在线监管平台'), '省政务办、省市场监管局、省司法厅、各设区市人民政府');
    assert.equal(units('jiangsu', '推进生态治理数字化'), '省生态环境厅、省水利厅');
    // The paragraphs under 1．提升政务服务便利化水平 are tasks of their own, each with its own units.
    assert.deepEqual(doc('jiangsu').clauses.find((c) => c.title === '提升政务服务便利化水平')?.leadUnits, []);
    assert.deepEqual(task('jiangsu', '推行一件事通办').path.slice(0, 3), ['五、', '（一）', '1．']);
    assert.equal(units('jiangsu', '推行一件事通办'), '省政务办、各设区市人民政府');
    assert.match(units('jiangsu', '强化跨省通办'), /^省教育厅、省人力资源社会保障厅、省医保局、/);
    // 三、has no numbered tasks; its text closes with （责任单位：…）: the chapter is one task they lead.
    assert.equal(units('jiangsu', '集成数字政府统一入口'), '省各有关部门、各设区市人民政府');
    // （二）'s opening paragraph goes with its heading; the first task starts at its own paragraph.
    assert.equal(units('jiangsu', '优化数字教育建设'), '省教育厅、省文化和旅游厅、省科技厅、省体育局');
    assert.ok(!doc('jiangsu').clauses.some((c) => c.kind === 'task' && c.title.startsWith('强化基本公共服务')));
    // 南京、苏州、盐城等设区市人民政府 is one unit, and a group of places is no agency.
    assert.match(units('jiangsu', '推进数据要素规范流通'), /、南京、苏州、盐城等设区市人民政府$/);
    assert.deepEqual(index.lookupName('盐城等设区市人民政府'), []);
  });

  test('Jiangsu: platforms, slogans and agencies; targets for 2025 and what 十三五 achieved', () => {
    assertKinds('platform', ['苏服办', '“苏服办”', '苏服码', '苏企通']);
    assertKinds('term', ['一网通办', '放管服', '好差评']);
    assertKinds('agency', ['省政务办', '省大数据管理中心']);
    assert.deepEqual(figures('jiangsu', '掌上执法覆盖率'), ['target 2025 95%']);
    assert.deepEqual(figures('jiangsu', '政务服务一件事通办完成率'), ['target 2025 80%']);
    assert.deepEqual(figures('jiangsu', '公共数据按需共享率'), ['target 2025 99%']);
    // The province's portal (〈省〉政务服务网) is a platform: its figures are about it.
    assertKinds('platform', ['江苏政务服务网']);
    assert.deepEqual(figures('jiangsu', '江苏政务服务网', '实名用户注册'), ['achieved 2020 8000万']);
    assert.deepEqual(figures('jiangsu', '社保卡发卡'), ['achieved 2020 8800万张']);
  });

  test('Fujian: metadata as stored, sections, and tasks led by one unit with partners beside it', () => {
    assert.deepEqual(metaOf('fujian'), {
      title: '福建省数字政府改革和建设总体方案',
      docNumber: '闽政〔2022〕32号',
      issuer: '福建省人民政府厅', // sic: the front matter's author
      date: '2022-12-26',
      kind: '方案',
      period: [2022, 2025],
      province: '福建省',
    });
    assertSections('fujian', ['四、主要任务', '（三）优化政务服务“一网通办”', '12.强化政务服务“掌上办”']);
    assertSections('fujian', ['（四）一个综合门户', '46.强化标准实施监督落实']);
    // （X牵头，Y、Z按职责分工负责）
    assert.match(units('fujian', '全面提升“一个综合门户”'), /^省数字办；省政府办公厅、省大数据集团、/);
    assert.equal(units('fujian', '推进政务服务“智能办”'), '省数字办；省审改办、省大数据集团');
    assert.equal(units('fujian', '打造政务服务“总客服”'), '省政府办公厅；省数字办、省大数据集团');
    assert.equal(units('fujian', '完善政府绩效管理'), '省效能办；省发改委、省数字办、省经济信息中心、省大数据集团');
    // （X、Y按职责分工负责）, no 牵头: both are the task's units.
    assert.equal(units('fujian', '强化政务服务“掌上办”'), '省数字办、省大数据集团');
    // The third paragraph of 3. is a task of its own under 3.; 4.'s partners are not its units.
    assert.deepEqual(task('fujian', '建设一体化运维监管平台').path.slice(0, 3), ['四、', '（一）', '3.']);
    assert.equal(units('fujian', '建设一体化运维监管平台'), '省数字办、省大数据集团');
  });

  test('Fujian: platforms, slogans, agencies; the indicator table and prose targets for 2025', () => {
    assertKinds('platform', ['闽政通（公众版）', '闽政通（政务版）', '福建码']);
    assertKinds('term', ['一网通办', '一网统管', '一网协同', '一事一表']);
    // 各设区市人民政府和平潭综合实验区管委会: two units, the second a named body.
    assertKinds('agency', ['省数字办', '省大数据集团', '省审改办', '平潭综合实验区管委会']);
    const rows = doc('fujian').indicators.map(
      (i) => `${i.number} ${i.category} ${i.name} ${i.target}${i.unit} ${i.targetYear}`,
    );
    assert.equal(rows.length, 21);
    assert.equal(rows[0], '1 政务服务 一窗综合受理率 100% 2025');
    assert.equal(rows[12], '13 省域治理 监管事项清单标准化率 95% 2025');
    assert.equal(rows[18], '19 数据治理 公共数据汇聚数量 1000亿条 2025');
    // 闽政通（公众版）日活用户数达到120万 in the prose, 120 万名 in row 10; the 政务版 only in row 11.
    const daily = '日均活跃用户';
    assert.deepEqual(figures('fujian', '闽政通（公众版）', daily), ['target 2025 120万', 'target 2025 120万名']);
    assert.deepEqual(figures('fujian', '闽政通（政务版）', daily), ['target 2025 50万名']);
    assert.deepEqual(figures('fujian', '政府部门电子印章覆盖率'), ['target 2025 95%', 'target 2025 95%']);
    // 发展现状: what the province has reached is no target.
    assert.match(figures('fujian', '各级政务服务事项全程网办比例').join(), /^achieved \d+ 80%$/);
  });

  test('Shandong: metadata, sections and the 牵头单位/责任单位 forms', () => {
    assert.deepEqual(metaOf('shandong'), {
      title: '山东省数字政府建设实施方案',
      docNumber: '鲁政字〔2023〕15号',
      issuer: '山东省人民政府',
      date: '2022-12-26', // as the front matter states (its last line: 办公厅 printed it 2023-01-30)
      kind: '方案',
      period: [2022, 2025],
      province: '山东省',
    });
    // （四） is a heading with its body on the same line: the title stops at the first 。
    assertSections('shandong', ['二、全面建设高效协同的施政履职数字化工作体系', '（四）提升公共服务数字化水平']);
    assertSections('shandong', ['2.推进机关办公协同化', '7.地理信息服务', '（四）强化考核评估']);
    assert.equal(units('shandong', '加快经济社会运行数据整合利用'), '省发展改革委、省大数据局；省政府有关部门');
    assert.match(units('shandong', '提升社会矛盾化解能力'), /^省委政法委；省妇联、省法院、省检察院、/);
    assert.equal(units('shandong', '推进社会治安防控体系智能化'), '省委政法委、省公安厅'); // 牵头单位 alone
    assert.equal(task('shandong', '加强经济社会运行监测预警').leadUnits.length, 7); // 责任单位 alone
    assert.equal(units('shandong', '优化政策发布解读'), '省政府办公厅；省政府各部门'); // ASCII colons
    // The unnumbered paragraph after 2. has its own 责任单位, which 2. does not take over.
    assert.equal(units('shandong', '推进机关办公协同化'), '省委办公厅、省政府办公厅、省大数据局；省政府各部门');
    assert.deepEqual(task('shandong', '坚持统建共用').path.slice(0, 3), ['二、', '（六）', '2.']);
    assert.match(units('shandong', '坚持统建共用'), /^省委组织部、省委省直机关工委、省档案馆、/);
  });

  test('Shandong: platforms, slogans, agencies; 2023 and 2025 targets keep their own years', () => {
    assertKinds('platform', ['爱山东', '山东通']);
    assertKinds('term', ['一网统揽', '一码通行', '一网通办']);
    assertKinds('agency', ['省大数据局', '团省委']);
    assert.deepEqual(index.lookupName('省团省委'), []);
    // …、省民政厅等有关部门: the named body, not the phrase.
    assert.equal(units('shandong', '提高基层治理精细水平'), '省委政法委、省大数据局、省民政厅');
    assert.deepEqual(figures('shandong', '智慧社区'), ['target 2023 2000个']);
    assert.deepEqual(figures('shandong', '智慧社区覆盖率'), ['target 2025 90%']);
    assert.deepEqual(figures('shandong', '数字经济核心产业增加值占GDP比重'), ['target 2025 10%']);
    assert.deepEqual(figures('shandong', '农村家庭具备千兆接入能力'), ['target 2025 80%']);
  });

  test('the national plan: no 文号, national scope, its outline, no lead units and no figures', () => {
    const { title, docNumber, issuer, date, kind, period, jurisdiction } = doc('gov').meta;
    assert.deepEqual(
      { title, docNumber, issuer, date, kind, period, jurisdiction },
      {
        title: '数字中国建设整体布局规划',
        docNumber: undefined,
        issuer: '中共中央、国务院',
        date: '2023-02-27',
        kind: '规划',
        period: [2023, 2025], // 到2025年 near-term goals (and a 2035 vision)
        jurisdiction: '全国',
      },
    );
    assertSections('gov', [
      '一、建设意义',
      '三、建设目标',
      '四、整体框架',
      '（二）全面赋能经济社会发展',
      '五、保障机制',
    ]);
    assert.equal(flattenSections(doc('gov').sections).length, 9); // 一、to 五、and （一）to（四）under 四、
    assert.ok(doc('gov').clauses.every((c) => c.leadUnits.length === 0));
    assert.deepEqual(doc('gov').figures, []);
    assertKinds('term', ['2522']);
  });

  test('corpus stats: every line of text lands in a clause', () => {
    const stats = corpusStats(index, []);
    for (const d of stats.documents) assert.equal(d.linesInClauses, d.textLines, d.id);
    // Counted off the raw files: body lines with four Han characters in a row, table rows left out. (The
    // national plan's 二是…, 五是… stay paragraphs of their own after a line that ends without a stop.)
    const rawTextLines = (file: string) =>
      raws
        .get(file)!
        .toString('utf8')
        .replace(/^---\n[\s\S]*?\n---\n/, '')
        .split('\n')
        .filter((l) => /[\u4e00-\u9fff]{4}/.test(l) && !/^\s*\|/.test(l)).length;
    assert.deepEqual(
      stats.documents.map((d) => d.textLines),
      FILES.map(rawTextLines),
    );
  });

  test('a Fujian target stated in a Jiangsu draft is not compared with Fujian’s figure', () => {
    const codes = (title: string) =>
      runChecks(index, draftDocument('file:///drafts/d.md', 1, `# ${title}\n\n到2025年，全市政务网接入率达到90%。\n`), {
        locale: 'zh',
      }).map((f) => f.code);
    assert.deepEqual(codes('江苏省某市数字政府建设工作要点'), []);
    // The same sentence in a Fujian draft is held against Fujian's 100%.
    assert.deepEqual(codes('福建省某市数字政府建设工作要点'), ['value.conflict']);
  });
});
