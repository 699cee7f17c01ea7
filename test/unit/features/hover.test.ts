import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { EMPTY_REGISTRY } from '../../../server/src/service/corpus/registry.js';
import { draft, GD_2022, GD_PLAN, hoverText, lineOf, positionOf, testService, ZJ_PLAN } from './inMemoryCorpus.js';

const { service, setLocale } = testService();
const L = (text: string, needle: string) => lineOf(text, needle) + 1;
/** 1-based number of the first line after the front matter: where "open the document" lands. */
/** The 1-based line that carries a document's title: where a document link opens. */
const titleLine = (text: string) => {
  const title = /\ntitle: (.*)\n/.exec(text)![1];
  return (
    text
      .split('\n')
      .findIndex((line, i) => i > 0 && !line.startsWith('title:') && line.replace(/^#+\s*|\*\*|\s/g, '') === title) + 1
  );
};
const PLAN = '《广东省数字政府改革建设“十四五”规划》';
const WORK_POINTS = '《广东省数字政府改革建设2022年工作要点》（粤办函〔2022〕24号）';
const ZJ = '《浙江省数字政府建设“十四五”实施方案》（浙政办发〔2023〕12号）';

describe('hover on a glossary term', () => {
  const expected = [
    '**“一网统管”** · 术语',
    '依托数字政府一体化底座，实现省域治理“一网感知态势、一网协同共治”的工作体系。',
    `来源：${PLAN}，名词解释 第1条 · [打开原文（第 ${L(GD_PLAN, '1. “一网统管”')} 行）](memory:///corpus/gd_plan.md#L${L(GD_PLAN, '1. “一网统管”')})`,
  ].join('\n\n');

  test('quoted: the definition, the source document, the glossary entry and a link to its line', () => {
    const text = '推进“一网统管”建设。';
    assert.equal(hoverText(service, text, '一网统管'), expected);
    const hover = service.hover(draft(text), positionOf(text, '统管'));
    assert.deepEqual(hover?.range, { start: { line: 0, character: 3 }, end: { line: 0, character: 7 } });
  });

  test('unquoted, and on its last character, it is the same entry', () => {
    assert.equal(hoverText(service, '推进一网统管建设。', '一网统管'), expected);
    assert.equal(hoverText(service, '推进一网统管建设。', '一网统管', 3), expected);
  });

  test('just before or after the term there is nothing', () => {
    assert.equal(hoverText(service, '推进“一网统管”建设。', '“一网'), undefined);
    assert.equal(hoverText(service, '推进“一网统管”建设。', '”建设'), undefined);
  });

  test("another province's glossary answers with its own document and 文号", () => {
    assert.equal(
      hoverText(service, '坚持“最多跑一次”理念', '最多跑一次'),
      [
        '**“最多跑一次”** · 术语',
        '群众和企业到政府办理一件事情，在申请材料齐全、符合法定受理条件时，从受理申请到形成办理结果全过程只需一次上门或零上门。',
        `来源：${ZJ}，名词解释 第1条 · [打开原文（第 ${L(ZJ_PLAN, '1. “最多跑一次”')} 行）](memory:///corpus/zj_plan.md#L${L(ZJ_PLAN, '1. “最多跑一次”')})`,
      ].join('\n\n'),
    );
  });
});

describe('hover on a platform', () => {
  test('a describing sentence, figures by metric in year order, the mention count and the source', () => {
    const row = L(GD_PLAN, '| 1 | “粤省事”日均活跃用户数');
    const goal = L(GD_PLAN, '到2025年，“粤省事”');
    const task = L(GD_2022, '（二）深化“粤省事”');
    assert.equal(
      hoverText(service, '依托“粤省事”办理', '粤省事'),
      [
        '**“粤省事”** · 平台',
        '> 面向个人办事的“粤省事”移动政务服务平台，为群众提供一站式掌上服务。',
        [
          '数值：',
          `- 日均活跃用户：2020年 基线 80万名（[2021—2025年规划](memory:///corpus/gd_plan.md#L${row})）` +
            ` · 2022年 目标 突破100万（[2022年工作要点](memory:///corpus/gd_2022.md#L${task})）` +
            ` · 2025年 目标 达到150万名（[2021—2025年规划](memory:///corpus/gd_plan.md#L${goal})）`,
        ].join('\n'),
        // 3 in the plan (the table row is the indicator's) and 3 in the work points; used 2021 to 2022.
        '语料中提及 6 次，涉及 2 个文件（2021—2022年）。',
        `来源：${PLAN} · [打开原文（第 ${L(GD_PLAN, '面向个人办事')} 行）](memory:///corpus/gd_plan.md#L${L(GD_PLAN, '面向个人办事')})`,
      ].join('\n\n'),
    );
  });

  test("another province's platform: its own sentence and no figures", () => {
    assert.equal(
      hoverText(service, '登录浙里办办理', '浙里办'),
      [
        '**“浙里办”** · 平台',
        '> 优化“浙里办”APP服务功能，推动高频事项掌上可办。',
        '语料中提及 2 次，涉及 1 个文件（2023年）。',
        `来源：${ZJ} · [打开原文（第 ${L(ZJ_PLAN, '（一）推进“浙里办”')} 行）](memory:///corpus/zj_plan.md#L${L(ZJ_PLAN, '（一）推进“浙里办”')})`,
      ].join('\n\n'),
    );
  });

  test('a deprecated brand says what replaced it and which document says so', () => {
    assert.equal(
      hoverText(service, '登录“粤办事”办理', '粤办事'),
      [
        '**“粤办事”** · 平台',
        '⚠ 已停用，现为“粤省事”（依据 广东省数字政府改革建设“十四五”规划，2018）',
        '语料中提及 0 次，涉及 0 个文件。',
      ].join('\n\n'),
    );
  });
});

describe('hover on an indicator', () => {
  test('unit, baseline and target with their years, the calculation method and the table row', () => {
    const row = L(GD_PLAN, '| 2 | 政务云资源算力规模');
    assert.equal(
      hoverText(service, '政务云资源算力规模达到30万核', '政务云资源算力规模', 2),
      [
        '**政务云资源算力规模** · 指标',
        '单位：万核  \n现状值：22.46（2020年）  \n目标值：30（2025年）\n  \n计算方法：全省政务云已分配的计算核数',
        `来源：${PLAN}，表1 主要指标 第2项 · [打开原文（第 ${row} 行）](memory:///corpus/gd_plan.md#L${row})`,
        // The measure by year, in every wording: the plan's table and goal, and the 2022 work points'
        // 省级政务云资源规模; no chart, as this client has not said it renders images.
        [
          '历年数值：',
          '',
          '| 年份 | 类型 | 数值 | 文件 |',
          '| --- | --- | --- | --- |',
          `| 2020 | 基线 | 22.46万核 | [2021—2025年规划](memory:///corpus/gd_plan.md#L${row}) |`,
          `| 2022 | 目标 | 达到 30万核 | [2022年工作要点](memory:///corpus/gd_2022.md#L${L(GD_2022, '省级政务云资源规模')}) |`,
          `| 2025 | 目标 | 达到 30万核 | [2021—2025年规划](memory:///corpus/gd_plan.md#L${L(GD_PLAN, '政务云资源算力规模达到30万核')}) |`,
        ].join('\n'),
      ].join('\n\n'),
    );
  });

  test('an indicator written without its inner quotes is still the indicator, not the platform', () => {
    const markdown = hoverText(service, '粤省事日均活跃用户数达到150万名', '粤省事');
    assert.ok(
      markdown?.startsWith(
        '**“粤省事”日均活跃用户数** · 指标\n\n单位：万名  \n现状值：80（2020年）  \n目标值：150（2025年）',
      ),
      markdown,
    );
  });
});

describe('hover on an agency', () => {
  test('aliases and the tasks it leads, per document', () => {
    const expected = [
      '**省政务服务数据管理局** · 单位',
      '简称/别名：广东省政务服务数据管理局、省政数局',
      `牵头任务：\n- ${WORK_POINTS}：5 项`,
      '语料中使用：2022年，1 个文件。',
    ].join('\n\n');
    assert.equal(hoverText(service, '由省政务服务数据管理局负责', '省政务服务数据管理局'), expected);
    assert.equal(hoverText(service, '由省政数局负责', '省政数局'), expected);
  });

  test("another province's agency leads tasks in its own plan", () => {
    assert.equal(
      hoverText(service, '由省大数据局负责', '省大数据局'),
      [
        '**省大数据局** · 单位',
        '简称/别名：浙江省大数据发展管理局',
        `牵头任务：\n- ${ZJ}：2 项`,
        '语料中使用：2023年，1 个文件。',
      ].join('\n\n'),
    );
  });
});

describe('hover on a cited document', () => {
  const workPoints = [
    `**${WORK_POINTS}**`,
    '',
    '文号：粤办函〔2022〕24号  ',
    '发文机关：广东省人民政府办公厅  ',
    '日期：2022-02-28  ',
    '类型：工作要点',
    '',
    `[打开原文（第 ${titleLine(GD_2022)} 行）](memory:///corpus/gd_2022.md#L${titleLine(GD_2022)})`,
  ].join('\n');

  test('by 《title》: title, 文号, issuer, date and kind', () => {
    const text = '根据《广东省数字政府改革建设2022年工作要点》部署';
    assert.equal(hoverText(service, text, '广东省数字'), workPoints);
    // Inside the marks the title is the document's name; on the marks, the whole citation.
    assert.deepEqual(service.hover(draft(text), positionOf(text, '广东省数字'))?.range, {
      start: { line: 0, character: 3 },
      end: { line: 0, character: 23 },
    });
    assert.equal(hoverText(service, text, '《'), workPoints);
    assert.deepEqual(service.hover(draft(text), positionOf(text, '《'))?.range, {
      start: { line: 0, character: 2 },
      end: { line: 0, character: 24 },
    });
  });

  test('by 文号, with a leading word that is not part of the issuer code', () => {
    const text = '依据粤办函〔2022〕24号，';
    assert.equal(hoverText(service, text, '粤办函'), workPoints);
    assert.equal(hoverText(service, text, '24号'), workPoints);
    assert.deepEqual(service.hover(draft(text), positionOf(text, '〔'))?.range, {
      start: { line: 0, character: 2 },
      end: { line: 0, character: 14 },
    });
    assert.equal(hoverText(service, text, '依据'), undefined);
  });

  test('a document without 文号 says so; a document the corpus lacks says that', () => {
    assert.equal(
      hoverText(service, '《广东省数字政府改革建设“十四五”规划》', '广东'),
      [
        `**${PLAN}**`,
        '',
        '文号：（无）  ',
        '发文机关：广东省人民政府  ',
        '日期：2021-07  ',
        '类型：规划',
        '',
        `[打开原文（第 ${titleLine(GD_PLAN)} 行）](memory:///corpus/gd_plan.md#L${titleLine(GD_PLAN)})`,
      ].join('\n'),
    );
    assert.equal(hoverText(service, '依据粤府〔2023〕47号', '粤府'), '**粤府〔2023〕47号**\n\n语料中没有这份文件。');
    assert.equal(hoverText(service, '参照《某某省数据条例》', '某某'), '**某某省数据条例**\n\n语料中没有这份文件。');
  });
});

describe('hover on a clause reference', () => {
  test('2022年工作要点（五）: the task text, its lead units and where it stands', () => {
    const text = '落实2022年工作要点（五）的要求';
    const line = L(GD_2022, '（五）完善公共数据管理体系');
    assert.equal(
      hoverText(service, text, '工作要点'),
      [
        '**（五）完善公共数据管理体系**',
        '完善公共数据管理体系。建立首席数据官制度，推动公共数据资产登记。（省政务服务数据管理局牵头）',
        '牵头单位：省政务服务数据管理局',
        `来源：${WORK_POINTS}，二、（五） · [打开原文（第 ${line} 行）](memory:///corpus/gd_2022.md#L${line})`,
      ].join('\n\n'),
    );
    assert.deepEqual(service.hover(draft(text), positionOf(text, '（五）'))?.range, {
      start: { line: 0, character: 2 },
      end: { line: 0, character: 14 },
    });
  });

  test('by 《title》（number）, with two lead units', () => {
    const markdown = hoverText(service, '按照《广东省数字政府改革建设2022年工作要点》（三）', '（三）');
    assert.ok(markdown?.startsWith('**（三）推进“一网统管”**\n\n'), markdown);
    assert.ok(markdown?.includes('\n\n牵头单位：省政务服务数据管理局、省公安厅\n\n'), markdown);
  });

  test('a number the document does not have is no clause reference', () => {
    // Falls back to the document the 《title》 names.
    const markdown = hoverText(service, '按照《广东省数字政府改革建设2022年工作要点》（九十九）', '（九十九）');
    assert.equal(markdown, undefined);
  });
});

describe('hover in English', () => {
  test('labels are English; corpus text stays as written', () => {
    setLocale('en');
    try {
      const text =
        '“粤省事”，政务云资源算力规模，省政数局，粤办函〔2022〕24号，2022年工作要点（五），“一网统管”，粤办事';
      const platform = hoverText(service, text, '粤省事') ?? '';
      assert.ok(platform.startsWith('**“粤省事”** · platform\n\n> 面向个人办事的“粤省事”'), platform);
      assert.match(
        platform,
        /Figures.*\n- 日均活跃用户.*2020 baseline 80万名.*2022 target 突破100万.*2025 target 达到150万名/,
      );
      assert.match(platform, /Mentioned 6 times in 2 documents \(2021—2022\)\./);
      assert.match(platform, /Source.*\[Open source \(line \d+\)\]/);
      const indicator = hoverText(service, text, '政务云资源') ?? '';
      assert.ok(indicator.startsWith('**政务云资源算力规模** · indicator'), indicator);
      for (const label of ['Unit', 'Baseline', 'Target', 'Method', 'row 2'])
        assert.ok(indicator.includes(label), `${label} in ${indicator}`);
      const agency = hoverText(service, text, '省政数局') ?? '';
      assert.ok(agency.includes('Also written') && agency.includes('Tasks led'), agency);
      const document = hoverText(service, text, '粤办函') ?? '';
      for (const label of ['Number', 'Issuer', 'Date', 'Kind'])
        assert.ok(document.includes(label), `${label} in ${document}`);
      assert.ok(hoverText(service, text, '（五）')?.includes('Lead units'));
      assert.ok(hoverText(service, text, '一网统管')?.includes('名词解释, entry 1'));
      assert.ok(hoverText(service, text, '粤办事')?.includes('Deprecated; now "粤省事"'));
      for (const markdown of [platform, indicator, agency, document]) {
        assert.doesNotMatch(markdown, /来源|单位：|现状值|目标值|牵头任务|发文机关|语料中提及|打开原文/, markdown);
      }
    } finally {
      setLocale('zh');
    }
  });
});

describe('hover where there is nothing', () => {
  test('an empty line, a line of ordinary words, an empty document', () => {
    const text = '“粤省事”\n\n推进工作落实。';
    assert.equal(service.hover(draft(text), { line: 1, character: 0 }), undefined);
    assert.equal(service.hover(draft(text), { line: 2, character: 2 }), undefined);
    assert.equal(service.hover(draft(''), { line: 0, character: 0 }), undefined);
  });

  test('positions past the end of the line or of the text answer nothing and do not throw', () => {
    const text = '推进“粤省事”\n依托粤省事';
    assert.equal(service.hover(draft(text), { line: 0, character: 9999 }), undefined);
    assert.equal(service.hover(draft(text), { line: 1, character: 9999 }), undefined);
    assert.equal(service.hover(draft(text), { line: 9999, character: 9999 }), undefined);
    assert.equal(service.hover(draft(''), { line: 9999, character: 9999 }), undefined);
  });
});

describe('corpus metadata in a hover is text, never markup', () => {
  test('a title, issuer or 文号 holding an image, a tag or a command link is shown escaped', () => {
    const { service: hostile } = testService();
    const doc = [
      '---',
      'id: hostile',
      'title: 某省工作要点![x](https://example.invalid/beacon.png)',
      'docNumber: 某办〔2024〕1号',
      'issuer: "[点我](command:workbench.action.files.delete)<img src=x>"',
      'date: 2024-01-01',
      'kind: 工作要点',
      '---',
      '',
      '# 某省工作要点',
      '',
      '一、推进“某省通”平台建设。（省数据局牵头）',
    ].join('\n');
    hostile.indexCorpus([{ uri: 'memory:///corpus/hostile.md', content: doc }], EMPTY_REGISTRY);
    const text = '依据某办〔2024〕1号推进。';
    const shown = hoverText(hostile, text, '某办〔2024〕1号') ?? '';
    assert.ok(shown.length > 0, 'the 文号 has a hover');
    assert.doesNotMatch(shown, /(?<!\\)!?\[(?:x|点我)\]\(/, shown);
    assert.doesNotMatch(shown, /(?<!\\)<img/, shown);
    assert.match(shown, /\\\[点我\\\]/);
  });
});
