// The readings table the server looks characters up in (generated from pinyin-pro, which stays a
// devDependency) must say exactly what pinyin-pro says, for every character it covers.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pinyin } from 'pinyin-pro';
import { readingsOf, soundRelation } from '../../../server/src/service/language/pronunciation.js';
import { FIRST, LAST } from '../../../server/src/service/language/readingsTable.js';

test('every character of U+3400–U+9FFF reads as pinyin-pro reads it (regenerate the table if not)', () => {
  const differing: string[] = [];
  for (let code = FIRST; code <= LAST; code++) {
    const ch = String.fromCharCode(code);
    const expected = pinyin(ch, { toneType: 'none', type: 'array', multiple: true });
    if (readingsOf(ch).join(',') !== expected.join(','))
      differing.push(`${ch}: ${readingsOf(ch).join(',')} ≠ ${expected.join(',')}`);
  }
  assert.deepEqual(
    differing.slice(0, 10),
    [],
    `${differing.length} characters differ; run node --import tsx scripts/generate-readings.ts`,
  );
});

test('outside the table: no readings; polyphones keep every reading', () => {
  assert.deepEqual(readingsOf('A'), []);
  assert.deepEqual(readingsOf('，'), []);
  assert.ok(readingsOf('行').includes('xing') && readingsOf('行').includes('hang'));
  assert.deepEqual(soundRelation('事', '市'), { relation: 'same', syllables: 'shi' });
  assert.equal(soundRelation('粤', '省').relation, 'different');
});
