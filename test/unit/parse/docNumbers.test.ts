// 文号 in running text: findDocNumbers reads the issuer code back from the bracketed year, where the
// specification is one regular expression (kept here) tried at every position.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findDocNumbers } from '../../../server/src/service/names/citations.js';
import { markdownTexts } from './markdownTexts.js';

const SPECIFICATION = /([\u4e00-\u9fff]{1,8})([〔[(（［【])(\d{4})([〕\])）］】])(\d{1,4})号/g;
const LEADING_WORDS =
  /^(?:依据|根据|按照|参照|参见|详见|对照|落实|贯彻|印发|转发|关于|即|见|和|与|及|或|的|以|经|按|据|文件|号文|通知|意见)+/;

/** What the specification finds, in findDocNumbers' terms. */
function specified(text: string) {
  return [...text.matchAll(SPECIFICATION)].map((m) => {
    const code = m[1].replace(LEADING_WORDS, '') || m[1];
    const start = m.index + (m[1].length - code.length);
    return {
      start,
      end: m.index + m[0].length,
      text: m[0].slice(m[1].length - code.length),
      canonical: `${code}〔${m[3]}〕${m[5]}号`,
      wrongBrackets: m[2] !== '〔' || m[4] !== '〕',
      year: m[3],
      yearStart: m.index + m[1].length,
      yearEnd: m.index + m[1].length + m[2].length + m[3].length + m[4].length,
    };
  });
}

test('the same 文号 as the specification: edge cases', () => {
  const cases = [
    '依据粤办函〔2022〕24号和国办发〔2021〕3号',
    '粤办函〔2021〕44号国办发〔2022〕3号', // the second code starts after the first's 号
    '〔2021〕4号〔2022〕5号', // no code before the first: 号 is the second's
    '关于印发广东省数字政府改革建设2022年工作要点的通知（粤办函［2022］24号）',
    '一二三四五六七八九十粤府(2023)1号、粤府【2023】12345号、粤府〔2023〕〔2024〕5号',
    '号号号号号号号号号号〔2020〕1号',
    '粤〔202〕1号 粤〔20211〕1号 A〔2021〕1号 ',
    '',
  ];
  for (const text of cases) assert.deepEqual(findDocNumbers(text), specified(text), text);
});

test('the same 文号 as the specification on every corpus document and draft', () => {
  let found = 0;
  for (const { path, text } of markdownTexts()) {
    const expected = specified(text);
    assert.deepEqual(findDocNumbers(text), expected, path);
    found += expected.length;
  }
  assert.ok(found > 100, `${found} 文号 compared`);
});
