// A small corpus of another province written as a timeline, for the history tests: a five-year plan
// (2021), then work points for 2022 and 2023. Across it an agency is abolished and another formed (stated),
// a second agency takes 和 into its name (shown only by usage), a platform is rebuilt under a new brand
// (在原…基础上), a summit series runs 首届 → 第二届, and one measure is worded three ways in three years.
// The expectations in the tests are read off these texts, never computed by the code under test.
import type { CorpusFile } from '../../../server/src/service/corpus/loadCorpus.js';
import { EMPTY_REGISTRY, type Registry } from '../../../server/src/service/corpus/registry.js';
import { CorpusIndex } from '../../../server/src/service/index/corpusIndex.js';
import { SimpleSegmenter } from '../../../server/src/service/search/simpleSegmenter.js';
import assert from 'node:assert/strict';

export const SC_PLAN_URI = 'memory:///sc/plan.md';
export const SC_2022_URI = 'memory:///sc/work-points-2022.md';
export const SC_2023_URI = 'memory:///sc/work-points-2023.md';

export const SC_PLAN = `---
id: sc_plan
title: 四川省数字政府建设“十四五”规划
docNumber: 川府发〔2021〕18号
issuer: 四川省人民政府
date: 2021-06
kind: 规划
period: [2021, 2025]
---

四川省数字政府建设“十四五”规划

## 第一章 发展基础

面向企业的“川企通”涉企服务平台上线运行，惠企政策实现一站式查询。

## 第二章 发展目标

到2025年，政务云算力规模达到20万核，“天府通办”日均活跃用户数达到120万名。

## 第三章 主要任务

（一）夯实数据底座。建设全省一体化政务大数据体系。（省大数据中心牵头）

（二）优化政务服务。推动高频事项“一网通办”。（省政务服务管理局牵头）
`;

export const SC_2022 = `---
id: sc_2022
title: 四川省数字政府建设2022年工作要点
docNumber: 川办函〔2022〕12号
issuer: 四川省人民政府办公厅
date: 2022-03-10
kind: 工作要点
period: [2022, 2022]
---

四川省数字政府建设2022年工作要点

（一）提升云服务能力。推动省级政务云资源规模达到12万核。（省大数据中心牵头）

（二）举办首届数字四川建设峰会，展示数字政府建设成果。（省政务服务管理局牵头）

（三）深化“川企通”平台应用，拓展涉企服务事项。（省政务服务管理局牵头）
`;

export const SC_2023 = `---
id: sc_2023
title: 四川省数字政府建设2023年工作要点
docNumber: 川办函〔2023〕9号
issuer: 四川省人民政府办公厅
date: 2023-02-20
kind: 工作要点
period: [2023, 2023]
---

四川省数字政府建设2023年工作要点

2022年，撤销省大数据中心，组建省数据局。

（一）提升云服务能力。推动政务云资源总量达到25万核。（省数据局牵头）

（二）办好第二届数字四川建设峰会，发布数字政府建设指数。（省政务服务和数据管理局牵头）

（三）在原“川企通”基础上，构建统一的“天府企业通”涉企服务平台。（省政务服务和数据管理局牵头）
`;

/** Nothing of this history is in the registry: the index learns it all from the text. */
export const SC_REGISTRY: Registry = EMPTY_REGISTRY;

export const SC_FILES: readonly CorpusFile[] = [
  { uri: SC_PLAN_URI, content: SC_PLAN },
  { uri: SC_2022_URI, content: SC_2022 },
  { uri: SC_2023_URI, content: SC_2023 },
];

export const SC_SOURCES: ReadonlyMap<string, string> = new Map([
  [SC_PLAN_URI, SC_PLAN],
  [SC_2022_URI, SC_2022],
  [SC_2023_URI, SC_2023],
]);

export function scIndex(files: readonly CorpusFile[] = SC_FILES, registry: Registry = SC_REGISTRY): CorpusIndex {
  const index = CorpusIndex.build(files, registry, new SimpleSegmenter());
  assert.deepEqual(index.problems, [], 'the fixture corpus must load without problems');
  return index;
}
