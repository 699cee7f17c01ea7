// Tasks written as a table, as many provinces' work points are (| 序号 | 工作任务 | 牵头单位 | 责任单位 |): each
// row is a task of its own, led by its own row's units, searchable and counted like a numbered task. The
// text is our own, in the shape such tables take.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EMPTY_REGISTRY } from '../../../server/src/service/corpus/registry.js';
import { CorpusIndex } from '../../../server/src/service/index/corpusIndex.js';
import { SimpleSegmenter } from '../../../server/src/service/search/simpleSegmenter.js';

const WORK_POINTS = `---
id: demo_2024
title: 某省2024年数字政府建设工作要点
issuer: 某省人民政府办公厅
date: 2024-02-01
kind: 工作要点
---

# 某省2024年数字政府建设工作要点

## 一、重点任务

下表所列任务由各牵头单位会同责任单位推进。

| 序号 | 工作任务 | 牵头单位 | 责任单位 |
| --- | --- | --- | --- |
| 1 | 深化政务服务一网通办，扩大高频事项网上办理范围。 | 省政务办 | 省公安厅、省人社厅 |
| 2 | 建设省一体化公共数据平台。完成省级部门数据归集。 | 省大数据局 | 各设区市人民政府 |

## 二、保障措施

| 序号 | 主要指标 | 目标值 | 责任单位 |
| --- | --- | --- | --- |
| 1 | 政务服务事项网上可办率（%） | 98 | 省政务办 |
`;

const index = CorpusIndex.build(
  [{ uri: 'file:///corpus/demo_2024.md', content: WORK_POINTS }],
  EMPTY_REGISTRY,
  new SimpleSegmenter(),
);
const tasks = index.documents[0].clauses.filter((c) => c.kind === 'task');

test('each row of a task table is a task with its own lead units and partners', () => {
  assert.deepEqual(
    tasks.map((c) => ({
      path: c.path.join(' '),
      title: c.title,
      lead: c.leadUnits.map((u) => u.name),
      partners: (c.partners ?? []).map((u) => u.name),
      line: c.range.start.line,
    })),
    [
      {
        path: '一、 1',
        title: '深化政务服务一网通办，扩大高频事项网上办理范围',
        lead: ['省政务办'],
        partners: ['省公安厅', '省人社厅'],
        line: 16,
      },
      {
        path: '一、 2',
        title: '建设省一体化公共数据平台',
        lead: ['省大数据局'],
        partners: ['各设区市人民政府'],
        line: 17,
      },
    ],
  );
});

test('an indicator table with a 责任单位 column holds no tasks, and its section leads nothing', () => {
  assert.ok(!tasks.some((c) => c.path[0] === '二、'));
  assert.ok(index.documents[0].clauses.every((c) => c.path.length > 1 || c.leadUnits.length === 0));
});

test('the units of a task table are agencies the index knows', () => {
  for (const name of ['省政务办', '省大数据局', '省公安厅'])
    assert.deepEqual(
      index.lookupName(name).map((n) => n.kind),
      ['agency'],
      name,
    );
});
