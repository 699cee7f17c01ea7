// The table of ways a document says one name replaced another: every row reads its own example (with no
// known names to lean on, so the trimming of spans is tested too), and look-alike sentences that state
// no replacement are read as nothing.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { REPLACEMENT_PATTERNS } from '../../../server/src/service/history/replacementPatterns.js';
import { readSentence, statedReplacements } from '../../../server/src/service/history/statedReplacements.js';

const noNames = () => [];

describe('replacement patterns: one test per row', () => {
  for (const pattern of REPLACEMENT_PATTERNS) {
    test(`${pattern.id}: ${pattern.reads}`, () => {
      const found = readSentence(pattern.example.text, pattern, noNames);
      assert.deepEqual(
        found,
        pattern.example.new
          ? { old: pattern.example.old, replacedBy: pattern.example.new }
          : { old: pattern.example.old },
      );
    });
  }

  test('every row’s example passes its cue filter and is read through statedReplacements too', () => {
    for (const pattern of REPLACEMENT_PATTERNS) {
      assert.ok(
        pattern.cues.some((cue) => pattern.example.text.includes(cue)),
        `${pattern.id}: the example holds a cue`,
      );
      const read = statedReplacements(pattern.example.text, noNames).filter((r) => r.pattern === pattern.id);
      assert.deepEqual(
        read.map((r) => r.old),
        [pattern.example.old],
        pattern.id,
      );
    }
  });

  test('the ids are unique and every row names the old name', () => {
    assert.equal(new Set(REPLACEMENT_PATTERNS.map((p) => p.id)).size, REPLACEMENT_PATTERNS.length);
    for (const pattern of REPLACEMENT_PATTERNS) assert.match(pattern.pattern.source, /\(\?<old>/, pattern.id);
  });
});

describe('sentences that state no replacement', () => {
  const none = [
    // 原则上, 原有, 原来: 原 that is not "the former".
    '原则上由省政务服务数据管理局统筹。',
    '整合原有业务系统，提升服务能力。',
    // A merger of data, not of bodies or platforms: no name stands in the spans.
    '将各类数据整合为统一的数据资源目录。',
    // The same brand on another head noun: the platform (its brand) stays.
    '将“政企通”小程序升级为“政企通”企业服务平台。',
    // An ordinary clause with 基础上 and no 原.
    '在现有工作基础上，进一步建设一体化平台。',
  ];
  for (const sentence of none) {
    test(sentence, () => assert.deepEqual(statedReplacements(sentence, noNames), []));
  }
});

describe('statedReplacements', () => {
  test('one replacement per old name and sentence: the pattern naming a successor wins over 原X alone', () => {
    const text = '由省政务服务和数据管理局（原省政务服务数据管理局）牵头。';
    assert.deepEqual(
      statedReplacements(text, noNames).map((r) => [r.pattern, r.old, r.replacedBy]),
      [['formerly', '省政务服务数据管理局', '省政务服务和数据管理局']],
    );
  });

  test('offsets and sentence: the second sentence of a text', () => {
    const text = '推进数字政府建设。\n2019年，省电子政务办更名为省数字政府办。';
    const [found] = statedReplacements(text, noNames);
    assert.equal(text.slice(found.start, found.end), '2019年，省电子政务办更名为省数字政府办');
    assert.equal(found.old, '省电子政务办');
    assert.equal(found.replacedBy, '省数字政府办');
  });
});
