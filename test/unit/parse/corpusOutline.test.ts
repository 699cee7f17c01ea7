// The section trees of the plan and of the 2022 work points, checked against the files' headings.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { doc, PLAN, sectionsOf, tasks, WORK_POINTS_2021, WORK_POINTS_2022 } from '../corpus/bundled.js';

const CHINESE_1_TO_30 = [
  '一',
  '二',
  '三',
  '四',
  '五',
  '六',
  '七',
  '八',
  '九',
  '十',
  '十一',
  '十二',
  '十三',
  '十四',
  '十五',
  '十六',
  '十七',
  '十八',
  '十九',
  '二十',
  '二十一',
  '二十二',
  '二十三',
  '二十四',
  '二十五',
  '二十六',
  '二十七',
  '二十八',
  '二十九',
  '三十',
];

test('the plan has 第一章…第十一章 at the top, with 附件 1 and 附件 2 after them', () => {
  const roots = doc(PLAN).sections;
  assert.deepEqual(
    roots.map((s) => `${s.number} ${s.title}`),
    [
      '第一章 发展现状',
      '第二章 总体要求',
      '第三章 总体架构',
      '第四章 优化政务服务“一网通办”',
      '第五章 推动省域治理“一网统管”',
      '第六章 强化政府运行“一网协同”',
      '第七章 推进数据要素市场化配置改革',
      '第八章 夯实数字政府基础支撑能力',
      '第九章 筑牢数字政府安全防线',
      '第十章 深化体制机制建设',
      '第十一章 保障措施',
      '附件 1 指标计算方法',
      '附件 2 名词解释',
    ],
  );
  assert.deepEqual(
    roots.map((s) => s.kind),
    [...Array(11).fill('chapter'), 'annex', 'annex'],
  );
  assert.deepEqual(
    roots.map((s) => s.ordinal),
    [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2],
  );
  // 附件 1 runs from its heading (line 983, 1-based) to the line before 附件 2 (line 1011).
  assert.deepEqual(roots[11].range.start, { line: 982, character: 0 });
  assert.equal(roots[11].fullRange.end.line, 1009);
});

test('the plan’s 节 sit under their chapters: 2, 5, 5, 4, 6, 3, 3, 6, 3, 5, 5', () => {
  const parts = doc(PLAN)
    .sections.filter((s) => s.kind === 'chapter')
    .map((chapter) => chapter.children.filter((c) => c.kind === 'part').length);
  assert.deepEqual(parts, [2, 5, 5, 4, 6, 3, 3, 6, 3, 5, 5]);
  const chapter8 = doc(PLAN).sections[7];
  assert.deepEqual(
    chapter8.children.map((s) => `${s.number} ${s.title}`),
    [
      '第一节 增强政务云服务能力',
      '第二节 提升政务网络支撑能力',
      '第三节 完善一体化政务大数据中心',
      '第四节 提升业务中台能力',
      '第五节 健全标准规范体系',
      '第六节 提高运行管理水平',
    ],
  );
});

test('专栏 1–21 are boxes inside their 节, each with its title', () => {
  const boxes = sectionsOf(doc(PLAN), 'box');
  assert.deepEqual(
    boxes.map((b) => b.ordinal),
    Array.from({ length: 21 }, (_, i) => i + 1),
  );
  assert.deepEqual(
    boxes.map((b) => b.number),
    boxes.map((b) => `专栏 ${b.ordinal}`),
  );
  assert.equal(boxes[0].title, '政务服务机制优化重点项目');
  assert.equal(boxes[4].title, '“一网统管”重点项目');
  assert.equal(boxes[14].title, '政务云强化重点项目');
  assert.equal(boxes[20].title, '数字政府安全保障能力强化重点项目');
  assert.equal(boxes[0].range.start.line, 366); // line 367, 1-based
  // 专栏 15 belongs to 第八章 第一节 增强政务云服务能力.
  const part = doc(PLAN).sections[7].children[0];
  assert.deepEqual(
    part.children.map((c) => c.number),
    ['专栏 15'],
  );
});

test('表1 is a table section inside 第二章 第三节 发展目标', () => {
  const tables = sectionsOf(doc(PLAN), 'table');
  assert.deepEqual(
    tables.map((t) => `${t.number} ${t.title}`),
    ['表1 广东省数字政府“十四五”发展主要公共指标'],
  );
  const goals = doc(PLAN).sections[1].children[2];
  assert.equal(goals.title, '发展目标');
  assert.deepEqual(
    goals.children.map((c) => c.number),
    ['表1'],
  );
  assert.equal(tables[0].range.start.line, 152);
});

test('the plan’s only numbered paragraphs outside the glossary are 一、改革成效 （一）–（六） and 二、主要问题 （一）–（五）', () => {
  assert.deepEqual(
    tasks(doc(PLAN)).map((c) => c.path.join(' ')),
    [
      ...['（一）', '（二）', '（三）', '（四）', '（五）', '（六）'].map((n) => `第一章 第一节 一、 ${n}`),
      ...['（一）', '（二）', '（三）', '（四）', '（五）'].map((n) => `第一章 第一节 二、 ${n}`),
    ],
  );
});

test('2022 work points: 一、…六、 are level1 whether written plain, ##, ###, #### or bold', () => {
  const level1 = sectionsOf(doc(WORK_POINTS_2022), 'level1');
  assert.deepEqual(
    level1.map((s) => s.number),
    ['一、', '二、', '三、', '四、', '五、', '六、'],
  );
  assert.deepEqual(
    level1.map((s) => s.title),
    [
      '促进全省均衡协同新发展',
      '实现数据要素市场化配置改革新突破',
      '开创省域治理工作新局面',
      '彰显数字政府服务新成效',
      '夯实数字政府基础支撑底座',
      '强化数字政府改革建设保障',
    ],
  );
  const lines = doc(WORK_POINTS_2022).lines;
  assert.deepEqual(
    level1.map((s) => lines.lineText(s.range.start.line).replace(/[一二三四五六]、.*/, '')),
    ['## ', '## **', '### ', '#### **', '## **', '## '],
  );
  // All six sit under the document title heading, not under one another.
  assert.deepEqual([...new Set(level1.map((s) => s.depth))], [1]);
});

test('2022 work points: （一）…（三十） are level2 in order, fullwidth or ASCII brackets, plain or as headings', () => {
  const level2 = sectionsOf(doc(WORK_POINTS_2022), 'level2');
  assert.deepEqual(
    level2.map((s) => s.ordinal),
    Array.from({ length: 30 }, (_, i) => i + 1),
  );
  assert.deepEqual(
    level2.map((s) => s.number.replace(/[()（）]/g, '')),
    CHINESE_1_TO_30,
  );
  assert.equal(level2[8].number, '(九)');
  assert.equal(level2[10].number, '(十一)'); // ### (十一) 提高经济调节…
  assert.equal(level2[15].title, '优化政务服务机制'); // ##### **（十六）优化政务服务机制。**
  // （十一）…（十五） belong to 三、 whatever their # level; （十六）…（十九） to 四、.
  const three = sectionsOf(doc(WORK_POINTS_2022), 'level1')[2];
  assert.deepEqual(
    three.children.map((c) => c.number),
    ['(十)', '(十一)', '（十二）', '（十三）', '（十四）', '（十五）'],
  );
  const four = sectionsOf(doc(WORK_POINTS_2022), 'level1')[3];
  assert.deepEqual(
    four.children.map((c) => c.number),
    ['（十六）', '（十七）', '（十八）', '（十九）'],
  );
});

test('2022 work points: 1. items are level3 under their （十）…（十九）', () => {
  const perParent = sectionsOf(doc(WORK_POINTS_2022), 'level2').map(
    (s) => s.children.filter((c) => c.kind === 'level3').length,
  );
  assert.deepEqual(
    perParent,
    [0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 5, 4, 5, 5, 4, 4, 4, 6, 7, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
  );
  assert.equal(tasks(doc(WORK_POINTS_2022)).length, 30 + 46);
});

test('2021 work points: 30 level2 tasks and 31 level3 tasks, numbers written without any Markdown', () => {
  const all = tasks(doc(WORK_POINTS_2021));
  assert.equal(all.filter((c) => c.path.length === 2).length, 30);
  assert.equal(all.filter((c) => c.path.length === 3).length, 31);
  assert.deepEqual(
    sectionsOf(doc(WORK_POINTS_2021), 'level1').map((s) => s.title),
    [
      '构建泛在普惠的“一网通办”政务服务体系',
      '开启智慧科学的“一网统管”省域治理新模式',
      '牵引推动重点领域工作提质增效',
      '加快推进数据要素市场化配置改革',
      '夯实提升数字政府基础支撑能力',
      '完善数字政府体制机制保障',
    ],
  );
});
