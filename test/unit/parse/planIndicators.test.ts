// 表1 of the plan (corpus/2021-07 广东省数字政府改革建设“十四五”规划.md lines 155–177, 1-based) joined with 附件1 指标计算方法
// (lines 985–1009). Every expected value below was read off those lines.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { doc, PLAN } from '../corpus/bundled.js';
import { dataIssueMessage } from '../../../server/src/service/messages/dataIssues.js';

const STATS = '数据统计';
const FULFILMENT = '部门确认的数据共享需求满足情况的数量/部门数据共享需求总量×100%';

// number, category, name, unit, baseline text, target text, method
const TABLE_1: ReadonlyArray<readonly [string, string, string, string, string, string, string]> = [
  ['1', '数字化履职能力', '“零跑动”事项覆盖率', '%', '60', '80', '省市县三级“零跑动”事项数/许可事项总数×100%'],
  [
    '2',
    '数字化履职能力',
    '一窗综合受理率',
    '%',
    '96',
    '100',
    '依申请政务服务事项纳入综合窗口办理的事项数/依申请政务服务事项总数×100%',
  ],
  ['3', '数字化履职能力', '“一件事”主题集成服务数量', '件', '200', '500', STATS],
  [
    '4',
    '数字化履职能力',
    '政务服务一体机镇街覆盖率',
    '%',
    '56.29',
    '100',
    '已投放政务服务一体机的镇街数量/全省镇街总数×100%',
  ],
  [
    '5',
    '数字化履职能力',
    '高频服务事项“跨省通办”比例',
    '%',
    '45',
    '100',
    '纳入高频事项清单里已实现跨省通办事项/清单总数×100%',
  ],
  ['6', '数字化履职能力', '政务服务“好差评”', '分', '9.3', '9.5', STATS],
  ['7', '数字化履职能力', '“粤省事”日均活跃用户数', '万名', '80', '150', STATS],
  ['8', '数字化履职能力', '“粤商通”日均活跃用户数', '万名', '8', '80', STATS],
  ['9', '数字化履职能力', '“粤政易”日均活跃用户数', '万名', '73', '120', STATS],
  ['10', '数字化履职能力', '“一网统管”行业覆盖率', '%', '-', '100', '“一网统管”覆盖政府行业数/政府行业总数×100%'],
  ['11', '数字化驱动能力', '应共享的数据需求满足率', '%', '93.7', '99', STATS],
  ['12', '数字化驱动能力', '公共数据资源社会开放数据集', '个', '5124', '10000', STATS],
  ['13', '数字化驱动能力', '视频终端接入大数据中心数量', '万路', '-', '100', FULFILMENT],
  ['14', '数字化驱动能力', '感知终端接入大数据中心数量', '万路', '-', '30', STATS],
  ['15', '数字化支撑能力', '政务云资源算力规模', '万核', '22.46', '30', STATS],
  ['16', '数字化支撑能力', '政务外网接入率', '%', '70', '90', '财政预算单位接入数量/财政预算单位总数×100%'],
  ['17', '数字化支撑能力', '电子证照用证率', '%', '10.5', '80', '使用电子证照行政许可的事项数/行政许可事项数×100%'],
  ['18', '数字化支撑能力', '政府部门电子印章覆盖率', '%', '90', '98', '已制发电子印章的部门数/部门总数×100%'],
  ['19', '数字化支撑能力', '“粤政图”平台地图产品数', '个', '299', '500', STATS],
  [
    '20',
    '数字化支撑能力',
    '一体化政务服务平台可网办事项单点登录率',
    '%',
    '85',
    '95',
    '一体化政务服务平台可单点登录的事项数/事项总数×100%',
  ],
  ['21', '数字化支撑能力', '参与和主导制定数字政府相关国家、行业、地方标准数量', '项', '-', '10', STATS],
];

const plan = () => doc(PLAN);

test('all 21 rows of 表1: name, unit, category (carried down the merged cell), baseline and target', () => {
  const rows = plan().indicators.map((i) => [
    i.number,
    i.category,
    i.name,
    i.unit,
    i.baselineText,
    i.targetText,
    i.method,
  ]);
  assert.deepEqual(
    rows,
    TABLE_1.map((row) => [...row]),
  );
});

test('values are numbers where the cell has one, absent where it has "-"; years come from the plan period 2021–2025', () => {
  for (const indicator of plan().indicators) {
    const expected = TABLE_1.find((row) => row[0] === indicator.number)!;
    assert.equal(
      indicator.baseline,
      expected[4] === '-' ? undefined : Number(expected[4]),
      `row ${indicator.number} baseline`,
    );
    assert.equal(indicator.target, Number(expected[5]), `row ${indicator.number} target`);
    assert.equal(indicator.baselineYear, 2020, `row ${indicator.number}`);
    assert.equal(indicator.targetYear, 2025, `row ${indicator.number}`);
    assert.equal(indicator.tableTitle, '表1 广东省数字政府“十四五”发展主要公共指标');
  }
  const cloud = plan().indicators.find((i) => i.number === '15')!;
  assert.equal(cloud.baseline, 22.46);
  assert.equal(cloud.target, 30);
});

test('each row and each joined method points at its own line of the file', () => {
  const { lines } = plan();
  for (const indicator of plan().indicators) {
    assert.ok(
      lines.lineText(indicator.range.start.line).startsWith(`| ${indicator.number} |`),
      `row ${indicator.number}`,
    );
    assert.ok(indicator.methodRange, `row ${indicator.number} has a method`);
    assert.ok(
      lines.lineText(indicator.methodRange.start.line).startsWith(`| ${indicator.number} |`),
      `method of row ${indicator.number}`,
    );
  }
  assert.equal(plan().indicators[0].range.start.line, 156); // line 157, 1-based
  assert.equal(plan().indicators[0].methodRange?.start.line, 988);
});

test('the data issue of row 13 (a ratio that is row 11’s method) is reported once, and no other row gets one', () => {
  const issues = plan().dataIssues;
  assert.equal(issues.length, 1, issues.map((i) => dataIssueMessage('zh', i.problem)).join('\n'));
  const [issue] = issues;
  assert.equal(issue.docId, PLAN);
  assert.equal(issue.range.start.line, 1000); // | 13 | 视频终端接入大数据中心数量(万路) | … (line 1001, 1-based)
  const message = dataIssueMessage('zh', issue.problem);
  assert.match(message, /^指标“视频终端接入大数据中心数量”的计算方法疑似错位：/);
  assert.match(message, /计算方法是比率公式，但单位是“万路”/); // a ratio formula for a count of 万路
  assert.match(message, /第11项“应共享的数据需求满足率”/);
  assert.equal(
    dataIssueMessage('en', issue.problem),
    'The method of "视频终端接入大数据中心数量" looks misplaced: a ratio formula for a quantity in 万路; ' +
      'the method reads like that of row 11, "应共享的数据需求满足率"',
  );
});

test('no other bundled document has indicators or data issues', () => {
  for (const id of ['000_f25cc0c734998372', '001_b817bb2221738514', '003_08158673230b8c76']) {
    assert.equal(doc(id).indicators.length, 0, id);
    assert.deepEqual(doc(id).dataIssues, [], id);
  }
});
