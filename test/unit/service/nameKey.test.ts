// nameKey's quick path (a text with nothing to drop or fold is its own key) gives what the five
// replacements give, for every character they touch and for texts without them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { nameKey } from '../../../server/src/service/text/normalize.js';

const replaced = (text: string) =>
  text
    .replace(/[\s\u3000]+/g, '')
    .replace(/[“”"'‘’「」『』《》〈〉]/g, '')
    .replace(/（/g, '(')
    .replace(/）/g, ')')
    .replace(/＋/g, '+');

test('nameKey equals the replacements on texts with and without the characters they change', () => {
  const touched = [
    ' ',
    '\t',
    '\n',
    '\u3000',
    '“',
    '”',
    '"',
    "'",
    '‘',
    '’',
    '「',
    '」',
    '『',
    '』',
    '《',
    '》',
    '〈',
    '〉',
    '（',
    '）',
    '＋',
  ];
  const plain = ['粤', '省', '事', 'A', '1', '+', '(', ')', '·', '-'];
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  for (let i = 0; i < 5000; i++) {
    const pool = i % 2 === 0 ? plain : [...plain, ...touched];
    const text = Array.from({ length: 1 + Math.floor(next() * 12) }, () => pool[Math.floor(next() * pool.length)]).join(
      '',
    );
    assert.equal(nameKey(text), replaced(text), JSON.stringify(text));
  }
  for (const ch of touched) assert.notEqual(nameKey(`粤${ch}事`), `粤${ch}事`, `${JSON.stringify(ch)} is changed`);
});
