// value.* on the in-memory Guangdong corpus: the plan's 表1 (baseline 2020, target 2025), the 2021 work
// points (older targets) and the 2022 work points. One figure per draft, so that value.inconsistent (two
// values in one draft) does not join in, except where it is the point.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  findingsOf,
  GD_2021_URI,
  GD_PLAN_URI,
  GD_SOURCES,
  gdIndex,
  rangeOf,
  THIS_DRAFT,
  type Seen,
} from './corpora.js';

const HEAD = '# 广东省数字政府改革建设2025年工作要点\n\n';
const findings = (body: string): Seen[] => findingsOf(gdIndex(), GD_SOURCES, HEAD + body);
const at = (body: string, needle: string, occurrence = 0) => rangeOf(HEAD + body, needle, occurrence);

/** The plan's goals sentence, as value diagnostics quote it (its first 60 characters). */
const GOALS = `2021—2025年规划：${'到2025年，“粤省事”日均活跃用户数达到150万名，“粤商通”日均活跃用户数达到80万名，政务云资源算力规模达到30万核。'.slice(0, 60)}`;

describe('value.outdated', () => {
  test('the 2021 work points’ target for “粤省事” in a 2025 draft: names the old document and year, fixed to the plan’s 150万名', () => {
    const body = '到2025年，“粤省事”日均活跃用户数达到100万名。';
    const range = at(body, '100万名');
    assert.deepEqual(findings(body), [
      {
        code: 'value.outdated',
        severity: 'warning',
        span: '100万名',
        range,
        message: '100万名是《2021年工作要点》2021年的目标，已被更新：《2021—2025年规划》2025年目标为150万名',
        related: [
          { uri: GD_2021_URI, text: '100万', message: '2021年工作要点：推动“粤省事”日均活跃用户突破100万。' },
          { uri: GD_PLAN_URI, text: '150万名', message: GOALS },
        ],
        fixes: [{ title: '改为150万名', range, newText: '150万名', preferred: true, safe: false }],
      },
    ]);
  });

  test('the same for 政务云 (万核): 24万核 of 2021 → 30万核', () => {
    const body = '到2025年，政务云资源算力规模达到24万核。';
    const range = at(body, '24万核');
    assert.deepEqual(findings(body), [
      {
        code: 'value.outdated',
        severity: 'warning',
        span: '24万核',
        range,
        message: '24万核是《2021年工作要点》2021年的目标，已被更新：《2021—2025年规划》2025年目标为30万核',
        related: [
          { uri: GD_2021_URI, text: '24万核', message: '2021年工作要点：推动政务云资源算力规模达到24万核。' },
          { uri: GD_PLAN_URI, text: '30万核', message: GOALS },
        ],
        fixes: [{ title: '改为30万核', range, newText: '30万核', preferred: true, safe: false }],
      },
    ]);
  });
});

describe('value.baseline-as-target', () => {
  test('the 表1 baseline of 政务云 stated as a 2025 target: cites the table row and the target', () => {
    const body = '到2025年，政务云资源算力规模达到22.46万核。';
    const range = at(body, '22.46万核');
    assert.deepEqual(findings(body), [
      {
        code: 'value.baseline-as-target',
        severity: 'warning',
        span: '22.46万核',
        range,
        message: '22.46万核是“政务云资源算力规模”的基线值（2020年），不是目标；语料目标为30万核（2025年）',
        related: [
          {
            uri: GD_PLAN_URI,
            // The table cell itself: the value the message speaks of.
            text: '22.46',
            message: '2021—2025年规划：政务云资源算力规模（万核） 现状值 22.46 目标值 30',
          },
          { uri: GD_PLAN_URI, text: '30万核', message: GOALS },
        ],
        fixes: [{ title: '改为30万核', range, newText: '30万核', preferred: true, safe: false }],
      },
    ]);
  });

  test('“粤省事”日均活跃用户 80万名 (its 2020 baseline) as a target', () => {
    const body = '到2025年，“粤省事”日均活跃用户数达到80万名。';
    const range = at(body, '80万名');
    assert.deepEqual(findings(body), [
      {
        code: 'value.baseline-as-target',
        severity: 'warning',
        span: '80万名',
        range,
        message: '80万名是“粤省事”日均活跃用户的基线值（2020年），不是目标；语料目标为150万名（2025年）',
        related: [
          {
            uri: GD_PLAN_URI,
            text: '80',
            message: '2021—2025年规划：“粤省事”日均活跃用户数（万名） 现状值 80 目标值 150',
          },
          { uri: GD_PLAN_URI, text: '150万名', message: GOALS },
        ],
        fixes: [{ title: '改为150万名', range, newText: '150万名', preferred: true, safe: false }],
      },
    ]);
  });
});

describe('value.conflict', () => {
  test('a 2025 target of “粤商通” that matches no corpus figure: the corpus target for that year, cited and offered', () => {
    const body = '到2025年，“粤商通”日均活跃用户数达到200万名。';
    const range = at(body, '200万名');
    assert.deepEqual(findings(body), [
      {
        code: 'value.conflict',
        severity: 'warning',
        span: '200万名',
        range,
        message: '“粤商通”日均活跃用户2025年的目标在语料中为80万名，此处为200万名',
        related: [
          { uri: GD_PLAN_URI, text: '80万名', message: GOALS },
          {
            uri: GD_PLAN_URI,
            text: '80',
            message: '2021—2025年规划：“粤商通”日均活跃用户数（万名） 现状值 20 目标值 80',
          },
        ],
        fixes: [{ title: '改为80万名', range, newText: '80万名', preferred: true, safe: false }],
      },
    ]);
  });
});

describe('value.inconsistent', () => {
  test('two values for one metric the corpus does not set: the second is flagged, pointing at the first; its fix is not preferred', () => {
    const body = '到2025年，“粤商通”实名注册用户数达到1000万。\n\n推动“粤商通”实名注册用户数达到1200万。';
    const range = at(body, '1200万');
    const first = at(body, '1000万');
    assert.deepEqual(findings(body), [
      {
        code: 'value.inconsistent',
        severity: 'warning',
        span: '1200万',
        range,
        message: `“粤商通”实名注册用户在本文稿中前后不一：第${first.start.line + 1}行为1000万，此处为1200万`,
        related: [{ uri: THIS_DRAFT, text: '1000万', message: '前文的数值' }],
        fixes: [{ title: '改为1000万', range, newText: '1000万', preferred: false, safe: false }],
      },
    ]);
  });

  test('the same value twice, or values for two different metrics, are consistent', () => {
    assert.deepEqual(
      findings('到2025年，“粤商通”实名注册用户数达到1000万。\n\n推动“粤商通”实名注册用户数达到1000万。'),
      [],
    );
    assert.deepEqual(
      findings('到2025年，“粤商通”实名注册用户数达到1000万。\n\n推动“粤省事”实名注册用户数达到1200万。'),
      [],
    );
  });
});

describe('targets that agree with the corpus', () => {
  test('the plan’s 2025 targets restated are silent, in one sentence or several', () => {
    assert.deepEqual(findings('到2025年，“粤省事”日均活跃用户数达到150万名。'), []);
    assert.deepEqual(findings('到2025年，政务云资源算力规模达到30万核，“粤商通”日均活跃用户数达到80万名。'), []);
  });

  test('the 分别 sentence: 80万名 belongs to “粤商通” (its target), not to “粤省事” (whose baseline it is)', () => {
    assert.deepEqual(findings('到2025年，“粤省事”“粤商通”日均活跃用户数分别达到150万名、80万名。'), []);
  });

  test('月均 and 日均 are different metrics: the 2022 月均 figure is never compared with the 日均 target', () => {
    assert.deepEqual(findings('在“粤商通”平台月均活跃用户超过200万的基础上，提升用户粘性。'), []);
    // …while the same number as a 日均 target does conflict (see value.conflict): the metric is what keeps them apart.
    assert.deepEqual(
      findings('到2025年，“粤商通”日均活跃用户数达到200万名。').map((f) => f.code),
      ['value.conflict'],
    );
  });

  test('a sentence that cites the 2021 work points is read with that document’s year: its old target is no mistake', () => {
    assert.deepEqual(findings('《广东省数字政府改革建设2021年工作要点》提出“粤省事”日均活跃用户突破100万。'), []);
  });

  test('a baseline stated as the 2020 status is not a target', () => {
    assert.deepEqual(findings('截至2020年底，“粤省事”日均活跃用户80万名，政务云资源算力规模22.46万核。'), []);
  });
});
