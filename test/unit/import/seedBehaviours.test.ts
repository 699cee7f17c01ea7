// The importer's behaviours on the real seed documents.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { importDocument } from '../../../server/src/service/import/importDocument.js';
import { normalizeSource } from '../../../server/src/service/import/normalizeSource.js';
import { SEED_DIR, bodyOf, linesOf } from './textLedger.js';

const load = (file: string) => readFileSync(join(SEED_DIR, file), 'utf8');
const PLAN = '004_5b5c9998506321a0.txt';

test('plan: a word split by a page break is rejoined, a character repeated at the break is kept', () => {
  const lines = linesOf(bodyOf(importDocument(load(PLAN), PLAN).markdown));
  assert.ok(lines.some((line) => line.includes('广东要努力在全面建设社会主义现代化国家新征程中走在全国前列')));
  // The source prints 平台 / 台 and 标 / 标准化 at breaks; deciding which copy is stray is not ours.
  assert.ok(lines.some((line) => line.includes('全国一体化在线政务服务平台台、“互联网+监管”平台')));
  assert.ok(lines.some((line) => line.includes('深化各级政务服务大厅标标准化建设')));
  // A quoted name split mid-quote.
  assert.ok(lines.some((line) => line.includes('通过推行“一件事”主题服务')));
});

test('plan: a footnote printed between the two halves of a paragraph moves below it', () => {
  const lines = linesOf(bodyOf(importDocument(load(PLAN), PLAN).markdown));
  const paragraph = lines.findIndex((line) => line.includes('组建省政务服务数据管理局，结合全省机构改革工作'));
  assert.ok(paragraph >= 0, 'the paragraph is rejoined across the footnote');
  assert.equal(lines[paragraph + 1], '[^1]: 本节数据统计截至2020年12月31日。');
  assert.ok(lines.includes('第一节 改革实施情况[^1]'), 'the mark after the heading becomes a reference');
  assert.ok(lines.includes('表1 广东省数字政府“十四五”发展主要公共指标[^2]'));
  assert.equal(lines.filter((line) => /^\[\^\d+\]:/.test(line)).length, 2);
});

test('plan: the indicator table split by a page break and a footnote is one 21-row table', () => {
  const lines = linesOf(bodyOf(importDocument(load(PLAN), PLAN).markdown));
  const header = lines.indexOf('| 序号 | 类别 | 主要指标 | 现状值 | 目标值 |');
  assert.ok(header >= 0);
  assert.equal(lines[header + 1], '| --- | --- | --- | --- | --- |');
  const rows = [];
  for (let line = header + 2; lines[line]?.startsWith('|'); line++) rows.push(lines[line]);
  assert.equal(rows.length, 21);
  assert.equal(rows[0], '| 1 | 数字化履职能力 | “零跑动”事项覆盖率（%） | 60 | 80 |');
  // A category cell spanning rows in print stays empty below, as in the source.
  assert.equal(rows[1], '| 2 |  | 一窗综合受理率（%） | 96 | 100 |');
  assert.equal(rows[20], '| 21 |  | 参与和主导制定数字政府相关国家、行业、地方标准数量（项） | - | 10 |');
  assert.ok(
    lines[header + 23].startsWith('[^2]: 本规划列举的是数字政府主要公共指标'),
    'the footnote follows the whole table',
  );
  assert.equal(lines.filter((line) => line === '| 序号 | 类别 | 主要指标 | 现状值 | 目标值 |').length, 1);
  // The annex table of calculation methods is split the same way.
  const annex = lines.indexOf('| 序号 | 主要指标 | 计算方法 |');
  const annexRows = lines.slice(annex + 2).findIndex((line) => !line.startsWith('|'));
  assert.equal(annexRows, 21);
});

test('plan: the table of contents is gone, the title stays apart from its date, the glossary ends the file', () => {
  const { removals } = normalizeSource(load(PLAN));
  const toc = removals.filter((removal) => removal.reason === 'table-of-contents');
  assert.equal(toc.length, 62, 'the 目录 heading and its 61 entries');
  assert.equal(toc[0].text, '目 录');
  assert.ok(
    toc.slice(1).every((removal) => /\d+$/.test(removal.text.trim())),
    'every entry ends with a page number',
  );

  const lines = linesOf(bodyOf(importDocument(load(PLAN), PLAN).markdown));
  assert.ok(!lines.some((line) => /\.{3,}/.test(line) || /^目\s*录$/.test(line)));
  assert.equal(lines.filter((line) => line === '第一章 发展现状').length, 1);
  assert.deepEqual(lines.slice(0, 3), ['广东省数字政府改革建设“十四五”规划', '2021年7月', '引言']);
  assert.match(lines[lines.length - 1], /^46\. “x86\+ARM\+GPU\+NPU”: x86 一般指 Intel x86.*计算场景。$/);
  // Spaces from line wraps between Han characters close; spaces next to Latin and digits stay.
  assert.ok(lines.some((line) => line.includes('进行信息化管理和服务，实现市')));
  assert.ok(lines.some((line) => line.includes('项接入商业银行超 2 万台终端')));
});

test('plan: metadata from the title, the cover month and the stated period', () => {
  const { meta, warnings } = importDocument(load(PLAN), PLAN, { issuer: '广东省人民政府' });
  assert.equal(meta.title, '广东省数字政府改革建设“十四五”规划');
  assert.equal(meta.kind, '规划');
  assert.equal(meta.date, '2021-07');
  assert.deepEqual(meta.period, [2021, 2025]);
  assert.equal(meta.docNumber, undefined);
  assert.equal(meta.issuer, '广东省人民政府');
  assert.deepEqual(meta.supplied, ['issuer']);
  assert.equal(meta.id, '004_5b5c9998506321a0');
  assert.equal(meta.source, PLAN);
  assert.ok(warnings.some((warning) => warning.includes('文号')));
  assert.ok(!warnings.some((warning) => warning.includes('发文机关')), 'a supplied field is not reported missing');
});

test('2022 work points (web scrape): headings kept as written, quoted name rejoined, metadata guessed', () => {
  const file = '000_f25cc0c734998372.txt';
  const { markdown, meta, warnings } = importDocument(load(file), file);
  const lines = linesOf(bodyOf(markdown));
  for (const heading of [
    '## **二、实现数据要素市场化配置改革新突破**',
    '### 三、开创省域治理工作新局面',
    '##### **（十六）优化政务服务机制。**',
    '# 广东省数字政府改革建设 2022 年工作要点',
  ]) {
    assert.ok(lines.includes(heading), heading);
  }
  assert.ok(lines.some((line) => line.includes('推广应用“粤商码” 免证办')));
  assert.ok(lines.includes('**公开方式：**主动公开'), 'the colophon field is not glued to 抄送');
  assert.equal(meta.title, '广东省数字政府改革建设2022年工作要点');
  assert.equal(meta.docNumber, '粤办函〔2022〕24号');
  assert.equal(meta.issuer, '广东省人民政府办公厅');
  assert.equal(meta.kind, '工作要点');
  assert.deepEqual(meta.period, [2022, 2022]);
  assert.equal(meta.date, '', 'the scrape has no date; it is left empty, not invented');
  assert.ok(warnings.some((warning) => warning.includes('成文日期')));
});

test('2022 preview: the advertisement is dropped and the copy marked truncated', () => {
  const file = '002_b4f8a07dfbbba275.txt';
  const { markdown, meta, warnings } = importDocument(load(file), file);
  assert.equal(meta.truncated, true);
  assert.ok(!markdown.includes('预览已结束') && !markdown.includes('yunbaogao'));
  assert.ok(warnings.some((warning) => warning.includes('预览')));
  assert.ok(markdown.includes('推进政府治理体系和治理能力现代化再上新台阶'));
  assert.equal(meta.docNumber, '粤办函〔2022〕24号', 'the loader recognizes the duplicate by 文号');
  assert.equal(meta.date, '2022-02-28');
  assert.equal(meta.title, '广东省数字政府改革建设2022年工作要点');
  assert.ok(linesOf(markdown).includes('省政府办公厅'), 'the signature is not glued to its date');
});

test('2021 work points (portal page): the portal chrome is dropped and its info box read', () => {
  const file = '003_08158673230b8c76.txt';
  const { markdown, meta } = importDocument(load(file), file);
  const body = bodyOf(markdown);
  for (const chrome of ['索引号', "People's Government", '发布日期', '收藏', '来源: 本网'])
    assert.ok(!body.includes(chrome), chrome);
  assert.equal(linesOf(body)[0], '广东省人民政府办公厅关于印发广东省数字政府改革建设2021年工作要点的通知');
  assert.equal(meta.title, '广东省数字政府改革建设2021年工作要点');
  assert.equal(meta.docNumber, '粤办函〔2021〕44号');
  assert.equal(meta.issuer, '广东省人民政府办公厅');
  assert.equal(meta.date, '2021-03-25');
  assert.deepEqual(meta.period, [2021, 2021]);
});

test('2023 opinions (Markdown with front matter): header read, hard breaks become paragraphs, indents go', () => {
  const file = '001_b817bb2221738514.txt';
  const { markdown, meta } = importDocument(load(file), file);
  assert.equal(meta.title, '广东省人民政府关于进一步深化数字政府改革建设的实施意见');
  assert.equal(meta.docNumber, '粤府〔2023〕47号');
  assert.equal(meta.issuer, '广东省人民政府');
  assert.equal(meta.date, '2023-06-08');
  assert.equal(meta.kind, '实施意见');
  const body = bodyOf(markdown);
  assert.ok(!/[ \u3000]$/m.test(body) && !/^[ \u3000]/m.test(body), 'no trailing or leading spaces left');
  assert.ok(!body.includes('layout:'), 'the source header is not part of the body');
  assert.match(body, /### （一）指导思想。\n\n坚持以习近平新时代/);
});
