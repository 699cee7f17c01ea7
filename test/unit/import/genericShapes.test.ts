// The same behaviours on documents of other provinces and other shapes, written for these tests:
// nothing in the importer may depend on how the Guangdong seeds happen to look.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { importDocument } from '../../../server/src/service/import/importDocument.js';
import { normalizeSource } from '../../../server/src/service/import/normalizeSource.js';
import { bodyOf, comparable, hanCount, keptLines, linesOf, sentencesOf } from './textLedger.js';

/** The ledger check of noTextLost.test.ts, for an inline document. */
function assertNothingLost(raw: string): void {
  const { removals } = normalizeSource(raw);
  const body = bodyOf(importDocument(raw, 'inline.txt').markdown);
  const missing = sentencesOf(keptLines(raw, removals)).filter((sentence) => !comparable(body).includes(sentence));
  assert.deepEqual(missing, []);
  const dropped = removals.reduce((sum, removal) => sum + hanCount(removal.text), 0);
  assert.equal(hanCount(body), hanCount(raw) - dropped);
}

const ZHEJIANG_WEB_PAGE = `浙江省人民政府门户网站
Zhejiang Provincial People's Government
首页 > 政务公开 > 政策文件
索引号：002482070/2023-00123
主题分类：综合政务
发文机关：浙江省人民政府办公厅
成文日期：2023年3月10日
标题：浙江省人民政府办公厅关于印发《浙江省数字化改革2023年工作要点》的通知
发文字号：浙政办发〔2023〕9号
发布日期：2023-03-15
【字体：大 中 小】 打印 分享到：

浙江省人民政府办公厅关于印发《浙江省数字化改革2023年工作要点》的通知

浙政办发〔2023〕9号

各市、县（市、区）人民政府，省政府直属各单位：

《浙江省数字化改革2023年工作要点》已经省政府同意，现印发给你们，请结合实际认真贯彻执行。

浙江省人民政府办公厅

2023年3月10日

浙江省数字化改革2023年工作要点

一、总体要求

　　坚持以数字化改革引领撬动各领域各方面改革，推动“浙里办”“浙政钉”迭代升级。

二、重点任务

（一）完善一体化智能化公共数据平台。推进省市县三级平台贯通，实现数据按需共享、高效
调用。（省大数据局牵头）

（二）深化“浙里办”应用。优化“浙里
办”移动端服务，新增高频事项 50 项。

扫一扫在手机打开当前页
【打印】【关闭】
上一篇：浙江省人民政府办公厅关于印发2022年工作要点的通知
`;

test('a Zhejiang portal page: other chrome dropped, info box read, wrapped lines joined', () => {
  const { markdown, meta, warnings } = importDocument(ZHEJIANG_WEB_PAGE, 'zj-2023.html.txt');
  const lines = linesOf(bodyOf(markdown));
  for (const chrome of ['门户网站', 'Zhejiang', '首页 >', '索引号', '打印', '扫一扫', '上一篇']) {
    assert.ok(!lines.some((line) => line.includes(chrome)), chrome);
  }
  assert.equal(lines[0], '浙江省人民政府办公厅关于印发《浙江省数字化改革2023年工作要点》的通知');
  assert.ok(
    lines.includes(
      '（一）完善一体化智能化公共数据平台。推进省市县三级平台贯通，实现数据按需共享、高效调用。（省大数据局牵头）',
    ),
  );
  assert.ok(lines.includes('（二）深化“浙里办”应用。优化“浙里办”移动端服务，新增高频事项 50 项。'));
  assert.ok(
    lines.includes('坚持以数字化改革引领撬动各领域各方面改革，推动“浙里办”“浙政钉”迭代升级。'),
    'indent removed',
  );
  assert.ok(lines.includes('浙江省人民政府办公厅') && lines.includes('2023年3月10日'), 'signature and date stay apart');
  assert.ok(lines.includes('一、总体要求') && lines.includes('二、重点任务'), 'headings stay apart from their bodies');
  assert.deepEqual(
    {
      title: meta.title,
      docNumber: meta.docNumber,
      issuer: meta.issuer,
      date: meta.date,
      kind: meta.kind,
      period: meta.period,
    },
    {
      title: '浙江省数字化改革2023年工作要点',
      docNumber: '浙政办发〔2023〕9号',
      issuer: '浙江省人民政府办公厅',
      date: '2023-03-10',
      kind: '工作要点',
      period: [2023, 2023],
    },
  );
  assert.deepEqual(warnings, []);
  assertNothingLost(ZHEJIANG_WEB_PAGE);
});

const SICHUAN_PLAN_PDF = `四川省“十四五”数字政府建设规划

二〇二一年十二月

目  录

前  言……………………………………1
第一章 发展基础……………………2
  第一节 建设成效···············2
  第二节 面临形势···············5
第二章 总体要求……………………8
附件 主要指标说明 ……… 30

前  言

数字政府是建设网络强国、数字中国的基础性和先导性工程。本规划依据《四川省国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要》编制，规划期为 2021—2025 年。

第一章 发展基础

第一节 建设成效³

“十三五”以来，全省一体化政务服务平台建设取得明显成效，“天府通办”注册用户突破

- 3 -

³ 数据截至2020年底。

5000 万，省级政务服务事项网上可办率达到 98%。

一是数据共享交换体系基本建成。依托省大数据中心，建成全省统一的数据共享交换平
平台，累计交换数据 120 亿条。

表 2 主要指标①

编号	指标名称	2020年	2025年	属性
1	政务服务事项网上可办率（%）	98	100	预期性
2	“天府通办”注册用户（万）	5000	8000	预期性

① 属性分为约束性和预期性。

编号	指标名称	2020年	2025年	属性
3	数据共享 需求满足率（%）	90	99	约束性

第 9 页

二是基础设施支撑能力持续增强。`;

test('a Sichuan plan from PDF: other leaders, page numbers, footnote marks and table columns', () => {
  const { markdown, meta } = importDocument(SICHUAN_PLAN_PDF, 'sc-plan.pdf.txt');
  const lines = linesOf(bodyOf(markdown));
  assert.ok(
    !lines.some((line) => /…|···|^- 3 -$|^第 9 页$|^目\s*录$/.test(line)),
    'table of contents and page numbers gone',
  );
  assert.deepEqual(lines.slice(0, 3), ['四川省“十四五”数字政府建设规划', '二〇二一年十二月', '前言']);
  assert.ok(lines.includes('第一节 建设成效[^3]'));
  const paragraph = lines.findIndex((line) =>
    line.includes('“天府通办”注册用户突破5000 万，省级政务服务事项网上可办率达到 98%。'),
  );
  assert.ok(paragraph >= 0, 'rejoined across a page number and a footnote');
  assert.equal(lines[paragraph + 1], '[^3]: 数据截至2020年底。');
  assert.ok(
    lines.some((line) => line.includes('数据共享交换平平台，累计交换数据 120 亿条。')),
    'the repeated character stays',
  );

  const header = lines.indexOf('| 编号 | 指标名称 | 2020年 | 2025年 | 属性 |');
  assert.ok(header > 0 && lines[header - 1] === '表 2 主要指标[^1]');
  assert.deepEqual(lines.slice(header + 2, header + 6), [
    '| 1 | 政务服务事项网上可办率（%） | 98 | 100 | 预期性 |',
    '| 2 | “天府通办”注册用户（万） | 5000 | 8000 | 预期性 |',
    '| 3 | 数据共享需求满足率（%） | 90 | 99 | 约束性 |',
    '[^1]: 属性分为约束性和预期性。',
  ]);
  assert.equal(lines[lines.length - 1], '二是基础设施支撑能力持续增强。');
  assert.deepEqual(
    { title: meta.title, kind: meta.kind, date: meta.date, period: meta.period, docNumber: meta.docNumber },
    {
      title: '四川省“十四五”数字政府建设规划',
      kind: '规划',
      date: '2021-12',
      period: [2021, 2025],
      docNumber: undefined,
    },
  );
  assertNothingLost(SICHUAN_PLAN_PDF);
});

const HUNAN_PREVIEW = `湖南省政务数据共享管理办法

第一章 总则

第三条 政务数据共享应当遵循统筹管理、按需共享的原则，坚持以共享为原则、不共享为例外。

第四条 县级以上人民政府应当加强对政务数据共享工作的领导，建立健全

试读已结束，剩余 8 页未读

[点击下载完整版](https://example.com/doc/123)
`;

test('a Hunan preview with another advertisement wording is marked truncated', () => {
  const { markdown, meta, warnings } = importDocument(HUNAN_PREVIEW, 'hn-preview.txt');
  assert.equal(meta.truncated, true);
  assert.equal(meta.kind, '办法');
  assert.ok(!markdown.includes('试读') && !markdown.includes('example.com'));
  assert.ok(linesOf(markdown).at(-1)?.endsWith('建立健全'), 'the text before the advertisement is kept as it stops');
  assert.ok(warnings.includes('文本是截断的预览，已删除末尾的“预览已结束”广告'), warnings.join('\n'));
  assert.deepEqual(importDocument(HUNAN_PREVIEW, 'hn-preview.txt', {}, 'en').warnings, [
    'The text is a truncated preview: dropped the "preview ended" advertisement at its end',
    'Could not determine the document number from the text',
    'Could not determine the issuer from the text',
    'Could not determine the date from the text',
    'Could not determine the period it governs from the text',
  ]);
  assertNothingLost(HUNAN_PREVIEW);
});

test('titles, headings, captions and numbered items are never glued to what follows', () => {
  const raw = [
    '关于加快推进数字乡村建设的实施方案',
    '',
    '2022年5月',
    '',
    '（一）总体目标',
    '',
    '到2025年，数字乡村建设取得重要进展，城乡“数字鸿沟”',
    '',
    '明显缩小。',
    '',
    '图 3 总体框架',
    '',
    '1. 夯实基础。完善网络设施，',
    '',
    '2. 推进应用。',
    '',
    '——强化保障。加大投入，完善',
    '',
    '——严格考核。',
  ].join('\n');
  const lines = linesOf(bodyOf(importDocument(raw, 'x.txt').markdown));
  assert.deepEqual(lines, [
    '关于加快推进数字乡村建设的实施方案',
    '2022年5月',
    '（一）总体目标',
    '到2025年，数字乡村建设取得重要进展，城乡“数字鸿沟”明显缩小。',
    '图 3 总体框架',
    '1. 夯实基础。完善网络设施，',
    '2. 推进应用。',
    '——强化保障。加大投入，完善',
    '——严格考核。',
  ]);
});

test('footnote numbers restarting on each page get distinct labels; unreferenced circled numbers stay', () => {
  const raw = [
    '甲方案¹实施以来成效明显。',
    '',
    '¹ 第一页的注。',
    '',
    '乙平台¹上线运行。',
    '',
    '¹ 第二页的注。',
    '',
    '①加强组织领导。',
  ].join('\n');
  const lines = linesOf(bodyOf(importDocument(raw, 'x.txt').markdown));
  assert.deepEqual(lines, [
    '甲方案[^1]实施以来成效明显。',
    '[^1]: 第一页的注。',
    '乙平台[^1-2]上线运行。',
    '[^1-2]: 第二页的注。',
    '①加强组织领导。',
  ]);
});

test('a table cell holding a pipe stays one cell', () => {
  const raw = '序号\t名称\n1\tA|B 两类\n2\t其他';
  assert.match(bodyOf(importDocument(raw, 'x.txt').markdown), /\| 1 \| A\\\|B 两类 \|/);
});
