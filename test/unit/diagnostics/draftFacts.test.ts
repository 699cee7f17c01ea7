// What a draft says of itself — its year, month and jurisdiction — read from its title, front matter,
// dateline or closing date, the way every check then uses it.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { datelineOf, draftDate, draftYear } from '../../../server/src/service/checks/draftFacts.js';

describe('draftYear and draftDate', () => {
  const cases: Array<[string, string, number | undefined, number | undefined]> = [
    ['a year in the title', '# 广东省数字政府改革建设2024年工作要点\n\n正文。', 2024, undefined],
    ['front matter', '---\ntitle: 方案\ndate: 2023-06-08\n---\n\n正文。', 2023, 6],
    ['a dateline under the title', '# 实施方案\n（2025年5月）\n\n正文。', 2025, 5],
    ['a dateline with a label before the date', '# 新闻稿\n（新闻通稿，2023年6月）\n\n正文。', 2023, 6],
    ['a dateline with a label after the date', '# 答复\n（2023年8月，省政务服务数据管理局代拟稿）\n\n正文。', 2023, 8],
    [
      'a draft dated only at its end (a letter’s 落款)',
      '# 关于某建议的答复\n\n正文。\n\n某某单位\n2024年3月15日\n',
      2024,
      3,
    ],
    ['no date anywhere', '# 实施方案\n\n到2025年，建成统一平台。', undefined, undefined],
  ];

  test('a plan for a period is about its last year, and speaks from its dateline', () => {
    const text = '# 某厅数字化转型实施方案（2026—2027年）\n\n（2026年1月，征求意见稿）\n\n正文。';
    assert.equal(draftYear(text), 2027);
    assert.deepEqual(draftDate(text, 2027), { year: 2026, month: 1 });
  });
  for (const [what, text, year, month] of cases) {
    test(what, () => {
      assert.equal(draftYear(text), year);
      assert.deepEqual(draftDate(text, draftYear(text)), {
        ...(year !== undefined ? { year } : {}),
        ...(month !== undefined ? { month } : {}),
      });
    });
  }

  test('a sentence of the body is no dateline, nor a date inside the last paragraph', () => {
    assert.equal(datelineOf('# 总结\n2024年，全省新建便民服务点300个。\n\n正文。'), undefined);
    assert.equal(datelineOf('# 总结\n\n正文。\n\n截至2024年3月，累计完成120项。'), undefined);
  });
});
