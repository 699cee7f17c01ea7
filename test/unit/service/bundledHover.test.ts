// Hovers over the bundled Guangdong corpus, with the values the corpus files state.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  bundledService,
  draft,
  hoverText,
  OPINIONS_2023,
  PLAN,
  positionOf,
  WORK_POINTS_2021,
  WORK_POINTS_2022,
} from './bundledService.js';

const { service, setLocale } = bundledService();
const PLAN_TITLE = '《广东省数字政府改革建设“十四五”规划》';
const WP2022 = '《广东省数字政府改革建设2022年工作要点》（粤办函〔2022〕24号）';
const WP2021 = '《广东省数字政府改革建设2021年工作要点》（粤办函〔2021〕44号）';
const open = (line: number, uri: string) => `[打开原文（第 ${line} 行）](${uri}#L${line})`;

describe('hover over the bundled corpus', () => {
  test('一网统管: the plan’s 附件2 definition, 名词解释 第12条, link to line 1037', () => {
    const expected = [
      '**“一网统管”** · 术语',
      '“一网”是指数字政府一体化的云、网、大数据中心、公共支撑平台和感知体系等，“统管”是指充分依托“一网”的基础能力，围绕经济调节、市场监管、社会管理、公共服务和生态环境保护等政府五大职能，优化管理体系和管理流程，构建横向到边、纵向到底、全闭环的数字化治理模式，实现省域范围“一网感知态势、一网纵观全局、一网决策指挥、一网协同共治”。',
      `来源：${PLAN_TITLE}，名词解释 第12条 · ${open(1037, PLAN)}`,
    ].join('\n\n');
    assert.equal(hoverText(service, '推进“一网统管”建设', '一网统管'), expected);
    assert.equal(hoverText(service, '推进一网统管建设', '统管'), expected);
  });

  test('粤省事: what it is, its daily active users by year (80 → 100 → 150), and how often the corpus names it', () => {
    const markdown = hoverText(service, '依托“粤省事”办理', '粤省事') ?? '';
    const parts = markdown.split('\n\n');
    assert.equal(parts[0], '**“粤省事”** · 平台');
    assert.equal(
      parts[1],
      '> 面向个人办事的“粤省事”微信小程序，全省实名注册用户突破 9347 万，上线高频民生服务 1706 项，其中 1231 项服务实现“零跑动”，111 项服务实现“最多跑一次”，业务量累计超过 51.6 亿件。',
    );
    const figures = parts[2].split('\n');
    assert.equal(figures[0], '数值：');
    assert.ok(
      figures.includes(
        `- 日均活跃用户：2020年 基线 80万名（[2021—2025年规划](${PLAN}#L163)） · 2021年 目标 突破100万（[2021年工作要点](${WORK_POINTS_2021}#L36)） · 2025年 目标 达到150万名（[2021—2025年规划](${PLAN}#L143)）`,
      ),
      parts[2],
    );
    assert.ok(
      figures.includes(
        `- 实名注册用户：2020年 已达 突破9347万（[2021—2025年规划](${PLAN}#L49)） · 2021年 目标 突破1.1亿（[2021年工作要点](${WORK_POINTS_2021}#L36)）`,
      ),
      parts[2],
    );
    // 30 in the plan (not the two indicator rows “粤省事”日均活跃用户数), 4 in 2022 (粤省事码 included), 3 in 2021, 2 in 2023;
    // the truncated duplicate of the 2022 work points is not indexed.
    assert.equal(parts[3], '语料中提及 39 次，涉及 4 个文件（2021—2023年）。');
    assert.equal(parts[4], `来源：${PLAN_TITLE} · ${open(49, PLAN)}`);
    assert.equal(parts.length, 5);
  });

  test('政务云资源算力规模: unit, baseline and target with years, the method from 附件1, the table row', () => {
    assert.equal(
      hoverText(service, '政务云资源算力规模达到30万核', '算力'),
      [
        '**政务云资源算力规模** · 指标',
        '单位：万核  \n现状值：22.46（2020年）  \n目标值：30（2025年）\n  \n计算方法：数据统计',
        `来源：${PLAN_TITLE}，表1 广东省数字政府“十四五”发展主要公共指标 第15项 · ${open(171, PLAN)}`,
        // By year, in every wording the corpus uses: the 2021 work points' 资源总量 (line 152) and the
        // 2022 work points' 省级政务云资源规模 (line 180) are this measure too; the plan states 30 twice
        // (line 151 and the table), one row.
        [
          '历年数值：',
          '',
          '| 年份 | 类型 | 数值 | 文件 |',
          '| --- | --- | --- | --- |',
          `| 2020 | 基线 | 22.46万核 | [2021—2025年规划](${PLAN}#L171) |`,
          `| 2021 | 目标 | 达到 24万核 | [2021年工作要点](${WORK_POINTS_2021}#L152) |`,
          `| 2022 | 目标 | 达到 30万核 | [2022年工作要点](${WORK_POINTS_2022}#L180) |`,
          `| 2025 | 目标 | 达到 30万核 | [2021—2025年规划](${PLAN}#L151) |`,
        ].join('\n'),
      ].join('\n\n'),
    );
  });

  test('省政数局: the agency, its aliases and the tasks it leads per work-points document', () => {
    // 2022: 35 tasks end with a parenthetical naming it, （二十七）'s “（省政务服务数据管理局）” without 牵头 included.
    assert.equal(
      hoverText(service, '由省政数局统筹', '省政数局'),
      [
        '**省政务服务数据管理局** · 单位',
        '简称/别名：广东省政务服务数据管理局、省政数局',
        `牵头任务：\n- ${WP2021}：28 项\n- ${WP2022}：35 项`,
        // Named in the two work points and the plan; the 2023 opinions do not name it.
        '语料中使用：2021—2022年，3 个文件。',
      ].join('\n\n'),
    );
  });

  test('a 文号 with a leading word, a 《title》, another 文号: title, 文号, issuer, date, kind', () => {
    assert.equal(
      hoverText(service, '依据粤办函〔2022〕24号，', '粤办函'),
      [
        `**${WP2022}**`,
        '',
        '文号：粤办函〔2022〕24号  ',
        '发文机关：广东省人民政府办公厅  ',
        '日期：2022-02-28  ',
        '类型：工作要点',
        '',
        open(26, WORK_POINTS_2022),
      ].join('\n'),
    );
    const opinions = [
      '**《广东省人民政府关于进一步深化数字政府改革建设的实施意见》（粤府〔2023〕47号）**',
      '',
      '文号：粤府〔2023〕47号  ',
      '发文机关：广东省人民政府  ',
      '日期：2023-06-08  ',
      '类型：实施意见',
      '',
      // The title line: line 14, after a header of 12 lines (id … period) and a blank.
      open(14, OPINIONS_2023),
    ].join('\n');
    assert.equal(
      hoverText(service, '按照《广东省人民政府关于进一步深化数字政府改革建设的实施意见》', '关于'),
      opinions,
    );
    assert.equal(hoverText(service, '按照粤府〔2023〕47号', '粤府'), opinions);
  });

  test('2022年工作要点（五） and 2021年工作要点（二）: the task, its lead unit, where it stands', () => {
    assert.equal(
      hoverText(service, '落实2022年工作要点（五）要求', '工作要点'),
      [
        '**（五）完善公共数据管理体系**',
        '完善公共数据管理体系。建立健全首席数据官制度试点评估体系，组织开展试点评估工作，推动首席数据官制度在全省全面推广。（省政务服务数据管理局牵头）',
        '牵头单位：省政务服务数据管理局',
        `来源：${WP2022}，二、（五） · ${open(46, WORK_POINTS_2022)}`,
      ].join('\n\n'),
    );
    const task2021 = hoverText(service, '对照2021年工作要点（二）', '（二）') ?? '';
    assert.ok(
      task2021.startsWith(
        '**（二）深化“粤系列”平台型应用建设**\n\n深化“粤系列”平台型应用建设。拓展粤省事平台服务事项覆盖范围',
      ),
      task2021,
    );
    assert.ok(
      task2021.endsWith(
        `\n\n牵头单位：省政务服务数据管理局\n\n来源：${WP2021}，一、（二） · ${open(36, WORK_POINTS_2021)}`,
      ),
      task2021,
    );
  });

  test('a platform’s hover opens with its defining sentence: 粤商通 is the plan’s 涉企移动政务服务平台', () => {
    const markdown = hoverText(service, '依托“粤商通”办理', '粤商通') ?? '';
    assert.match(markdown.split('\n\n')[1], /^> 涉企移动政务服务平台“粤商通”APP/);
  });

  test('every term of a multi-term entry gets the entry: “一窗” quoted alone or in its list, “CT”, 同态加密', () => {
    const entry6 = '一网是指政务服务统一网上入口；一地是指全省通办';
    for (const [text, needle] of [
      ['推进“一窗”综合受理', '一窗'],
      ['构建“一网、一地、一窗、一次、一机、一码、一号”服务体系', '一码'],
    ]) {
      const markdown = hoverText(service, text, needle) ?? '';
      assert.ok(markdown.startsWith(`**${needle}** · 术语\n\n${entry6}`), markdown);
      assert.ok(markdown.includes(`名词解释 第6条 · ${open(1025, PLAN)}`), markdown);
    }
    // Unquoted in running text a two-character pair is too common to be the term (一窗 in 一窗口).
    assert.equal(hoverText(service, '设立一窗口服务', '一窗'), undefined);
    assert.match(hoverText(service, '融合IT、CT和DT', 'CT') ?? '', /^\*\*“CT”\*\* · 术语\n\nIT 是指/);
    assert.match(
      hoverText(service, '应用同态加密技术', '同态') ?? '',
      /^\*\*同态加密\*\* · 术语\n\n在无可信第三方的情况下/,
    );
  });

  test('retired names say what replaced them, on the plan’s authority', () => {
    assert.equal(
      hoverText(service, '原省信息中心', '信息中心'),
      '**省信息中心** · 单位\n\n⚠ 已停用，现为“省政务服务数据管理局”（依据 广东省数字政府改革建设“十四五”规划，2018）\n\n语料中使用：2021年，1 个文件。',
    );
    const platform = hoverText(service, '省咨询投诉平台', '咨询') ?? '';
    assert.ok(
      platform.startsWith(
        '**省咨询投诉平台** · 平台\n\n⚠ 已停用，现为“粤省心”（依据 广东省数字政府改革建设“十四五”规划）\n\n',
      ),
      platform,
    );
  });

  test('in English the labels change, the corpus text does not', () => {
    setLocale('en');
    try {
      const term = hoverText(service, '“一网统管”', '一网统管') ?? '';
      assert.ok(term.startsWith('**“一网统管”** · term\n\n“一网”是指数字政府一体化的云、网'), term);
      assert.ok(term.includes(`名词解释, entry 12 · [Open source (line 1037)](${PLAN}#L1037)`), term);
      const platform = hoverText(service, '“粤省事”', '粤省事') ?? '';
      assert.match(platform, /- 日均活跃用户.*2020 baseline 80万名.*2021 target 突破100万.*2025 target 达到150万名/);
      assert.match(platform, /Mentioned 39 times in 4 documents \(2021—2023\)\./);
      const agency = hoverText(service, '省政数局', '省政数局') ?? '';
      assert.match(
        agency,
        /· agency\n\nAlso written.*\n\nTasks led.*\n- 《广东省数字政府改革建设2021年工作要点》（粤办函〔2021〕44号）: 28\n- 《广东省数字政府改革建设2022年工作要点》（粤办函〔2022〕24号）: 35\n/,
      );
    } finally {
      setLocale('zh');
    }
  });

  test('nothing at an empty line, past the end, or in an empty draft', () => {
    const text = '推进“粤省事”\n\n';
    assert.equal(service.hover(draft(text), { line: 1, character: 0 }), undefined);
    assert.equal(service.hover(draft(text), { line: 0, character: 9999 }), undefined);
    assert.equal(service.hover(draft(text), { line: 9999, character: 9999 }), undefined);
    assert.equal(service.hover(draft(''), positionOf('x', 'x')), undefined);
  });
});
