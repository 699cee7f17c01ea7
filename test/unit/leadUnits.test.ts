import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readLeadUnits, splitLeadUnits } from '../../server/src/service/parse/leadUnits.js';

const names = (list: string) => splitLeadUnits(list).map((unit) => unit.name);

test('an agency after a 省-prefixed one inherits the prefix', () => {
  assert.deepEqual(names('省财政厅、政务服务数据管理局'), ['省财政厅', '省政务服务数据管理局']);
  assert.deepEqual(names('省发展改革委、国资委、政务服务数据管理局'), [
    '省发展改革委',
    '省国资委',
    '省政务服务数据管理局',
  ]);
  assert.deepEqual(names('省委政法委，省公安厅、政务服务数据管理局，相关地市政府'), [
    '省委政法委',
    '省公安厅',
    '省政务服务数据管理局',
    '相关地市政府',
  ]);
});

test('city governments, companies and other levels keep their own names', () => {
  assert.deepEqual(names('省政务服务数据管理局、深圳市政府'), ['省政务服务数据管理局', '深圳市政府']);
  assert.deepEqual(names('省政务服务数据管理局、数字广东网络建设有限公司'), [
    '省政务服务数据管理局',
    '数字广东网络建设有限公司',
  ]);
  assert.deepEqual(names('自治区大数据发展局、民政厅'), ['自治区大数据发展局', '自治区民政厅']);
  assert.deepEqual(names('市数据局、成都市政府'), ['市数据局', '成都市政府']);
  assert.deepEqual(names('省有关部门按职责分别'), ['省有关部门']);
});

test('the parenthetical is read at the end of a task, with either bracket width', () => {
  const full = readLeadUnits('实现线上线下监督可视化。（省政务服务数据管理局牵头）');
  assert.deepEqual(
    full?.units.map((u) => u.name),
    ['省政务服务数据管理局'],
  );
  const ascii = readLeadUnits('举办第二届数字政府建设峰会。(省政务服务数据管理局牵头)');
  assert.deepEqual(
    ascii?.units.map((u) => u.written),
    ['省政务服务数据管理局'],
  );
  assert.equal(readLeadUnits('建成“粤省心”平台（一期）。'), undefined);
});
