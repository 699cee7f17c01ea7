// Nothing in the checker is Guangdong's: with a Zhejiang corpus (“浙里办” “浙政钉”, the brand prefix 浙,
// its own deprecated agency, its own 表1 and two work points with an older and a newer target) every code
// fires on Zhejiang mistakes, and Guangdong's names mean nothing.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  findingsOf,
  rangeOf,
  THIS_DRAFT,
  zjIndex,
  ZJ_2022_URI,
  ZJ_2023_URI,
  ZJ_PLAN_URI,
  ZJ_SOURCES,
  type Seen,
} from './corpora.js';

const HEAD = '# 浙江省数字政府建设2025年工作要点\n\n';
const findings = (body: string, head = HEAD): Seen[] => findingsOf(zjIndex(), ZJ_SOURCES, head + body);
const at = (body: string, needle: string, occurrence = 0, head = HEAD) => rangeOf(head + body, needle, occurrence);

const ZLB_SENTENCE = '依托“浙里办”移动政务服务平台，群众办事实现“掌上办”。';
const ZZD_SENTENCE = '依托“浙政钉”掌上办公平台，实现机关“掌上办公”。';
const AGENCY_SENTENCE = '2018年，撤销省数据管理中心，组建省大数据局。';
const GOALS = '2021—2025年规划：到2025年，“浙里办”月活跃用户数达到2000万，政务服务事项网办率达到95%。';

describe('name codes on a Zhejiang corpus', () => {
  test('name.near-miss: a quoted brand (“浙里半”, same sound); a sibling phrasing (最多跑一趟) is no slip', () => {
    const body = '依托“浙里半”办理。\n深化“最多跑一趟”改革。';
    assert.deepEqual(findings(body), [
      {
        code: 'name.near-miss',
        severity: 'warning',
        span: '浙里半',
        range: at(body, '浙里半'),
        message: '“浙里半”疑为“浙里办”之误（同音字：半/办 ban）',
        related: [{ uri: ZJ_PLAN_URI, text: ZLB_SENTENCE, message: '“浙里办”见此' }],
        // Quoted, after the brand prefix, the same sound and one candidate: certain, so preferred —
        // but still a suggestion that `check --fix` does not apply.
        fixes: [{ title: '改为“浙里办”', range: at(body, '浙里半'), newText: '浙里办', preferred: true, safe: false }],
      },
    ]);
    // 趟 and 次 do not sound alike: 最多跑一趟 is a phrasing of its own (sibling slogans abound), not a slip.
  });

  test('name.deprecated: 省数据管理中心, replaced by 省大数据局 per the plan', () => {
    const body = '由省数据管理中心负责。';
    const range = at(body, '省数据管理中心');
    assert.deepEqual(findings(body), [
      {
        code: 'name.deprecated',
        severity: 'warning',
        span: '省数据管理中心',
        range,
        message: '“省数据管理中心”已停用（2018起），现为“省大数据局”；依据：浙江省数字政府建设“十四五”规划',
        related: [{ uri: ZJ_PLAN_URI, text: AGENCY_SENTENCE, message: '“省大数据局”见此' }],
        fixes: [{ title: '改为“省大数据局”', range, newText: '省大数据局', preferred: true, safe: true }],
      },
    ]);
  });

  test('name.variant: “浙政钉” quoted and bare in one draft', () => {
    const body = '推动“浙政钉”全覆盖。\n推动浙政钉与“浙里办”融合。';
    const range = at(body, '浙政钉', 1);
    assert.deepEqual(findings(body), [
      {
        code: 'name.variant',
        severity: 'warning',
        span: '浙政钉',
        range,
        message: '同一文稿中“浙政钉”有不同写法：此处为浙政钉，其他处为“浙政钉”',
        related: [{ uri: ZJ_PLAN_URI, text: ZZD_SENTENCE, message: '语料中的写法' }],
        fixes: [{ title: '统一为“浙政钉”', range, newText: '“浙政钉”', preferred: true, safe: true }],
      },
    ]);
  });

  test('name.quotes: "浙里办" in ASCII quotes', () => {
    const body = '依托"浙里办"办理。';
    const range = at(body, '"浙里办"');
    assert.deepEqual(findings(body), [
      {
        code: 'name.quotes',
        severity: 'warning',
        span: '"浙里办"',
        range,
        message: '平台名称应使用全角引号：“浙里办”',
        related: [{ uri: ZJ_PLAN_URI, text: ZLB_SENTENCE, message: '语料中的写法' }],
        fixes: [{ title: '改为“浙里办”', range, newText: '“浙里办”', preferred: true, safe: true }],
      },
    ]);
  });

  test('name.unknown-platform: “浙学堂” has the 浙 brand shape; “粤好办” does not, here', () => {
    const body = '推出“浙学堂”和“粤好办”。';
    assert.deepEqual(findings(body), [
      {
        code: 'name.unknown-platform',
        severity: 'info',
        span: '浙学堂',
        range: at(body, '浙学堂'),
        message: '语料中没有平台“浙学堂”，请核实名称',
        related: [],
        fixes: [],
      },
    ]);
  });

  test('Guangdong’s names are unknown to a Zhejiang corpus: no near miss of 粤省事, no deprecated 省信息中心', () => {
    assert.deepEqual(findings('依托“粤省新”，由省信息中心负责。'), []);
  });

  test('silent: known names, the city’s own agency, the history sentence', () => {
    assert.deepEqual(findings('依托“浙里办”“浙政钉”，深化“最多跑一次”改革，建设公共数据平台。（省大数据局牵头）'), []);
    assert.deepEqual(findings('（市大数据局牵头）'), []);
    assert.deepEqual(findings('2018年，撤销省数据管理中心，组建省大数据局。'), []);
  });
});

describe('doc.number-mismatch on a Zhejiang corpus', () => {
  test('wrong brackets, and another document’s number after a title', () => {
    const body =
      '落实《浙江省数字政府建设“十四五”规划》（浙政发[2021]8号）。\n落实《浙江省数字政府建设2022年工作要点》（浙政办发〔2023〕7号）。';
    assert.deepEqual(findings(body), [
      {
        code: 'doc.number-mismatch',
        severity: 'warning',
        span: '浙政发[2021]8号',
        range: at(body, '浙政发[2021]8号'),
        message: '文号年份应使用六角括号：浙政发〔2021〕8号',
        related: [
          {
            uri: ZJ_PLAN_URI,
            text: '浙江省数字政府建设“十四五”规划',
            message: '《浙江省数字政府建设“十四五”规划》浙政发〔2021〕8号',
          },
        ],
        fixes: [
          {
            title: '改为浙政发〔2021〕8号',
            range: at(body, '[2021]'),
            newText: '〔2021〕',
            preferred: true,
            safe: true,
          },
        ],
      },
      {
        code: 'doc.number-mismatch',
        severity: 'warning',
        span: '浙政办发〔2023〕7号',
        range: at(body, '浙政办发〔2023〕7号'),
        message:
          '浙政办发〔2023〕7号是《浙江省数字政府建设2023年工作要点》的文号，不是《浙江省数字政府建设2022年工作要点》的',
        related: [
          {
            uri: ZJ_2023_URI,
            text: '浙江省数字政府建设2023年工作要点',
            message: '《浙江省数字政府建设2023年工作要点》浙政办发〔2023〕7号',
          },
        ],
        fixes: [
          {
            title: '改为浙政办发〔2022〕5号',
            range: at(body, '浙政办发〔2023〕7号'),
            newText: '浙政办发〔2022〕5号',
            preferred: false,
            safe: false,
          },
        ],
      },
    ]);
  });
});

describe('value codes on a Zhejiang corpus (万 and %, 月活跃)', () => {
  test('value.outdated: the 2022 work points’ 1500万 in a 2025 draft → the plan’s 2000万', () => {
    const body = '到2025年，“浙里办”月活跃用户数达到1500万。';
    const range = at(body, '1500万');
    assert.deepEqual(findings(body), [
      {
        code: 'value.outdated',
        severity: 'warning',
        span: '1500万',
        range,
        message: '1500万是《2022年工作要点》2022年的目标，已被更新：《2021—2025年规划》2025年目标为2000万',
        related: [
          { uri: ZJ_2022_URI, text: '1500万', message: '2022年工作要点：推动“浙里办”月活跃用户数达到1500万。' },
          { uri: ZJ_PLAN_URI, text: '2000万', message: GOALS },
        ],
        fixes: [{ title: '改为2000万', range, newText: '2000万', preferred: true, safe: false }],
      },
    ]);
  });

  test('value.outdated in a 2023 draft: the newer target is the 2023 work points’ 1800万, not the plan’s 2025 figure', () => {
    const head = '# 浙江省数字政府建设2023年工作要点\n\n';
    const body = '推动“浙里办”月活跃用户数达到1500万。';
    const range = at(body, '1500万', 0, head);
    assert.deepEqual(findings(body, head), [
      {
        code: 'value.outdated',
        severity: 'warning',
        span: '1500万',
        range,
        message: '1500万是《2022年工作要点》2022年的目标，已被更新：《2023年工作要点》2023年目标为1800万',
        related: [
          { uri: ZJ_2022_URI, text: '1500万', message: '2022年工作要点：推动“浙里办”月活跃用户数达到1500万。' },
          { uri: ZJ_2023_URI, text: '1800万', message: '2023年工作要点：推动“浙里办”月活跃用户数达到1800万。' },
        ],
        // The year is the draft's own, not stated in the sentence: likely, so the suggestion is not preferred.
        fixes: [{ title: '改为1800万', range, newText: '1800万', preferred: false, safe: false }],
      },
    ]);
  });

  test('value.baseline-as-target: 网办率 80% is the 2020 baseline', () => {
    const body = '到2025年，政务服务事项网办率达到80%。';
    const range = at(body, '80%');
    assert.deepEqual(findings(body), [
      {
        code: 'value.baseline-as-target',
        severity: 'warning',
        span: '80%',
        range,
        message: '80%是“政务服务事项网办率”的基线值（2020年），不是目标；语料目标为95%（2025年）',
        related: [
          {
            uri: ZJ_PLAN_URI,
            text: '80',
            message: '2021—2025年规划：政务服务事项网办率（%） 现状值 80 目标值 95',
          },
          { uri: ZJ_PLAN_URI, text: '95%', message: GOALS },
        ],
        fixes: [{ title: '改为95%', range, newText: '95%', preferred: true, safe: false }],
      },
    ]);
  });

  test('value.conflict: 网办率 90% for 2025', () => {
    const body = '到2025年，政务服务事项网办率达到90%。';
    const range = at(body, '90%');
    assert.deepEqual(findings(body), [
      {
        code: 'value.conflict',
        severity: 'warning',
        span: '90%',
        range,
        message: '“政务服务事项网办率”2025年的目标在语料中为95%，此处为90%',
        related: [
          { uri: ZJ_PLAN_URI, text: '95%', message: GOALS },
          {
            uri: ZJ_PLAN_URI,
            text: '95',
            message: '2021—2025年规划：政务服务事项网办率（%） 现状值 80 目标值 95',
          },
        ],
        fixes: [{ title: '改为95%', range, newText: '95%', preferred: true, safe: false }],
      },
    ]);
  });

  test('value.inconsistent: two 2025 targets for “浙政钉” daily users in one draft', () => {
    const body = '到2025年，“浙政钉”日活跃用户数达到300万。\n到2025年，“浙政钉”日活跃用户数达到350万。';
    const range = at(body, '350万');
    assert.deepEqual(findings(body), [
      {
        code: 'value.inconsistent',
        severity: 'warning',
        span: '350万',
        range,
        message: '“浙政钉”日均活跃用户在本文稿中前后不一：第3行为300万，此处为350万',
        related: [{ uri: THIS_DRAFT, text: '300万', message: '前文的数值' }],
        fixes: [{ title: '改为300万', range, newText: '300万', preferred: false, safe: false }],
      },
    ]);
  });

  test('silent: the plan’s targets, and each work points’ target in a draft of its own year', () => {
    assert.deepEqual(findings('到2025年，“浙里办”月活跃用户数达到2000万，政务服务事项网办率达到95%。'), []);
    assert.deepEqual(findings('推动“浙里办”月活跃用户数达到1800万。', '# 浙江省数字政府建设2023年工作要点\n\n'), []);
    assert.deepEqual(findings('推动“浙里办”月活跃用户数达到1500万。', '# 浙江省数字政府建设2022年工作要点\n\n'), []);
  });
});
