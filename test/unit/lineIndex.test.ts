import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LineIndex } from '../../server/src/service/text/lineIndex.js';
import { parseChineseNumeral } from '../../server/src/service/text/chineseNumerals.js';

test('LineIndex maps offsets and positions across LF, CRLF and a last line without newline', () => {
  const index = new LineIndex('一、甲\r\n（一）乙\n末行');
  assert.equal(index.lineCount, 3);
  assert.equal(index.lineText(0), '一、甲');
  assert.equal(index.lineText(2), '末行');
  assert.deepEqual(index.positionAt(index.text.indexOf('乙')), { line: 1, character: 3 });
  assert.equal(index.offsetAt({ line: 2, character: 1 }), index.text.indexOf('行'));
  // Odd positions clamp instead of throwing.
  assert.equal(index.offsetAt({ line: 99, character: 0 }), index.text.length);
  assert.equal(index.offsetAt({ line: 0, character: 999 }), 3);
});

test('LineIndex reads the same lines from LF, CRLF and CR texts (two ways of finding line starts)', () => {
  const lines = ['一、总体要求', '', '（一）主要目标。', '到2025年，建成“粤省事”。', ''];
  const lf = new LineIndex(lines.join('\n'));
  for (const end of ['\r\n', '\r']) {
    const other = new LineIndex(lines.join(end));
    assert.equal(other.lineCount, lf.lineCount, JSON.stringify(end));
    for (let line = 0; line < lf.lineCount; line++) assert.equal(other.lineText(line), lf.lineText(line));
  }
  assert.equal(lf.lineCount, 5);
  assert.equal(lf.lineStart(3), lines.slice(0, 3).join('\n').length + 1);
  assert.deepEqual(lf.positionAt(lf.text.length), { line: 4, character: 0 });
  assert.equal(new LineIndex('').lineCount, 1);
});

test('Chinese numerals parse up to the hundreds', () => {
  assert.equal(parseChineseNumeral('五'), 5);
  assert.equal(parseChineseNumeral('十'), 10);
  assert.equal(parseChineseNumeral('十一'), 11);
  assert.equal(parseChineseNumeral('二十九'), 29);
  assert.equal(parseChineseNumeral('一百零五'), 105);
  assert.ok(Number.isNaN(parseChineseNumeral('甲')));
});
