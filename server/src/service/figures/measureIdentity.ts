// Whether two figures measure the same thing, across documents that word it differently: the 2021 work
// points' 资源总量, the 2022 work points' 省级政务云资源规模 and the plan's 政务云资源算力规模 are one
// measure (all in 万核); 视频终端接入大数据中心数量 and 视频联网共享 are one (路), 感知终端… is another.
// Measures that differ in a defining word (受理率/办结率, 注册/活跃, 新增/累计, 日均/月均) stay apart.
import type { Figure } from '../model.js';
import { comparatorMeaning } from './comparators.js';
import { differInDefiningWords } from './measureWords.js';
import { metricKey } from './metric.js';
import { countersComparable, splitUnit } from './units.js';

/** How two figures were found to be one measure, most to least direct. */
export type MeasureLink = 'same-words' | 'contained' | 'shared-name' | 'rare-unit' | 'parallel-change';

/** Words that only say "how much of it" (规模, 总量, 数量) or whose it is (省级, 全省): not the measure. */
const FILLER_END = /(?:数量|规模|总量|总数|水平|个数|情况|能力|数)$/;
const FILLER_START = /^(?:省级|全省|我省|本省|各级|全市|市级|省)/;
/** Characters too common in metric phrases to show a link by themselves. */
const COMMON = new Set([...'的和与及等数量率服务事项政务数据']);

/** measureWords of the phrases seen so far: every comparison of two figures asks for both again. */
const WORDS = new Map<string, string>();
const MAX_REMEMBERED = 50_000;

/** A metric phrase without what does not name the measure. */
export function measureWords(metric: string): string {
  let words = WORDS.get(metric);
  if (words === undefined) {
    if (WORDS.size >= MAX_REMEMBERED) WORDS.clear();
    WORDS.set(metric, (words = computeMeasureWords(metric)));
  }
  return words;
}

function computeMeasureWords(metric: string): string {
  let words = metricKey(metric).replace(/[“”"]/g, '');
  for (let prev = ''; prev !== words;) {
    prev = words;
    words = words.replace(FILLER_START, '').replace(FILLER_END, '');
  }
  return words.length >= 2 ? words : metricKey(metric);
}

export interface MeasureContext {
  /** Names the corpus knows (platforms, terms) that a metric phrase may hold: “一件事”, “粤省事”. */
  readonly namesIn: (text: string) => readonly string[];
  /** Whether a counter is specific to few measures of the corpus (核, 路, PB): sharing it says much. */
  readonly rareCounter: (counter: string) => boolean;
  readonly isPlatform: (subject: string) => boolean;
  /**
   * The one platform the corpus gives a measure for, when only one does and no figure of it lacks a
   * platform (江苏政务服务网's 移动服务应用总数); undefined when several do (日均活跃用户 of 粤省事 and 粤商通).
   */
  readonly soleOwner?: (words: string) => string | undefined;
}

/** The counter of a unit (万核: 核), asked for both figures of every pair compared (splitUnit keeps it per unit). */
export function counterOf(unit: string): string {
  return splitUnit(unit).counter;
}

/**
 * What measureLink reads of a figure: its subject, metric, comparator and its unit's counter. Two figures
 * with one key link alike to any third (the corpus pass and the draft's links group figures by it).
 */
export function measureKey(figure: Figure): string {
  return `${figure.subject}\u0001${figure.metric}\u0001${counterOf(figure.unit)}\u0001${figure.comparator}`;
}

/**
 * measureLink from one figure, asked once per measure key of the other: a large corpus words most of its
 * measures alike in many documents (a draft measure's 6,136 candidates of 1,000 documents have 424 keys).
 */
export function linksFrom(figure: Figure, context: MeasureContext): (other: Figure) => MeasureLink | undefined {
  const byKey = new Map<string, MeasureLink | null>();
  return (other) => {
    const key = measureKey(other);
    let link = byKey.get(key);
    if (link === undefined) byKey.set(key, (link = measureLink(figure, other, context) ?? null));
    return link ?? undefined;
  };
}

export function measureLink(a: Figure, b: Figure, context: MeasureContext): MeasureLink | undefined {
  const x = counterOf(a.unit);
  const y = counterOf(b.unit);
  if (!countersComparable(x, y)) return undefined;
  const platformA = context.isPlatform(a.subject);
  const platformB = context.isPlatform(b.subject);
  // A platform's measure is that platform's: “粤商通”日均活跃用户 is not “粤省事”'s.
  if (platformA || platformB) {
    if (platformA && platformB)
      return a.subject === b.subject && measureWords(a.metric) === measureWords(b.metric) ? 'same-words' : undefined;
    // A phrase without its platform (移动服务应用总数) is that platform's measure only when the corpus
    // measures it for that one platform alone; it is worded the same, but the platform is inferred.
    const [bare, owned] = platformA ? [b, a] : [a, b];
    const words = measureWords(bare.metric);
    return words.length >= 4 && words === measureWords(owned.metric) && context.soleOwner?.(words) === owned.subject
      ? 'contained'
      : undefined;
  }
  const wa = measureWords(a.metric);
  const wb = measureWords(b.metric);
  if (wa === wb) return 'same-words';
  // A unit few measures use (路, 核) says more than the verb a document chose (接入 or 共享); among the
  // common units a defining word keeps measures apart (受理率 / 办结率).
  const rare = context.rareCounter(x);
  if (!rare && differInDefiningWords(wa, wb)) return undefined;
  const [shorter, longer] = wa.length <= wb.length ? [wa, wb] : [wb, wa];
  if (shorter.length >= 4 && longer.includes(shorter)) return 'contained';
  const namesA = context.namesIn(a.metric);
  if (namesA.length > 0 && context.namesIn(b.metric).some((name) => namesA.includes(name))) return 'shared-name';
  if (rare && sharedPairs(wa, wb) >= 1) return 'rare-unit';
  const changeA = comparatorMeaning(a.comparator).change;
  if (changeA !== 'level' && changeA === comparatorMeaning(b.comparator).change && sharedChars(wa, wb) >= 3)
    return 'parallel-change';
  return undefined;
}

function sharedPairs(a: string, b: string): number {
  const pairs = (text: string) => new Set([...text].slice(1).map((ch, i) => text[i] + ch));
  const y = pairs(b);
  return [...pairs(a)].filter((pair) => y.has(pair) && ![...pair].every((ch) => COMMON.has(ch))).length;
}

function sharedChars(a: string, b: string): number {
  const y = new Set(b);
  return new Set([...a].filter((ch) => y.has(ch) && !COMMON.has(ch))).size;
}
