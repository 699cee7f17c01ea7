// What counts as one slip of a name: the edit model behind name.near-miss.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isOneSlip, slipBetween } from '../../../server/src/service/checks/names/slip.js';

test('one character substituted, dropped, added, or two neighbours swapped', () => {
  assert.equal(isOneSlip('一网通管', '一网统管'), true);
  assert.equal(isOneSlip('一网管', '一网统管'), true);
  assert.equal(isOneSlip('一网统统管', '一网统管'), true);
  assert.equal(isOneSlip('一统网管', '一网统管'), true);
});

test('two short words swapped inside a long name', () => {
  assert.equal(isOneSlip('省政务数据服务管理局', '省政务服务数据管理局'), true);
  assert.equal(
    isOneSlip('省数据政务服务管理局', '省政务服务数据管理局'),
    false,
    'a three-character move is more than a slip',
  );
});

test('the name itself, two edits, or a length two apart are not one slip', () => {
  assert.equal(isOneSlip('一网统管', '一网统管'), false);
  assert.equal(isOneSlip('一网通办', '一网统管'), false);
  assert.equal(isOneSlip('一网', '一网统管'), false);
  assert.equal(isOneSlip('粤好办', '粤省事'), false);
});

test('characters, not UTF-16 units: a supplementary-plane character is one character', () => {
  assert.equal(isOneSlip('粤𠀀事', '粤省事'), true);
});

test('isOneSlip answers as slipBetween does, on every edit of real names (surrogates included)', () => {
  const names = ['省政务服务数据管理局', '一网统管', '粤省事', '闽政通（政务版）', 'i深圳', '𠀀政通办'];
  const alphabet = ['省', '务', '网', '管', '通', '𠀀', 'a'];
  let compared = 0;
  for (const name of names) {
    const chars = [...name];
    const variants = new Set<string>([name, '', name + name]);
    chars.forEach((_, i) => {
      variants.add([...chars.slice(0, i), ...chars.slice(i + 1)].join(''));
      for (const c of alphabet) {
        variants.add([...chars.slice(0, i), c, ...chars.slice(i + 1)].join(''));
        variants.add([...chars.slice(0, i), c, ...chars.slice(i)].join(''));
      }
      for (let j = i + 1; j <= Math.min(chars.length, i + 4); j++)
        for (let k = j + 1; k <= Math.min(chars.length, j + 2); k++)
          variants.add([...chars.slice(0, i), ...chars.slice(j, k), ...chars.slice(i, j), ...chars.slice(k)].join(''));
    });
    for (const written of variants) {
      assert.equal(isOneSlip(written, name), slipBetween(written, name) !== undefined, `${written} / ${name}`);
      compared++;
    }
  }
  assert.ok(compared > 300);
});
