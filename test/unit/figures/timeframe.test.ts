import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findYearMentions, planEndYear } from '../../../server/src/service/figures/timeframe.js';

const mentions = (text: string) => findYearMentions(text, 0, text.length).map((m) => [m.year, m.role]);

test('five-year plans end in ...0 and ...5', () => {
  assert.equal(planEndYear(13), 2020);
  assert.equal(planEndYear(14), 2025);
  assert.equal(planEndYear(15), 2030);
  assert.equal(planEndYear(10), 2005);
});

test('year mentions and their roles', () => {
  assert.deepEqual(mentions('到2025年，'), [[2025, 'target']]);
  assert.deepEqual(mentions('到 2025 年底，'), [[2025, 'target']]);
  assert.deepEqual(mentions('截至2020年12月31日'), [[2020, 'asOf']]);
  assert.deepEqual(mentions('2022年，'), [[2022, 'plain']]);
  assert.deepEqual(mentions('2022—2023年，'), [[2023, 'plain']]);
  assert.deepEqual(mentions('到“十四五”末，'), [[2025, 'target']]);
  assert.deepEqual(mentions('“十三五”期末'), [[2020, 'target']]);
});

test('periods that start, titles and plan names are not dates of a figure', () => {
  assert.deepEqual(mentions('2017年以来，'), []);
  assert.deepEqual(mentions('从 2021 年起安排'), []);
  assert.deepEqual(mentions('《广东省“数字政府”建设总体规划（2018—2020年）》'), []);
  assert.deepEqual(mentions('数字政府改革建设“十四五”规划'), []);
});
