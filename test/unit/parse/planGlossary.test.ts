// The plan's 附件 2 名词解释, as the parser reads it from the bundled corpus. Expected values are copied
// from corpus/2021-07 广东省数字政府改革建设“十四五”规划.md (lines 1015–1105, 1-based).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { doc, PLAN } from '../corpus/bundled.js';

const plan = () => doc(PLAN);
const entry = (number: number) => {
  const found = plan().glossary.find((e) => e.number === number);
  assert.ok(found, `no glossary entry ${number}`);
  return found;
};

test('the plan glossary has 46 entries, numbered 1–46 in order, all from 附件 2 名词解释', () => {
  const glossary = plan().glossary;
  assert.equal(glossary.length, 46);
  assert.deepEqual(
    glossary.map((e) => e.number),
    Array.from({ length: 46 }, (_, i) => i + 1),
  );
  assert.deepEqual([...new Set(glossary.map((e) => e.sectionTitle))], ['名词解释']);
  // Each entry starts on its own line, one blank line apart: entry n is on line 1015 + 2(n−1), 1-based.
  assert.deepEqual(
    glossary.map((e) => e.range.start.line),
    glossary.map((e) => 1014 + 2 * (e.number - 1)),
  );
});

test('entry 12 “一网统管”: one term, the whole definition, quotes kept inside it', () => {
  const e = entry(12);
  assert.deepEqual(e.terms, ['一网统管']);
  assert.equal(e.head, '“一网统管”');
  assert.equal(
    e.definition,
    '“一网”是指数字政府一体化的云、网、大数据中心、公共支撑平台和感知体系等，“统管”是指充分依托“一网”的基础能力，围绕经济调节、市场监管、社会管理、公共服务和生态环境保护等政府五大职能，优化管理体系和管理流程，构建横向到边、纵向到底、全闭环的数字化治理模式，实现省域范围“一网感知态势、一网纵观全局、一网决策指挥、一网协同共治”。',
  );
  assert.deepEqual(e.range, {
    start: { line: 1036, character: 0 },
    end: { line: 1036, character: plan().lines.lineText(1036).length },
  });
});

test('entry 31 “IT” “CT” “DT” defines three terms', () => {
  const e = entry(31);
  assert.deepEqual(e.terms, ['IT', 'CT', 'DT']);
  assert.equal(e.head, '“IT” “CT” “DT”');
  assert.equal(
    e.definition,
    'IT 是指 Information Technology，即信息技术；CT 是指 Communication Technology，即通信技术；DT 是指 Data Technology，即数据处理技术。',
  );
});

test('entry 6 一网、一地、一窗… defines seven terms, because the definition explains each one (bold marks dropped)', () => {
  const e = entry(6);
  assert.deepEqual(e.terms, ['一网', '一地', '一窗', '一次', '一机', '一码', '一号']);
  assert.equal(e.head, '“一网、一地、一窗、一次、一机、一码、一号”');
  assert.ok(e.definition.startsWith('一网是指政务服务统一网上入口；一地是指全省通办'), e.definition);
  assert.ok(e.definition.endsWith('一号是指 12345 政务服务便民热线。'), e.definition);
});

test('entry 18 “政企合作、管运分离” is one slogan, not two terms', () => {
  const e = entry(18);
  assert.deepEqual(e.terms, ['政企合作、管运分离']);
  assert.equal(
    e.definition,
    '创新政府管理、企业运营的政务信息化建设模式，在政府统筹指导下，由企业主体负责数字政府建设运营，政府和企业共促数字政府建设发展。',
  );
  // The same shape with parts the definition does not explain: also one term.
  assert.deepEqual(entry(16).terms, ['双随机、一公开']);
  assert.deepEqual(entry(19).terms, ['省统、市建、共推']);
});

test('entry 33 建筑信息模型（BIM）: the full name and the abbreviation are both names of the term', () => {
  const e = entry(33);
  assert.deepEqual(e.terms, ['建筑信息模型', 'BIM']);
  assert.equal(e.head, '建筑信息模型（BIM）');
  assert.equal(
    e.definition,
    '在建设工程及设施全生命期内，对其物理和功能特性进行数字化表达，并依此设计、施工和运营的过程和结果的总称。',
  );
  assert.deepEqual(entry(34).terms, ['城市信息模型', 'CIM']);
});

test('entries without a space after the number, with ASCII colons, and 29.5G that looks like a decimal', () => {
  assert.deepEqual(entry(29).terms, ['5G']);
  assert.equal(entry(29).definition, '5th generation wireless systems 的缩写，即第五代移动通信技术。');
  assert.deepEqual(entry(36).terms, ['安全多方计算', '同态加密']);
  assert.deepEqual(entry(39).terms, ['版式文档']);
  assert.deepEqual(entry(40).terms, ['IaaS', 'PaaS', 'SaaS']);
  assert.deepEqual(entry(41).terms, ['VR']);
  assert.deepEqual(entry(43).terms, ['IPv6']);
  assert.deepEqual(entry(9).terms, ['政府服务小屋']);
  assert.deepEqual(entry(10).terms, ['好差评']);
  assert.equal(entry(10).head, '政务服务“好差评”');
});

test('entry 46 is on the last line of the file and its definition is complete', () => {
  const e = entry(46);
  const lastLine = plan().text.trimEnd().split('\n').length - 1; // the file ends with one newline
  assert.equal(plan().lines.lineText(lastLine).startsWith('46. '), true);
  assert.equal(e.range.start.line, lastLine);
  assert.equal(e.range.end.line, lastLine);
  assert.deepEqual(e.terms, ['x86+ARM+GPU+NPU']);
  assert.ok(e.definition.startsWith('x86 一般指 Intel x86，'), e.definition);
  assert.ok(e.definition.endsWith('适用于人工智能（AI）计算场景。'), e.definition);
});

test('glossary entries are not tasks: no numbered task of the plan comes from 附件 2', () => {
  const fromAnnex = plan().clauses.filter((c) => c.range.start.line >= 1010);
  assert.deepEqual(
    fromAnnex.map((c) => c.path.join(' ')),
    [],
  );
});
