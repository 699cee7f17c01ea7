import { test } from 'node:test';
import assert from 'node:assert/strict';
import { figuresOf, rowsOf } from './helpers.js';
import { countersComparable, normalizeQuantity } from '../../../server/src/service/figures/units.js';

// Seed sentences are copied here as strings: the tests never read the seed files.

test('2021 work points: a platform named once stays the subject of the comma-separated metrics after it', () => {
  const text =
    '拓展粤省事平台服务事项覆盖范围，探索推动市场主体公共服务事项进驻，实现实名注册用户突破1.1亿，日均活跃用户突破100万（不含新冠肺炎疫情防控服务）。' +
    '完善粤商通平台涉企服务功能，拓展粤商码应用场景，开展为中小企业赋能系列行动，实现市场主体注册用户超过800万，日均活跃用户超过50万。' +
    '优化粤政易平台分级管理功能，完善平台开放式技术架构，加快地市和部门应用接入，实现实名注册用户超过200万，日均活跃用户超过100万。';
  assert.deepEqual(rowsOf(text, { defaultYear: 2021 }), [
    ['粤省事', '实名注册用户', '突破', 1.1, '亿', 'target', 2021, '1.1亿'],
    ['粤省事', '日均活跃用户', '突破', 100, '万', 'target', 2021, '100万'],
    ['粤商通', '市场主体注册用户', '超过', 800, '万', 'target', 2021, '800万'],
    ['粤商通', '日均活跃用户', '超过', 50, '万', 'target', 2021, '50万'],
    ['粤政易', '实名注册用户', '超过', 200, '万', 'target', 2021, '200万'],
    ['粤政易', '日均活跃用户', '超过', 100, '万', 'target', 2021, '100万'],
  ]);
});

test('2021 work points: counted nouns after a classifier, 以上 after the unit, 等 before the head noun', () => {
  const text =
    '在全省投放不少于250台政务服务一体机，利旧改造不少于2500台存量自助终端，新增对接不少于20000台银行等智慧终端，实现全省镇（街）全覆盖，梳理推动不少于50项服务事项进驻一体机平台。';
  assert.deepEqual(rowsOf(text, { defaultYear: 2021 }), [
    ['政务服务一体机', '政务服务一体机', '不少于', 250, '台', 'target', 2021, '250台'],
    ['存量自助终端', '存量自助终端', '不少于', 2500, '台', 'target', 2021, '2500台'],
    ['新增智慧终端', '新增智慧终端', '不少于', 20000, '台', 'target', 2021, '20000台'],
    ['服务事项', '服务事项', '不少于', 50, '项', 'target', 2021, '50项'],
  ]);
  assert.deepEqual(
    rowsOf('建设填表报数管理系统，实现需基层填报的表格和填报信息项减少50%以上，持续为基层减负。', {
      defaultYear: 2021,
    }),
    [['需基层填报的表格和填报信息项', '需基层填报的表格和填报信息项', '减少…以上', 50, '%', 'target', 2021, '50%']],
  );
});

test('2022 work points: reductions, cores, video channels with 以上, and spaces inside "200 万"', () => {
  const options = { defaultYear: 2022 };
  assert.deepEqual(rowsOf('全面推广省数字政府填表报数系统，实现基层干部填表报数工作量压减60%。', options), [
    ['基层干部填表报数工作量', '基层干部填表报数工作量', '压减', 60, '%', 'target', 2022, '60%'],
  ]);
  assert.deepEqual(rowsOf('推动省级政务云资源规模升级扩容达到30万核。', options), [
    ['省级政务云资源规模', '省级政务云资源规模', '达到', 30, '万核', 'target', 2022, '30万核'],
  ]);
  assert.deepEqual(rowsOf('推进省视频和感知数据共享管理平台建设，实现 130 万路以上视频联网共享。', options), [
    ['视频联网共享', '视频联网共享', '以上', 130, '万路', 'target', 2022, '130 万路'],
  ]);
});

test('2022 work points: "平台月均活跃用户" points back to the platform named earlier in the paragraph', () => {
  const text =
    '2. 提高“粤商通”平台涉企服务水平。推广应用“粤商码” 免证办、业务授权、消息推送、云勘察等平台基础能力，开展 3 至 5 个行业专题服务提升行动。' +
    '持续推动高价值服务事项接入，实现广东活跃市场主体全覆盖，平台月均活跃用户超过 200 万。（省政务服务数据管理局牵头）';
  assert.deepEqual(rowsOf(text, { defaultYear: 2022 }), [
    ['粤商通', '月均活跃用户', '超过', 200, '万', 'target', 2022, '200 万'],
  ]);
});

test('2022 work points: counts of people-times and transactions in an enumeration', () => {
  const text = '新增上线 100 项高频服务事项，推动实现自助机服务群众超过 1500 万人次、累计业务办理量超过 4000 万笔。';
  assert.deepEqual(rowsOf(text, { defaultYear: 2022 }), [
    ['新增高频服务事项', '新增高频服务事项', '', 100, '项', 'target', 2022, '100 项'],
    ['自助机服务群众', '自助机服务群众', '超过', 1500, '万人次', 'target', 2022, '1500 万人次'],
    ['业务办理', '业务办理', '超过', 4000, '万笔', 'target', 2022, '4000 万笔'],
  ]);
});

test('2021-2025 plan: 分别 distributes values over the listed platforms; a list does not carry on', () => {
  const text =
    '“粤省事”“粤商通”日均活跃用户量分别达到 150 万名、80 万名，政务服务一体机全省镇（街）全覆盖，高频服务事项 100%“零跑动”、100%“省内通办”“跨省通办”“湾区通办”。';
  assert.deepEqual(rowsOf(text, { year: 2025 }), [
    ['粤省事', '日均活跃用户', '达到', 150, '万名', 'target', 2025, '150 万名'],
    ['粤商通', '日均活跃用户', '达到', 80, '万名', 'target', 2025, '80 万名'],
    ['高频服务事项零跑动', '高频服务事项零跑动', '', 100, '%', 'target', 2025, '100%'],
    ['高频服务事项省内通办', '高频服务事项省内通办', '', 100, '%', 'target', 2025, '100%'],
  ]);
});

test('2021-2025 plan: infrastructure targets, ratios and counts, with and without a comparator', () => {
  const text =
    '政务云资源算力规模达到30万核，政务外网接入率达到90%，电子证照用证率超过80%，政府部门电子印章覆盖率98%，“粤政图”平台支撑地图产品数超过500个，数字政府基础支撑能力不断夯实。';
  assert.deepEqual(rowsOf(text, { year: 2025 }), [
    ['政务云资源算力规模', '政务云资源算力规模', '达到', 30, '万核', 'target', 2025, '30万核'],
    ['政务外网接入率', '政务外网接入率', '达到', 90, '%', 'target', 2025, '90%'],
    ['电子证照用证率', '电子证照用证率', '超过', 80, '%', 'target', 2025, '80%'],
    ['政府部门电子印章覆盖率', '政府部门电子印章覆盖率', '', 98, '%', 'target', 2025, '98%'],
    ['粤政图', '地图产品', '超过', 500, '个', 'target', 2025, '500个'],
  ]);
});

test('2021-2025 plan, 发展现状: figures in an achieved span are achieved, dated by the span', () => {
  const text =
    '面向个人办事的“粤省事”微信小程序，全省实名注册用户突破 9347 万，上线高频民生服务 1706 项，其中 1231 项服务实现“零跑动”，111 项服务实现“最多跑一次”，业务量累计超过 51.6 亿件。';
  assert.deepEqual(rowsOf(text, { achieved: true, year: 2020 }), [
    ['粤省事', '实名注册用户', '突破', 9347, '万', 'achieved', 2020, '9347 万'],
    ['粤省事', '高频民生服务', '', 1706, '项', 'achieved', 2020, '1706 项'],
    ['粤省事', '服务', '', 1231, '项', 'achieved', 2020, '1231 项'],
    ['粤省事', '服务', '', 111, '项', 'achieved', 2020, '111 项'],
    ['粤省事', '业务', '超过', 51.6, '亿件', 'achieved', 2020, '51.6 亿件'],
  ]);
});

test('other provinces: daily-active spellings unify, years come from 到2025年 and “十四五”末', () => {
  assert.deepEqual(rowsOf('到2025年，“浙里办”日活跃用户达到 500 万，注册用户突破 8000 万。', { defaultYear: 2023 }), [
    ['浙里办', '日均活跃用户', '达到', 500, '万', 'target', 2025, '500 万'],
    ['浙里办', '注册用户', '突破', 8000, '万', 'target', 2025, '8000 万'],
  ]);
  assert.deepEqual(rowsOf('“天府通办”注册用户突破 8000 万，日活用户超过 300 万人。', { defaultYear: 2023 }), [
    ['天府通办', '注册用户', '突破', 8000, '万', 'target', 2023, '8000 万'],
    ['天府通办', '日均活跃用户', '超过', 300, '万人', 'target', 2023, '300 万人'],
  ]);
  assert.deepEqual(rowsOf('到“十四五”末，“赣服通”实名注册用户超过 3000 万。'), [
    ['赣服通', '实名注册用户', '超过', 3000, '万', 'target', 2025, '3000 万'],
  ]);
  assert.deepEqual(rowsOf('“闽政通”APP 日活跃用户超 200 万人，政务服务好差评满意率保持在 99.5% 以上。'), [
    ['闽政通', '日均活跃用户', '超', 200, '万人', 'target', undefined, '200 万人'],
    ['闽政通', '政务服务好差评满意率', '保持在…以上', 99.5, '%', 'target', undefined, '99.5%'],
  ]);
});

test('other provinces: computing power and storage; 截至 makes a figure achieved and dates it', () => {
  assert.deepEqual(rowsOf('全省政务云算力规模达到 10 万核，存储容量不低于 50PB。', { defaultYear: 2024 }), [
    ['政务云算力规模', '政务云算力规模', '达到', 10, '万核', 'target', 2024, '10 万核'],
    ['存储容量', '存储容量', '不低于', 50, 'PB', 'target', 2024, '50PB'],
  ]);
  assert.deepEqual(
    rowsOf('截至2022年底，“皖事通”已累计注册用户 7800 万，日均访问量约 260 万人次。', { defaultYear: 2023 }),
    [
      ['皖事通', '注册用户', '', 7800, '万', 'achieved', 2022, '7800 万'],
      ['皖事通', '日均访问', '约', 260, '万人次', 'achieved', 2022, '260 万人次'],
    ],
  );
  // The document's default year is a target year: it does not date an achieved figure.
  assert.deepEqual(rowsOf('数字广东公司员工队伍已超过 1900 人。', { defaultYear: 2021 }), [
    ['数字广东公司员工队伍', '数字广东公司员工队伍', '超过', 1900, '人', 'achieved', undefined, '1900 人'],
  ]);
  assert.deepEqual(
    rowsOf('全省实名注册用户突破 9347 万。', { achieved: true, defaultYear: 2025 }).map((r) => [r[5], r[6]]),
    [['achieved', undefined]],
  );
});

test('other provinces: 由 X 提高到 Y gives a baseline and a target; 分别 over a list of metrics', () => {
  assert.deepEqual(rowsOf('政务服务事项网上可办率由 2020 年的 85% 提高到 2025 年的 98%。'), [
    ['政务服务事项网上可办率', '政务服务事项网上可办率', '', 85, '%', 'baseline', 2020, '85%'],
    ['政务服务事项网上可办率', '政务服务事项网上可办率', '提高到', 98, '%', 'target', 2025, '98%'],
  ]);
  assert.deepEqual(rowsOf('“浙政钉”“浙里办”日均活跃用户分别达到 150 万、300 万。', { year: 2025 }), [
    ['浙政钉', '日均活跃用户', '达到', 150, '万', 'target', 2025, '150 万'],
    ['浙里办', '日均活跃用户', '达到', 300, '万', 'target', 2025, '300 万'],
  ]);
  assert.deepEqual(rowsOf('“渝快办”注册用户、日均活跃用户分别突破 2000 万、100 万。', { year: 2025 }), [
    ['渝快办', '注册用户', '突破', 2000, '万', 'target', 2025, '2000 万'],
    ['渝快办', '日均活跃用户', '突破', 100, '万', 'target', 2025, '100 万'],
  ]);
});

test('other provinces: durations with 以内, reductions, enumerations continuing one metric', () => {
  assert.deepEqual(rowsOf('企业开办时间压缩至 1 个工作日以内，审批时限平均压减 50%。'), [
    ['企业开办时间', '企业开办时间', '压缩至…以内', 1, '个工作日', 'target', undefined, '1 个工作日'],
    ['审批时限平均', '审批时限平均', '压减', 50, '%', 'target', undefined, '50%'],
  ]);
  assert.deepEqual(rowsOf('提升省级政务云平台支撑能力，资源总量达到24万核vCPU、642TB内存、20PB存储。'), [
    ['资源总量', '资源总量', '达到', 24, '万核', 'target', undefined, '24万核'],
    ['资源总量', '资源总量', '达到', 642, 'TB', 'target', undefined, '642TB'],
    ['资源总量', '资源总量', '达到', 20, 'PB', 'target', undefined, '20PB'],
  ]);
  assert.deepEqual(rowsOf('接入视频 20 万路、感知终端 5 万个，“一网统管”平台事件办结率达到 95%，新增 1.2 万核算力。'), [
    ['视频', '视频', '', 20, '万路', 'target', undefined, '20 万路'],
    ['感知终端', '感知终端', '', 5, '万个', 'target', undefined, '5 万个'],
    ['一网统管', '事件办结率', '达到', 95, '%', 'target', undefined, '95%'],
    ['一网统管', '新增算力', '', 1.2, '万核', 'target', undefined, '1.2 万核'],
  ]);
});

test('numbers that are not figures: dates, years, document numbers, ordinals, names, codes, ranges', () => {
  const negatives = [
    '根据粤办函〔2022〕24号文件，2022年2月28日召开第二届数字政府建设峰会。',
    '全面贯彻党的二十大精神，推广12345热线和5G应用。',
    '提供“7×24小时”全天候人工服务，打造 24 小时不打烊的“政府服务小屋”。',
    '兼容x86架构，推进IPv6规模部署，详见第3条和附件1。',
    '除110、119、120、122等紧急热线外，统一归并为“12345政务服务便民热线”。',
    '开展 3 至 5 个行业专题服务提升行动，珠海口岸日均约 20 至 30 万人通关。',
    '2017年以来，全面深化“数字政府 2.0”建设，印发《广东省“数字政府”建设总体规划（2018—2020年）》。',
    '1. 提升“粤治慧”基础平台支撑能力。2.优化疫情防控数据支撑体系。',
    '索引号: 006939748/2021-00258，发布日期: 2021-04-21 11:37:09。',
    '探索1.4GHz或700M频段无线政务专网应用，构建“1+N+M”总体架构。',
  ];
  for (const text of negatives) assert.deepEqual(rowsOf(text), [], text);
});

test('the range is the number and unit, without the comparator, in line/character positions', () => {
  // A line break alone does not end a sentence (imported PDFs wrap mid-sentence); 。 does.
  const text = '第一句。\n实现 130 万路以上视频联网共享。';
  const [figure] = figuresOf(text);
  assert.deepEqual(figure.range, { start: { line: 1, character: 3 }, end: { line: 1, character: 9 } });
  assert.equal(figure.text, '实现 130 万路以上视频联网共享。');
  assert.equal(figure.docId, 'doc');
});

test('fullwidth digits and thousands separators read as numbers', () => {
  assert.deepEqual(rowsOf('向社会开放不少于１００００个公共数据资源集，新增对接不少于20,000台智慧终端。'), [
    ['公共数据资源集', '公共数据资源集', '不少于', 10000, '个', 'target', undefined, '１００００个'],
    ['新增智慧终端', '新增智慧终端', '不少于', 20000, '台', 'target', undefined, '20,000台'],
  ]);
});

test('a tense marker dates its own clause only; strong target words override an achieved span', () => {
  assert.deepEqual(
    rowsOf('在已建成统一平台的基础上，推动注册用户达到 500 万。', { achieved: false }).map((r) => r[5]),
    ['target'],
  );
  assert.deepEqual(
    rowsOf('注册用户突破 300 万，力争达到 500 万。', { achieved: true }).map((r) => r[5]),
    ['achieved', 'target'],
  );
});

test('targets set or reached for (定在了, 冲上), 日活, and a measure named in the clause before', () => {
  assert.deepEqual(rowsOf('“粤政易”日均活跃用户的目标，今年定在了100万。', { defaultYear: 2025 }), [
    ['粤政易', '日均活跃用户', '定在了', 100, '万', 'target', 2025, '100万'],
  ]);
  assert.deepEqual(rowsOf('今年的小目标，是让“粤商通”日活用户冲上50万。', { defaultYear: 2025 }), [
    ['粤商通', '日均活跃用户', '冲上', 50, '万', 'target', 2025, '50万'],
  ]);
});

test('figures in words after a comparator (突破百万, 迈上百万路, 压减五成) and vCPU counted as 核', () => {
  assert.deepEqual(
    rowsOf('“粤省事”日活，今年无论如何要突破百万。', { defaultYear: 2025 }).map((r) => r.slice(0, 5)),
    [['粤省事', '日均活跃用户', '突破', 100, '万']],
  );
  assert.deepEqual(
    rowsOf('视频联网共享，今年要迈上百万路这个台阶。', { defaultYear: 2025 }).map((r) => [r[1], r[3], r[4]]),
    [['视频联网共享', 100, '万路']],
  );
  assert.deepEqual(
    rowsOf('基层填表报数工作量压减五成。', { defaultYear: 2025 }).map((r) => [r[1], r[3], r[4]]),
    [['基层填表报数工作量', 50, '%']],
  );
  // Not figures: an adverb, a noun.
  assert.deepEqual(rowsOf('千万不要重复报数，成为百万富翁。'), []);
  assert.equal(normalizeQuantity(24, '万vCPU').counter, 'vCPU');
  assert.ok(countersComparable('vCPU', '核'));
});
