// What counts as one slip of a name: the edit model behind name.near-miss.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isOneSlip } from '../../../server/src/service/checks/names/slip.js';

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
