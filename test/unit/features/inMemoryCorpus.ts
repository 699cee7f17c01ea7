// A small corpus written in memory for the feature tests: a Guangdong plan (glossary annex, indicator
// table with a calculation-method annex), Guangdong annual work points (numbered tasks with lead units,
// a 文号) and a Zhejiang plan (another province's brand, its own glossary and lead units). The
// expectations in the tests are read off these texts, so a line number is found with `lineOf`, never
// computed by the code under test.
import type { CorpusFile } from '../../../server/src/service/corpus/loadCorpus.js';
import type { Registry } from '../../../server/src/service/corpus/registry.js';
import { draftDocument, type DraftDocument } from '../../../server/src/service/features/documentText.js';
import type { Locale } from '../../../server/src/service/l10n.js';
import {
  createLanguageService,
  type LanguageService,
  type Logger,
} from '../../../server/src/service/languageService.js';
import { SimpleSegmenter } from '../../../server/src/service/search/simpleSegmenter.js';

export const GD_PLAN_URI = 'memory:///corpus/gd_plan.md';
export const GD_2022_URI = 'memory:///corpus/gd_2022.md';
export const ZJ_PLAN_URI = 'memory:///corpus/zj_plan.md';

export const GD_PLAN = `---
id: gd_plan
title: 广东省数字政府改革建设“十四五”规划
issuer: 广东省人民政府
date: 2021-07
kind: 规划
period: [2021, 2025]
---

广东省数字政府改革建设“十四五”规划

## 第一章 发展现状

面向个人办事的“粤省事”移动政务服务平台，为群众提供一站式掌上服务。

## 第二章 发展目标

到2025年，“粤省事”日均活跃用户量达到150万名，政务云资源算力规模达到30万核。

表1 主要指标

| 序号 | 主要指标 | 现状值 | 目标值 |
| --- | --- | --- | --- |
| 1 | “粤省事”日均活跃用户数（万名） | 80 | 150 |
| 2 | 政务云资源算力规模（万核） | 22.46 | 30 |

## 第三章 主要任务

### 第一节 推动省域治理“一网统管”

建设“一网统管”基础平台，依托“粤省事”拓展移动服务。

附件 1

指标计算方法

| 序号 | 主要指标 | 计算方法 |
| --- | --- | --- |
| 1 | “粤省事”日均活跃用户数(万名) | 数据统计 |
| 2 | 政务云资源算力规模(万核) | 全省政务云已分配的计算核数 |

附件 2

名词解释

1. “一网统管”：依托数字政府一体化底座，实现省域治理“一网感知态势、一网协同共治”的工作体系。
2. 政务云：为各级政务部门提供计算、存储和网络资源的云平台。
`;

export const GD_2022 = `---
id: gd_2022
title: 广东省数字政府改革建设2022年工作要点
docNumber: 粤办函〔2022〕24号
issuer: 广东省人民政府办公厅
date: 2022-02-28
kind: 工作要点
period: [2022, 2022]
---

广东省数字政府改革建设2022年工作要点

## 一、夯实基础支撑

（一）提高政务云服务能力。推动省级政务云资源规模升级扩容达到30万核，提升算力调度水平。（省政务服务数据管理局牵头）

（二）深化“粤省事”平台应用。推动“粤省事”日均活跃用户突破100万，拓展服务事项。（省政务服务数据管理局，数字广东网络建设有限公司牵头）

## 二、推进省域治理

（三）推进“一网统管”。建设“一网统管”基础平台，推进省市平台互联互通。（省政务服务数据管理局、省公安厅牵头）

（四）强化统一身份认证。依托“粤省事”和广东政务服务网实现一次认证、全网通办。（省政务服务数据管理局牵头）

（五）完善公共数据管理体系。建立首席数据官制度，推动公共数据资产登记。（省政务服务数据管理局牵头）
`;

export const ZJ_PLAN = `---
id: zj_plan
title: 浙江省数字政府建设“十四五”实施方案
docNumber: 浙政办发〔2023〕12号
issuer: 浙江省人民政府办公厅
date: 2023-03-15
kind: 方案
period: [2023, 2025]
---

浙江省数字政府建设“十四五”实施方案

一、深化“最多跑一次”改革

（一）推进“浙里办”迭代升级。优化“浙里办”APP服务功能，推动高频事项掌上可办。（省大数据局牵头）

（二）推进政务云集约建设。统筹建设全省政务云平台，提升算力资源调度能力。（省大数据局、省财政厅牵头）

二、名词解释

1. “最多跑一次”：群众和企业到政府办理一件事情，在申请材料齐全、符合法定受理条件时，从受理申请到形成办理结果全过程只需一次上门或零上门。
`;

export const REGISTRY: Registry = {
  version: 1,
  brandPrefixes: ['粤', '浙'],
  names: [
    { kind: 'agency', name: '省政务服务数据管理局', aliases: ['广东省政务服务数据管理局', '省政数局'] },
    { kind: 'agency', name: '省大数据局', aliases: ['浙江省大数据发展管理局'] },
    { kind: 'platform', name: '广东政务服务网', aliases: [] },
    // A retired brand: completion must not offer it.
    {
      kind: 'platform',
      name: '粤办事',
      display: '“粤办事”',
      aliases: [],
      deprecated: { replacedBy: '粤省事', since: '2018', source: '广东省数字政府改革建设“十四五”规划' },
    },
  ],
  ordinaryWords: [],
};

export const CORPUS_FILES: readonly CorpusFile[] = [
  { uri: GD_PLAN_URI, content: GD_PLAN },
  { uri: GD_2022_URI, content: GD_2022 },
  { uri: ZJ_PLAN_URI, content: ZJ_PLAN },
];

/** The 0-based line of the first line of `text` containing `needle` (throws if there is none). */
export function lineOf(text: string, needle: string): number {
  const line = text.split('\n').findIndex((l) => l.includes(needle));
  if (line < 0) throw new Error(`fixture has no line containing ${needle}`);
  return line;
}

/** The position of `needle` (plus `delta` characters) in a draft text. */
export function positionOf(text: string, needle: string, delta = 0): { line: number; character: number } {
  const line = lineOf(text, needle);
  return { line, character: text.split('\n')[line].indexOf(needle) + delta };
}

/** The range a one-line span of `needle` covers in `text`. */
export function rangeOf(
  text: string,
  needle: string,
): { start: { line: number; character: number }; end: { line: number; character: number } } {
  const start = positionOf(text, needle);
  return { start, end: { line: start.line, character: start.character + needle.length } };
}

/** The whole of a line as a range: what the parser reports for glossary entries and table rows. */
export function lineRange(
  text: string,
  needle: string,
): { start: { line: number; character: number }; end: { line: number; character: number } } {
  const line = lineOf(text, needle);
  return { start: { line, character: 0 }, end: { line, character: text.split('\n')[line].length } };
}

export const SILENT: Logger = { info: () => undefined, warn: () => undefined, error: () => undefined };

export interface TestService {
  readonly service: LanguageService;
  /** Workspace drafts the service sees for find references. */
  readonly drafts: DraftDocument[];
  setLocale(locale: Locale): void;
}

/** A language service over the in-memory corpus (or other files) with the dictionary-free segmenter. */
export function testService(files: readonly CorpusFile[] = CORPUS_FILES, registry: Registry = REGISTRY): TestService {
  let locale: Locale = 'zh';
  const drafts: DraftDocument[] = [];
  const service = createLanguageService({
    segmenter: new SimpleSegmenter(),
    logger: SILENT,
    locale: () => locale,
    workspaceDrafts: () => drafts,
  });
  const index = service.indexCorpus(files, registry);
  if (index.problems.length > 0) throw new Error(`fixture corpus has problems: ${JSON.stringify(index.problems)}`);
  return { service, drafts, setLocale: (next) => (locale = next) };
}

let draftCount = 0;

/** A draft as the editor would hand it over. */
export function draft(text: string, uri = `memory:///drafts/draft${++draftCount}.md`): DraftDocument {
  return draftDocument(uri, 1, text);
}

/** The Markdown of a hover, or undefined. */
export function hoverText(service: LanguageService, text: string, needle: string, delta = 0): string | undefined {
  const hover = service.hover(draft(text), positionOf(text, needle, delta));
  if (!hover) return undefined;
  const contents = hover.contents;
  if (typeof contents === 'object' && 'kind' in contents) return contents.value;
  throw new Error(`hover contents are not MarkupContent: ${JSON.stringify(contents)}`);
}
