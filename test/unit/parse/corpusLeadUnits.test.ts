// Lead units of numbered tasks in the 2021 and 2022 work points, as the files print them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { doc, task, tasks, WORK_POINTS_2021, WORK_POINTS_2022 } from '../corpus/bundled.js';

const names = (id: string, path: string) => task(doc(id), path).leadUnits.map((u) => u.name);
const written = (id: string, path: string) => task(doc(id), path).leadUnits.map((u) => u.written);

test('2021 （二十七）: 省司法厅、政务服务数据管理局 -> both 省 agencies', () => {
  assert.deepEqual(names(WORK_POINTS_2021, '六、 （二十七）'), ['省司法厅', '省政务服务数据管理局']);
  assert.deepEqual(written(WORK_POINTS_2021, '六、 （二十七）'), ['省司法厅', '政务服务数据管理局']);
  assert.equal(task(doc(WORK_POINTS_2021), '六、 （二十七）').title, '强化法规制度和标准规范保障');
});

test('2021 (二十二): （省委政法委，省公安厅、政务服务数据管理局，相关地市政府牵头）', () => {
  assert.deepEqual(names(WORK_POINTS_2021, '五、 (二十二)'), [
    '省委政法委',
    '省公安厅',
    '省政务服务数据管理局',
    '相关地市政府',
  ]);
  assert.deepEqual(written(WORK_POINTS_2021, '五、 (二十二)'), [
    '省委政法委',
    '省公安厅',
    '政务服务数据管理局',
    '相关地市政府',
  ]);
});

test('2021: ASCII brackets, a company, a city government and 按职责分别', () => {
  assert.deepEqual(names(WORK_POINTS_2021, '三、 (十二) 7.'), ['省司法厅', '省市场监管局', '省政务服务数据管理局']);
  assert.deepEqual(names(WORK_POINTS_2021, '六、 （二十八）'), ['省政务服务数据管理局', '数字广东网络建设有限公司']);
  assert.deepEqual(names(WORK_POINTS_2021, '四、 (二十)'), ['省政务服务数据管理局', '深圳市政府']);
  assert.deepEqual(names(WORK_POINTS_2021, '二、 （七）'), ['省有关部门']);
  assert.deepEqual(names(WORK_POINTS_2021, '三、 (十二) 6.'), ['省政务服务数据管理局', '省公共资源交易中心']);
});

test('2022: lists that mix 省-prefixed and bare names, in either bracket width', () => {
  assert.deepEqual(names(WORK_POINTS_2022, '三、 (十) 2.'), [
    '省政务服务数据管理局',
    '省住房城乡建设厅',
    '各地级以上市政府',
  ]);
  assert.deepEqual(names(WORK_POINTS_2022, '三、 （十二） 4.'), ['省政务服务数据管理局', '省司法厅', '省市场监管局']);
  assert.deepEqual(names(WORK_POINTS_2022, '二、 （七）'), ['省政务服务数据管理局', '省交易控股集团', '深圳市政府']);
  assert.deepEqual(names(WORK_POINTS_2022, '五、 (二十二)'), ['省政务服务数据管理局', '省委政法委', '省公安厅']);
  assert.deepEqual(names(WORK_POINTS_2022, '四、 （十九） 1.'), [
    '省政府办公厅',
    '省市场监管局',
    '省政务服务数据管理局',
  ]);
  // 省民政厅、残联: the federation of the disabled is the province's too.
  assert.deepEqual(names(WORK_POINTS_2022, '四、 （十八） 4.'), ['省民政厅', '省残联']);
  // （二十） closes with a fullwidth （ and an ASCII ).
  assert.deepEqual(names(WORK_POINTS_2022, '五、 （二十）'), ['省政务服务数据管理局']);
});

test('2022 （二十六）: the task runs on to its second paragraph, which carries （省有关部门按职责分别牵头）', () => {
  const clause = task(doc(WORK_POINTS_2022), '六、 （二十六）');
  assert.deepEqual(
    clause.leadUnits.map((u) => u.name),
    ['省有关部门'],
  );
  assert.equal(clause.range.start.line, 195);
  assert.equal(clause.range.end.line, 197);
  assert.ok(clause.text.endsWith('在线监管水平。（省有关部门按职责分别牵头）'), clause.text);
});

test('2022 (三十): the closing paragraphs after the last task are not part of it', () => {
  const clause = task(doc(WORK_POINTS_2022), '六、 (三十)');
  assert.equal(clause.range.end.line, 205);
  assert.ok(!clause.text.includes('各地、各部门要根据本工作要点'), clause.text);
});

test('tasks that group subtasks carry no lead units of their own; counts per document', () => {
  assert.deepEqual(task(doc(WORK_POINTS_2022), '三、 (十)').leadUnits, []);
  // 2022: 76 tasks; only the ten headers （十）…（十九） have none. （二十七） names its lead unit without
  // the word 牵头 — （省政务服务数据管理局） — and that still counts.
  const without2022 = tasks(doc(WORK_POINTS_2022))
    .filter((c) => c.leadUnits.length === 0)
    .map((c) => c.number);
  assert.deepEqual(without2022, [
    '(十)',
    '(十一)',
    '（十二）',
    '（十三）',
    '（十四）',
    '（十五）',
    '（十六）',
    '（十七）',
    '（十八）',
    '（十九）',
  ]);
  const twentySeventh = tasks(doc(WORK_POINTS_2022)).find((c) => c.number === '（二十七）');
  assert.deepEqual(
    twentySeventh?.leadUnits.map((u) => u.name),
    ['省政务服务数据管理局'],
  );
  // 2021: 61 tasks; only the six headers （十一）…（十六） have none.
  const without2021 = tasks(doc(WORK_POINTS_2021))
    .filter((c) => c.leadUnits.length === 0)
    .map((c) => c.number);
  assert.deepEqual(without2021, ['（十一）', '(十二)', '(十三)', '(十四)', '（十五）', '（十六）']);
});

test('a task title is its first sentence, its titleRange covers exactly that on the line', () => {
  const clause = task(doc(WORK_POINTS_2022), '二、 （五）');
  assert.equal(clause.title, '完善公共数据管理体系');
  const line = doc(WORK_POINTS_2022).lines.lineText(clause.titleRange.start.line);
  assert.equal(line.slice(clause.titleRange.start.character, clause.titleRange.end.character), '完善公共数据管理体系');
  assert.equal(clause.sectionTitle, '实现数据要素市场化配置改革新突破');
});
