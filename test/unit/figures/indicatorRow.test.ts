import { test } from 'node:test';
import assert from 'node:assert/strict';
import { figuresFromIndicatorRow } from '../../../server/src/service/figures/extractFigures.js';
import { normalizeQuantity } from '../../../server/src/service/figures/units.js';
import { figuresOf } from './helpers.js';

const range = { start: { line: 7, character: 0 }, end: { line: 7, character: 30 } };

test('a table row gives one baseline and one target figure', () => {
  const figures = figuresFromIndicatorRow({
    docId: 'plan',
    name: '“粤省事”日均活跃用户数',
    unit: '万名',
    baseline: 80,
    baselineText: '80',
    target: 150,
    targetText: '150',
    baselineYear: 2020,
    targetYear: 2025,
    range,
    subject: '粤省事',
    metric: '日均活跃用户',
  });
  assert.deepEqual(
    figures.map((f) => [f.subject, f.metric, f.comparator, f.value, f.unit, f.kind, f.year]),
    [
      ['粤省事', '日均活跃用户', '', 80, '万名', 'baseline', 2020],
      ['粤省事', '日均活跃用户', '', 150, '万名', 'target', 2025],
    ],
  );
  assert.equal(figures[1].text, '“粤省事”日均活跃用户数（万名） 现状值 80 目标值 150');
  assert.deepEqual(figures[1].range, range);
});

test('"-" cells are skipped; cell text with a comparator is read when no number was parsed', () => {
  const onlyTarget = figuresFromIndicatorRow({
    docId: 'plan',
    name: '“一网统管”行业覆盖率',
    unit: '%',
    baselineText: '-',
    target: 100,
    targetText: '100',
    range,
    subject: '一网统管行业覆盖率',
    metric: '一网统管行业覆盖率',
  });
  assert.deepEqual(
    onlyTarget.map((f) => [f.kind, f.value]),
    [['target', 100]],
  );
  const fromText = figuresFromIndicatorRow({
    docId: 'plan',
    name: '应共享的数据需求满足率',
    unit: '%',
    baselineText: '93.7',
    targetText: '≥99',
    range,
    subject: '应共享的数据需求满足率',
    metric: '应共享的数据需求满足率',
  });
  assert.deepEqual(
    fromText.map((f) => [f.kind, f.value, f.comparator]),
    [
      ['baseline', 93.7, ''],
      ['target', 99, '≥'],
    ],
  );
});

test('a table target and the same target in prose normalize to the same quantity', () => {
  const [, tableTarget] = figuresFromIndicatorRow({
    docId: 'plan',
    name: '“粤省事”日均活跃用户数',
    unit: '万名',
    baseline: 80,
    target: 150,
    range,
    subject: '粤省事',
    metric: '日均活跃用户',
  });
  const [prose] = figuresOf('“粤省事”日均活跃用户量达到 1500000 名。');
  assert.equal(prose.subject, tableTarget.subject);
  assert.equal(prose.metric, tableTarget.metric);
  assert.deepEqual(normalizeQuantity(prose.value, prose.unit), normalizeQuantity(tableTarget.value, tableTarget.unit));
});
