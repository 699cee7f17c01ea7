// Two small corpora written in memory for the checker's tests, one per province, built the same way so
// that the same planted mistakes can be asked of both: a five-year plan (a 表1 of baselines and targets,
// a history sentence, a 名词解释 annex), two annual work points with an older and a newer target for the
// same metric, and a registry (brand prefix, an agency with its abbreviation, a deprecated name).
// Expectations are read off these texts (`lineOf`, `rangeOf`), never computed by the code under test.
import assert from 'node:assert/strict';
import type { CorpusFile } from '../../../server/src/service/corpus/loadCorpus.js';
import type { Registry } from '../../../server/src/service/corpus/registry.js';
import { preferredFix, type PolicyDiagnostic } from '../../../server/src/service/checks/finding.js';
import { runChecks, type CheckOptions } from '../../../server/src/service/checks/runChecks.js';
import { safeEdits } from '../../../server/src/service/features/codeActions.js';
import { draftDocument, type DraftDocument } from '../../../server/src/service/features/documentText.js';
import { CorpusIndex } from '../../../server/src/service/index/corpusIndex.js';
import type { Range } from '../../../server/src/service/model.js';
import { SimpleSegmenter } from '../../../server/src/service/search/simpleSegmenter.js';

// ---------------------------------------------------------------------------------------------------
// Guangdong

export const GD_PLAN_URI = 'memory:///gd/plan.md';
export const GD_2021_URI = 'memory:///gd/work-points-2021.md';
export const GD_2022_URI = 'memory:///gd/work-points-2022.md';

export const GD_PLAN = `---
id: gd_plan
title: 广东省数字政府改革建设“十四五”规划
docNumber: 粤府〔2021〕44号
issuer: 广东省人民政府
date: 2021-07
kind: 规划
period: [2021, 2025]
---

广东省数字政府改革建设“十四五”规划

## 第一章 发展现状

2018年，撤并调整省信息中心，组建省政务服务数据管理局。

面向个人办事的“粤省事”移动政务服务平台，为群众提供一站式掌上服务。面向企业的“粤商通”涉企服务平台，实现惠企政策一站式查询。

## 第二章 发展目标

到2025年，“粤省事”日均活跃用户数达到150万名，“粤商通”日均活跃用户数达到80万名，政务云资源算力规模达到30万核。

表1 主要指标

| 序号 | 主要指标 | 现状值 | 目标值 |
| --- | --- | --- | --- |
| 1 | “粤省事”日均活跃用户数（万名） | 80 | 150 |
| 2 | “粤商通”日均活跃用户数（万名） | 20 | 80 |
| 3 | 政务云资源算力规模（万核） | 22.46 | 30 |

## 第三章 主要任务

建设“一网统管”基础平台，依托“粤省事”“粤商通”拓展移动服务，推进广东政务服务网与“粤省事”融合。（省政务服务数据管理局牵头）

附件 1

名词解释

1. “一网统管”：依托数字政府一体化底座，实现省域治理“一网感知态势、一网协同共治”的工作体系。
2. 政务数据：政务部门在履行职责过程中产生和获取的数据。
`;

export const GD_2021 = `---
id: gd_2021
title: 广东省数字政府改革建设2021年工作要点
docNumber: 粤办函〔2021〕44号
issuer: 广东省人民政府办公厅
date: 2021-04-01
kind: 工作要点
period: [2021, 2021]
---

广东省数字政府改革建设2021年工作要点

（一）提升“粤省事”服务能力。推动“粤省事”日均活跃用户突破100万。（省政务服务数据管理局牵头）

（二）提高政务云服务能力。推动政务云资源算力规模达到24万核。（省政务服务数据管理局牵头）
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

（一）深化“粤商通”平台应用。在“粤商通”平台月均活跃用户超过200万的基础上，提升用户活跃度。（省政务服务数据管理局牵头）

（二）提高政务云服务能力。推动省级政务云资源算力规模达到30万核。（省政务服务数据管理局牵头）
`;

export const GD_REGISTRY: Registry = {
  version: 1,
  brandPrefixes: ['粤'],
  names: [
    { kind: 'agency', name: '省政务服务数据管理局', aliases: ['广东省政务服务数据管理局', '省政数局'] },
    { kind: 'platform', name: '广东政务服务网', aliases: [] },
    {
      kind: 'agency',
      name: '省信息中心',
      aliases: [],
      deprecated: {
        replacedBy: '省政务服务数据管理局',
        since: '2018',
        source: '广东省数字政府改革建设“十四五”规划',
        note: '撤并调整省信息中心，组建省政务服务数据管理局。',
      },
    },
  ],
  // A same-sound slip of the glossary term 政务数据 that the user taught as a word of their own.
  ordinaryWords: ['证务数据'],
};

export const GD_FILES: readonly CorpusFile[] = [
  { uri: GD_PLAN_URI, content: GD_PLAN },
  { uri: GD_2021_URI, content: GD_2021 },
  { uri: GD_2022_URI, content: GD_2022 },
];

// ---------------------------------------------------------------------------------------------------
// Zhejiang: other brands (“浙里办” “浙政钉”), another prefix, another indicator unit (万, %).

export const ZJ_PLAN_URI = 'memory:///zj/plan.md';
export const ZJ_2022_URI = 'memory:///zj/work-points-2022.md';
export const ZJ_2023_URI = 'memory:///zj/work-points-2023.md';

export const ZJ_PLAN = `---
id: zj_plan
title: 浙江省数字政府建设“十四五”规划
docNumber: 浙政发〔2021〕8号
issuer: 浙江省人民政府
date: 2021-06
kind: 规划
period: [2021, 2025]
---

浙江省数字政府建设“十四五”规划

## 第一章 发展基础

依托“浙里办”移动政务服务平台，群众办事实现“掌上办”。依托“浙政钉”掌上办公平台，实现机关“掌上办公”。

2018年，撤销省数据管理中心，组建省大数据局。

## 第二章 发展目标

到2025年，“浙里办”月活跃用户数达到2000万，政务服务事项网办率达到95%。

表1 主要指标

| 序号 | 主要指标 | 现状值 | 目标值 |
| --- | --- | --- | --- |
| 1 | “浙里办”月活跃用户数（万） | 1200 | 2000 |
| 2 | 政务服务事项网办率（%） | 80 | 95 |

## 第三章 主要任务

深化“最多跑一次”改革，推进“浙里办”迭代升级。（省大数据局牵头）

附件 1

名词解释

1. “最多跑一次”：群众和企业到政府办理一件事情，全过程只需一次上门或零上门。
2. 公共数据平台：汇聚全省公共数据的一体化平台。
`;

export const ZJ_2022 = `---
id: zj_2022
title: 浙江省数字政府建设2022年工作要点
docNumber: 浙政办发〔2022〕5号
issuer: 浙江省人民政府办公厅
date: 2022-03-01
kind: 工作要点
period: [2022, 2022]
---

浙江省数字政府建设2022年工作要点

（一）推进“浙里办”迭代升级。推动“浙里办”月活跃用户数达到1500万。（省大数据局牵头）

（二）推进“浙政钉”协同办公。推动各级机关全面使用“浙政钉”。（省大数据局牵头）
`;

export const ZJ_2023 = `---
id: zj_2023
title: 浙江省数字政府建设2023年工作要点
docNumber: 浙政办发〔2023〕7号
issuer: 浙江省人民政府办公厅
date: 2023-02-20
kind: 工作要点
period: [2023, 2023]
---

浙江省数字政府建设2023年工作要点

（一）推进“浙里办”提质增效。推动“浙里办”月活跃用户数达到1800万。（省大数据局牵头）
`;

export const ZJ_REGISTRY: Registry = {
  version: 1,
  brandPrefixes: ['浙'],
  names: [
    { kind: 'agency', name: '省大数据局', aliases: ['浙江省大数据发展管理局'] },
    { kind: 'platform', name: '浙里办', display: '“浙里办”', aliases: [] },
    {
      kind: 'agency',
      name: '省数据管理中心',
      aliases: [],
      deprecated: { replacedBy: '省大数据局', since: '2018', source: '浙江省数字政府建设“十四五”规划' },
    },
  ],
  ordinaryWords: [],
};

export const ZJ_FILES: readonly CorpusFile[] = [
  { uri: ZJ_PLAN_URI, content: ZJ_PLAN },
  { uri: ZJ_2022_URI, content: ZJ_2022 },
  { uri: ZJ_2023_URI, content: ZJ_2023 },
];

// ---------------------------------------------------------------------------------------------------
// Checking drafts

export function buildIndex(files: readonly CorpusFile[], registry: Registry): CorpusIndex {
  const index = CorpusIndex.build(files, registry, new SimpleSegmenter());
  assert.deepEqual(index.problems, [], 'the fixture corpus must load without problems');
  return index;
}

let gd: CorpusIndex | undefined;
let zj: CorpusIndex | undefined;
export const gdIndex = () => (gd ??= buildIndex(GD_FILES, GD_REGISTRY));
export const zjIndex = () => (zj ??= buildIndex(ZJ_FILES, ZJ_REGISTRY));

let draftCount = 0;

export function draft(text: string): DraftDocument {
  return draftDocument(`memory:///drafts/draft${++draftCount}.md`, 1, text);
}

export function check(index: CorpusIndex, text: string, options: CheckOptions = { locale: 'zh' }): PolicyDiagnostic[] {
  return runChecks(index, draft(text), options);
}

/** The text a range covers in a (corpus or draft) text. */
export function textAt(text: string, range: Range): string {
  const lines = text.split('\n');
  if (range.start.line === range.end.line)
    return lines[range.start.line].slice(range.start.character, range.end.character);
  return [
    lines[range.start.line].slice(range.start.character),
    ...lines.slice(range.start.line + 1, range.end.line),
    lines[range.end.line].slice(0, range.end.character),
  ].join('\n');
}

/** The range of the `occurrence`-th (0-based) `needle` in a text; it must lie on one line. */
export function rangeOf(text: string, needle: string, occurrence = 0): Range {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`text has no occurrence #${occurrence} of ${needle}`);
  }
  const before = text.slice(0, at).split('\n');
  const line = before.length - 1;
  const character = before[line].length;
  return { start: { line, character }, end: { line, character: character + needle.length } };
}

/** The whole line of a text that contains `needle`, as a range. */
export function lineRangeOf(text: string, needle: string): Range {
  const lines = text.split('\n');
  const line = lines.findIndex((l) => l.includes(needle));
  if (line < 0) throw new Error(`text has no line containing ${needle}`);
  return { start: { line, character: 0 }, end: { line, character: lines[line].length } };
}

/** How `Seen` names the checked draft itself in related information. */
export const THIS_DRAFT = 'this draft';

export interface Seen {
  readonly code: string;
  readonly severity: string;
  /** The draft text the diagnostic underlines. */
  readonly span: string;
  readonly range: Range;
  readonly message: string;
  /** Related information: which file (THIS_DRAFT for the draft), the text its range covers there, and the message. */
  readonly related: ReadonlyArray<{ uri: string; text: string; message: string }>;
  readonly fixes: ReadonlyArray<{ title: string; range: Range; newText: string; preferred: boolean; safe: boolean }>;
}

/** A finding as the tests compare it: the related ranges resolved to the text they cover. */
export function seen(finding: PolicyDiagnostic, document: DraftDocument, sources: ReadonlyMap<string, string>): Seen {
  const sourceText = (uri: string) => {
    const text = uri === document.uri ? document.text : sources.get(uri);
    if (text === undefined) throw new Error(`related information points to an unknown document ${uri}`);
    return text;
  };
  return {
    code: finding.code,
    severity: finding.severity,
    span: textAt(document.text, finding.range),
    range: finding.range,
    message: finding.message,
    related: finding.related.map((r) => ({
      uri: r.uri === document.uri ? THIS_DRAFT : r.uri,
      text: textAt(sourceText(r.uri), r.range),
      message: r.message,
    })),
    fixes: finding.fixes.map((f) => ({
      title: f.title,
      range: f.range,
      newText: f.newText,
      preferred: f === preferredFix(finding),
      safe: f.safe,
    })),
  };
}

export const GD_SOURCES: ReadonlyMap<string, string> = new Map([
  [GD_PLAN_URI, GD_PLAN],
  [GD_2021_URI, GD_2021],
  [GD_2022_URI, GD_2022],
]);
export const ZJ_SOURCES: ReadonlyMap<string, string> = new Map([
  [ZJ_PLAN_URI, ZJ_PLAN],
  [ZJ_2022_URI, ZJ_2022],
  [ZJ_2023_URI, ZJ_2023],
]);

/** Every finding of a draft, as the tests compare them. */
export function findingsOf(
  index: CorpusIndex,
  sources: ReadonlyMap<string, string>,
  text: string,
  options: CheckOptions = { locale: 'zh' },
): Seen[] {
  const document = draft(text);
  return runChecks(index, document, options).map((finding) => seen(finding, document, sources));
}

/** The text with the preferred fix of every finding applied (what --fix and "fix all" do). */
/** The text after applying what `check --fix` applies: the safe fixes of certain and likely findings. */
export function withSafeFixes(text: string, findings: readonly PolicyDiagnostic[]): string {
  const lines = text.split('\n');
  const offset = (p: { line: number; character: number }) =>
    lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
  const edits = safeEdits(findings)
    .map((edit) => ({ start: offset(edit.range.start), end: offset(edit.range.end), newText: edit.newText }))
    .sort((a, b) => b.start - a.start);
  let out = text;
  for (const edit of edits) out = out.slice(0, edit.start) + edit.newText + out.slice(edit.end);
  return out;
}
