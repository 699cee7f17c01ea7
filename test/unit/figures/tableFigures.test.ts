// One reading of tables of figures for the corpus's indicator tables and a draft's own tables: cells
// with comparators and units, "-" skipped, bare year columns, units from the cell, the row's unit
// column, the name's bracket or the header's.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readCell } from '../../../server/src/service/figures/tableColumns.js';
import { tableFigures } from '../../../server/src/service/figures/tableFigures.js';
import { normalizeQuantity } from '../../../server/src/service/figures/units.js';
import { readTables } from '../../../server/src/service/parse/markdownTables.js';
import { LineIndex } from '../../../server/src/service/text/lineIndex.js';
import { figuresOf } from './helpers.js';

const figuresOfTable = (text: string, years: { baselineYear?: number; targetYear?: number } = {}) => {
  const lines = new LineIndex(text);
  return readTables(lines, 0).flatMap((table) => tableFigures(table, { docId: 'doc', lines, ...years }));
};
const spanOf = (text: string, range: { start: { line: number; character: number }; end: { character: number } }) =>
  text.split('\n')[range.start.line].slice(range.start.character, range.end.character);

test('an indicator row gives a baseline and a target, each with the span of its cell', () => {
  const text = [
    '| 序号 | 主要指标 | 现状值 | 目标值 |',
    '| --- | --- | --- | --- |',
    '| 1 | “粤省事”日均活跃用户数（万名） | 80 | 150 |',
  ].join('\n');
  const figures = figuresOfTable(text, { baselineYear: 2020, targetYear: 2025 });
  assert.deepEqual(
    figures.map((f) => [f.subject, f.comparator, f.value, f.unit, f.kind, f.year, spanOf(text, f.range)]),
    [
      ['“粤省事”日均活跃用户数', '', 80, '万名', 'baseline', 2020, '80'],
      ['“粤省事”日均活跃用户数', '', 150, '万名', 'target', 2025, '150'],
    ],
  );
});

test('"-" cells are skipped; comparators and units in cells are read; bare year columns are baseline and target', () => {
  const text = [
    '| 指标 | 单位 | 2020年 | 2025年 |',
    '| --- | --- | --- | --- |',
    '| “一网统管”行业覆盖率 | % | - | 100 |',
    '| 应共享的数据需求满足率 | % | 93.7 | ≥99 |',
    '| 政务云资源算力规模 | | 22.46万核 | 30万核以上 |',
  ].join('\n');
  assert.deepEqual(
    figuresOfTable(text).map((f) => [f.subject, f.kind, f.year, f.comparator, f.value, f.unit]),
    [
      ['“一网统管”行业覆盖率', 'target', 2025, '', 100, '%'],
      ['应共享的数据需求满足率', 'baseline', 2020, '', 93.7, '%'],
      ['应共享的数据需求满足率', 'target', 2025, '≥', 99, '%'],
      ['政务云资源算力规模', 'baseline', 2020, '', 22.46, '万核'],
      ['政务云资源算力规模', 'target', 2025, '以上', 30, '万核'],
    ],
  );
});

test('a table that holds no figures (a task list) gives none', () => {
  const text = ['| 序号 | 任务 | 牵头单位 |', '| --- | --- | --- |', '| 1 | 建设政务云 | 省政务服务数据管理局 |'].join(
    '\n',
  );
  assert.deepEqual(figuresOfTable(text), []);
});

test('a cell is read whatever its spacing and width: full-width digits, spaces around the comparator', () => {
  assert.deepEqual(readCell(' 不低于  95 % '), { value: 95, comparator: '不低于', unit: '%', start: 6, end: 10 });
  assert.deepEqual(readCell('１５０'), { value: 150, comparator: '', start: 0, end: 3 });
  assert.equal(readCell('约150'), undefined);
  assert.equal(readCell('-'), undefined);
});

test('a table target and the same target in prose normalize to the same quantity', () => {
  const text = ['| 主要指标 | 目标值 |', '| --- | --- |', '| “粤省事”日均活跃用户数（万名） | 150 |'].join('\n');
  const [tableTarget] = figuresOfTable(text, { targetYear: 2025 });
  const [prose] = figuresOf('“粤省事”日均活跃用户量达到 1500000 名。');
  assert.deepEqual(normalizeQuantity(prose.value, prose.unit), normalizeQuantity(tableTarget.value, tableTarget.unit));
});

test('rows of platforms, columns of a measure: the header names the measure, an earlier year column is the baseline', () => {
  const text = [
    '| 平台 | 2020年日均活跃用户（万名） | 2026年日均活跃用户目标（万名） |',
    '| --- | --- | --- |',
    '| “粤商通” | 8 | 50 |',
  ].join('\n');
  assert.deepEqual(
    figuresOfTable(text).map((f) => [f.subject, f.metric, f.value, f.unit, f.kind, f.year, spanOf(text, f.range)]),
    [
      ['粤商通', '日均活跃用户', 8, '万名', 'baseline', 2020, '8'],
      ['粤商通', '日均活跃用户', 50, '万名', 'target', 2026, '50'],
    ],
  );
});

test('a target-year column dates each row; 省定目标值 names no measure; a platform row is that platform’s measure', () => {
  const text = [
    '| 序号 | 省定指标 | 省定目标值 | 目标年份 | 落实情况 |',
    '| --- | --- | --- | --- | --- |',
    '| 1 | 全省政务云资源算力规模 | 24万核 | 2023年 | 已纳管 |',
    '| 2 | “粤省事”日均活跃用户 | 150万 | 2025年 | 推广中 |',
  ].join('\n');
  assert.deepEqual(
    figuresOfTable(text).map((f) => [f.subject, f.metric, f.value, f.unit, f.kind, f.year]),
    [
      ['全省政务云资源算力规模', '政务云资源算力规模', 24, '万核', 'target', 2023],
      ['“粤省事”日均活跃用户', '粤省事日均活跃用户', 150, '万', 'target', 2025],
    ],
  );
});
