// The corpus's figures as measures: what links them across wordings, and a measure's timeline.
import type { CorpusIndex } from '../index/corpusIndex.js';
import type { DerivedKey } from '../index/derivedCache.js';
import type { Figure } from '../model.js';
import {
  counterOf,
  linksFrom,
  measureLink,
  measureWords,
  type MeasureContext,
  type MeasureLink,
} from './measureIdentity.js';
import { metricKey } from './metric.js';
import { differInDefiningWords } from './measureWords.js';
import { countersComparable } from './units.js';

/** Counters many measures share: their being the same says nothing about two phrases. */
const COMMON_COUNTERS = new Set([
  '',
  '个',
  '项',
  '件',
  '%',
  '％',
  '名',
  '人',
  '家',
  '次',
  '人次',
  '类',
  '种',
  '台',
  '条',
  '份',
]);

export interface CorpusMeasures {
  readonly figures: readonly Figure[];
  readonly context: MeasureContext;
  /**
   * The corpus figures whose unit's counter is comparable with this unit's, in the corpus's order: the
   * only ones measureLink can link to a figure in it. Kept per counter, so that a pass looking for a
   * figure's links skips the figures of every other kind of unit (most of them, on a large corpus).
   */
  comparableTo(unit: string): readonly Figure[];
  /** comparableTo's figures by their measure words, each a list of positions in comparableTo's list. */
  comparableByWords(unit: string): ReadonlyMap<string, readonly number[]>;
  /** The measure words of each of comparableTo's figures, position for position. */
  comparableWords(unit: string): readonly string[];
}

/** The corpus's figures once, with what measureLink needs to know about the corpus. */
export const CORPUS_MEASURES: DerivedKey<CorpusMeasures> = {
  name: 'corpus figures by measure',
  build(index) {
    const figures = index.allFigures();
    // Each figure's counter, position for position: a corpus has a few dozen counters for its thousands
    // of figures, so which counters compare is asked per counter, not per figure.
    const counters = figures.map((f) => counterOf(f.unit));
    const measuresPerCounter = new Map<string, Set<string>>();
    for (const [position, f] of figures.entries()) {
      const counter = counters[position];
      measuresPerCounter.set(counter, (measuresPerCounter.get(counter) ?? new Set()).add(measureWords(f.metric)));
    }
    // Each asked for both figures of every pair compared: worked out once per subject and phrase.
    const platforms = new Map<string, boolean>();
    const namesInText = new Map<string, readonly string[]>();
    const isPlatform = (subject: string) => {
      let platform = platforms.get(subject);
      if (platform === undefined)
        platforms.set(subject, (platform = index.lookupName(subject).some((n) => n.kind === 'platform')));
      return platform;
    };
    const owners = new Map<string, Set<string>>();
    for (const f of figures) {
      const words = measureWords(f.metric);
      const owner = isPlatform(f.subject) ? f.subject : '';
      owners.set(words, (owners.get(words) ?? new Set()).add(owner));
    }
    const context: MeasureContext = {
      soleOwner: (words) => {
        const found = owners.get(words);
        const [only] = found && found.size === 1 ? [...found] : [];
        return only || undefined;
      },
      namesIn: (text) => {
        let names = namesInText.get(text);
        if (!names)
          namesInText.set(
            text,
            (names = index.matcher
              .findAll(text, { overlapping: true })
              .filter((m) => m.values.some((v) => v.kind === 'term' || v.kind === 'platform'))
              .map((m) => m.key)),
          );
        return names;
      },
      rareCounter: (counter) => !COMMON_COUNTERS.has(counter) && (measuresPerCounter.get(counter)?.size ?? 0) <= 3,
      isPlatform,
    };
    const comparable = new Map<string, readonly Figure[]>();
    const comparableTo = (unit: string) => {
      const counter = counterOf(unit);
      let found = comparable.get(counter);
      if (!found) {
        const kin = new Set([...measuresPerCounter.keys()].filter((other) => countersComparable(counter, other)));
        comparable.set(counter, (found = figures.filter((_, position) => kin.has(counters[position]))));
      }
      return found;
    };
    const wordsOf = new Map<string, readonly string[]>();
    const comparableWords = (unit: string) => {
      const counter = counterOf(unit);
      let words = wordsOf.get(counter);
      if (!words) wordsOf.set(counter, (words = comparableTo(unit).map((f) => measureWords(f.metric))));
      return words;
    };
    const grouped = new Map<string, Map<string, number[]>>();
    const comparableByWords = (unit: string) => {
      const counter = counterOf(unit);
      let groups = grouped.get(counter);
      if (!groups) {
        groups = new Map();
        for (const [position, words] of comparableWords(unit).entries()) {
          const group = groups.get(words);
          if (group) group.push(position);
          else groups.set(words, [position]);
        }
        grouped.set(counter, groups);
      }
      return groups;
    };
    return { figures, context, comparableTo, comparableByWords, comparableWords };
  },
};

/**
 * A measure's timeline: every corpus figure of the measure a name or phrase names (and of the wordings
 * linked to it), oldest document first — what `corpus show` and the hover print.
 */
export function measureTimeline(index: CorpusIndex, query: string): Figure[] {
  const { figures, context } = index.derived.get(CORPUS_MEASURES);
  const words = measureWords(metricKey(query));
  const seeds = figures.filter(
    (f) =>
      f.subject === query ||
      measureWords(f.metric) === words ||
      (words.length >= 4 && measureWords(f.metric).includes(words)),
  );
  const linked = new Set(seeds);
  for (const seed of seeds) for (const f of figures) if (!linked.has(f) && measureLink(seed, f, context)) linked.add(f);
  return [...linked].sort(
    (a, b) => index.dateOf(a.docId).localeCompare(index.dateOf(b.docId)) || (a.year ?? 0) - (b.year ?? 0),
  );
}

/** The timeline of the measure a figure (of a draft) measures: the corpus figures linked to it. */
export function figureMeasureTimeline(index: CorpusIndex, figure: Figure): Figure[] {
  const measures = index.derived.get(CORPUS_MEASURES);
  return linkCandidates(measures, figure)
    .filter((f) => f.docId !== figure.docId && measureLink(figure, f, measures.context))
    .sort((a, b) => index.dateOf(a.docId).localeCompare(index.dateOf(b.docId)) || (a.year ?? 0) - (b.year ?? 0));
}

/** Links strong enough to carry a measure's identity from one corpus figure on to another. */
const CARRYING: ReadonlySet<MeasureLink> = new Set(['same-words', 'contained', 'rare-unit']);

/**
 * Not stored with the index: found again once per wording of a measure (measureKey), a draft's measures'
 * links take tens of milliseconds on 1,000 documents, about what reading every measure's links back took
 * a restore (hundreds of thousands of small objects in the head it reads whole before its first answer).
 */
const NEIGHBOURS: DerivedKey<Map<string, ReadonlyArray<{ figure: Figure; link: MeasureLink }>>> = {
  name: 'corpus figures linked to each corpus measure',
  build: () => new Map(),
};

/**
 * The corpus figures the corpus itself links to one of its figures' measure (the plan's 政务云资源算力规模
 * to the 2021 work points' 资源总量), by the strong links only; computed once per measure and index.
 */
export function corpusNeighbours(
  index: CorpusIndex,
  figure: Figure,
): ReadonlyArray<{ figure: Figure; link: MeasureLink }> {
  const cache = index.derived.get(NEIGHBOURS);
  const key = `${figure.subject}|${measureWords(figure.metric)}|${counterOf(figure.unit)}`;
  let found = cache.get(key);
  if (!found) {
    const measures = index.derived.get(CORPUS_MEASURES);
    // One document does not name one measure two ways: its other phrases are other measures (the plan's
    // 视频终端… and 感知终端…, both in 路).
    const words = measureWords(figure.metric);
    const linked: Array<{ figure: Figure; link: MeasureLink }> = [];
    const linkTo = linksFrom(figure, measures.context);
    for (const f of carryingCandidates(measures, figure, words)) {
      if (f.docId === figure.docId && measureWords(f.metric) !== words) continue;
      const link = linkTo(f);
      if (link !== undefined && CARRYING.has(link)) linked.push({ figure: f, link });
    }
    found = linked;
    cache.set(key, found);
  }
  return found;
}

/**
 * The corpus figures measureLink may link to the figure by any link, in the corpus's order: measureLink
 * decides. Other measure words link only where neither side is a platform's measure and, under a common
 * counter, no defining word differs (measureLink's own first tests): the groups of words that fail them are
 * passed over whole — most of a large corpus's figures of a comparable unit.
 */
export function linkCandidates(measures: CorpusMeasures, figure: Figure): readonly Figure[] {
  const comparable = measures.comparableTo(figure.unit);
  const wordsAt = measures.comparableWords(figure.unit);
  const words = measureWords(figure.metric);
  const platform = measures.context.isPlatform(figure.subject);
  const rare = measures.context.rareCounter(counterOf(figure.unit));
  // Asked once per other wording, then a lookup per figure: the list stays in the corpus's order.
  const mayLink = new Map<string, boolean>();
  const out: Figure[] = [];
  for (let position = 0; position < comparable.length; position++) {
    const other = wordsAt[position];
    let may = mayLink.get(other);
    if (may === undefined)
      mayLink.set(other, (may = other === words || (!platform && (rare || !differInDefiningWords(words, other)))));
    if (may) out.push(comparable[position]);
  }
  return out;
}

/**
 * The corpus figures that may carry a link to the figure, in the corpus's order: measureLink decides. Under
 * a counter many measures share, a carrying link needs the same measure words or words that contain the
 * other's (a rare unit's link needs a rare counter): so only those groups of figures are looked at, not
 * every figure of a comparable unit — which made the corpus-wide pass quadratic in the corpus's figures.
 */
function carryingCandidates(measures: CorpusMeasures, figure: Figure, words: string): readonly Figure[] {
  const comparable = measures.comparableTo(figure.unit);
  if (measures.context.rareCounter(counterOf(figure.unit))) return comparable;
  const positions: number[] = [];
  for (const [other, group] of measures.comparableByWords(figure.unit)) {
    const [shorter, longer] = words.length <= other.length ? [words, other] : [other, words];
    if (other === words || (shorter.length >= 4 && longer.includes(shorter))) positions.push(...group);
  }
  return positions.sort((a, b) => a - b).map((position) => comparable[position]);
}
