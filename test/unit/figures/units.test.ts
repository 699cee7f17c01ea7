import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  countersComparable,
  normalizeQuantity,
  readUnit,
  splitUnit,
} from '../../../server/src/service/figures/units.js';

test('magnitudes compare across 万 and 亿; 万名 is 万 plus the counter 名', () => {
  assert.deepEqual(normalizeQuantity(1.1, '亿'), { base: 110_000_000, counter: '' });
  assert.deepEqual(normalizeQuantity(1.1, '亿'), normalizeQuantity(11000, '万'));
  assert.deepEqual(normalizeQuantity(150, '万名'), { base: 1_500_000, counter: '名' });
  assert.deepEqual(normalizeQuantity(150, '万名'), normalizeQuantity(1_500_000, '名'));
  assert.deepEqual(normalizeQuantity(30, '万核'), { base: 300_000, counter: '核' });
  assert.deepEqual(normalizeQuantity(130, '万路'), { base: 1_300_000, counter: '路' });
  assert.deepEqual(normalizeQuantity(9.41, '亿元'), { base: 941_000_000, counter: '元' });
  assert.deepEqual(normalizeQuantity(1, '千万'), { base: 10_000_000, counter: '' });
  assert.deepEqual(normalizeQuantity(56.29, '%'), { base: 56.29, counter: '%' });
  assert.deepEqual(normalizeQuantity(90, '％'), { base: 90, counter: '%' });
  // 百分点 and 千米 begin with a magnitude character but are units of their own.
  assert.deepEqual(normalizeQuantity(2, '个百分点'), { base: 2, counter: '个百分点' });
  assert.deepEqual(splitUnit('千米'), { magnitude: 1, counter: '千米' });
});

test('100万 and 100% never compare equal; a bare magnitude compares with counts, not with ratios or money', () => {
  const a = normalizeQuantity(100, '万');
  const b = normalizeQuantity(100, '%');
  assert.notDeepEqual(a, b);
  assert.equal(countersComparable(a.counter, b.counter), false);
  assert.equal(countersComparable('', '名'), true);
  assert.equal(countersComparable('名', '人'), true);
  assert.equal(countersComparable('', '元'), false);
  assert.equal(countersComparable('个', '项'), false);
  assert.equal(countersComparable('%', '个百分点'), false);
});

test('readUnit takes spaces, 多 / 余 and magnitudes, and refuses words that only start like a counter', () => {
  const at = (text: string) => readUnit(text, text.search(/\D/));
  assert.deepEqual(at('200 万。'), { unit: '万', end: 5 });
  assert.deepEqual(at('600 多项'), { unit: '项', end: 6, approx: '多' });
  assert.deepEqual(at('350 余万份'), { unit: '万份', end: 7, approx: '余' });
  assert.deepEqual(at('130 万路以上'), { unit: '万路', end: 6 });
  assert.deepEqual(at('642TB内存'), { unit: 'TB', end: 5 });
  assert.deepEqual(at('598 万个体经营者'), { unit: '万', end: 5 });
  assert.equal(at('3核心技术'), undefined);
  assert.equal(at('2022年'), undefined);
  assert.equal(at('28日'), undefined);
  assert.equal(at('12345热线'), undefined);
  assert.equal(at('5G'), undefined);
});

test('a whole number times 1 is its own value, as the twelve-digit rounding would give it', () => {
  for (const value of [0, 1, 7, 30, 2024, 123_456_789, 999_999_999_999, 1e12, 1e15 + 1, 0.1 + 0.2, 12.5])
    for (const unit of ['', '个', '%', '万', '亿元'])
      assert.equal(
        normalizeQuantity(value, unit).base,
        Number((value * splitUnit(unit).magnitude).toPrecision(12)),
        `${value}${unit}`,
      );
  // The same unit asked again is the same split, whatever was asked between.
  assert.deepEqual(
    [splitUnit('万名'), splitUnit('千米'), splitUnit('万名')],
    [
      { magnitude: 1e4, counter: '名' },
      { magnitude: 1, counter: '千米' },
      { magnitude: 1e4, counter: '名' },
    ],
  );
});
