// The draft's targets compared with the corpus's figures for the same measure and jurisdiction: a
// baseline restated as a target, an older target that a newer one replaced, or a target for a year that
// differs from the corpus's. Shared by value.baseline-as-target, value.outdated and value.conflict.
import { shortTitle } from '../../features/sources.js';
import { comparatorMeaning } from '../../figures/comparators.js';
import { CORPUS_MEASURES, corpusNeighbours } from '../../figures/corpusMeasures.js';
import { measureLink, measureWords, type MeasureLink } from '../../figures/measureIdentity.js';
import { countersComparable, normalizeQuantity } from '../../figures/units.js';
import type { CorpusIndex } from '../../index/corpusIndex.js';
import { memoKey } from '../../index/derivedCache.js';
import type { Figure } from '../../model.js';
import { nameKey } from '../../text/normalize.js';
import type { CheckContext, SharedAnalysis } from '../context.js';
import type { Confidence, Evidence, RelatedSource } from '../finding.js';
import { DRAFT_FIGURES } from './draftFigures.js';
import { figureJurisdiction, sameJurisdiction } from './figureJurisdiction.js';

export type Verdict = 'baseline-as-target' | 'outdated' | 'conflict';

export interface TargetComparison {
  readonly figure: Figure;
  readonly verdict: Verdict;
  /**
   * What the corpus sets: the figure the fix proposes. Absent only for a baseline restated as a target
   * where the corpus sets no target for the measure (a plan reports 3.2万个 reached and names no goal).
   */
  readonly expected?: Figure;
  /** The corpus figure the draft's value repeats (the baseline, the older target). */
  readonly repeated?: Figure;
  readonly sources: readonly Figure[];
  readonly evidence: readonly Evidence[];
  readonly confidence: Confidence;
}

/** The comparisons of one verdict that name the corpus's figure (outdated and conflict always do). */
export const withVerdict =
  (verdict: Verdict) =>
  (c: TargetComparison): c is TargetComparison & { readonly expected: Figure } =>
    c.verdict === verdict && c.expected !== undefined;

export const TARGET_COMPARISONS: SharedAnalysis<TargetComparison[]> = {
  name: 'targets compared with the corpus',
  compute(context) {
    const out: TargetComparison[] = [];
    for (const figure of context.get(DRAFT_FIGURES)) {
      if (figure.kind !== 'target') continue;
      const jurisdiction = figureJurisdiction(context, figure);
      const linked = withinDocuments(
        linkedCorpusFigures(context.index, figure).filter((c) =>
          sameJurisdiction(jurisdiction, context.index.document(c.figure.docId)!),
        ),
      );
      if (linked.length === 0) continue;
      // The corpus's own links carry the identity on: a draft phrase linked to the plan's wording reaches
      // the work points' other wordings of the same measure, no more surely than its weakest step.
      const direct = new Set(linked.map((c) => c.figure));
      for (const { figure: seed, link } of [...linked]) {
        if (!CARRYING_ON.has(link)) continue;
        for (const next of corpusNeighbours(context.index, seed)) {
          if (direct.has(next.figure) || !sameJurisdiction(jurisdiction, context.index.document(next.figure.docId)!))
            continue;
          direct.add(next.figure);
          linked.push({ figure: next.figure, link: weaker(link, next.link) });
        }
      }
      // Every wording of the measure counts; the link of the figures a verdict rests on sets its confidence.
      const links = new Map(linked.map((c) => [c.figure, c.link]));
      const corpus = linked.map((c) => c.figure);
      const targets = corpus.filter((c) => c.kind === 'target' && c.year !== undefined);
      const baselines = corpus.filter((c) => isStartingPoint(context, c));
      const comparison =
        targets.length > 0
          ? compareTarget(context, figure, targets, baselines)
          : baselineWithoutTarget(
              figure,
              // With no target to weigh against, only the measure as the corpus words it will do.
              baselines.filter((b) => {
                const link = links.get(b);
                return link === 'same-words' || link === 'contained';
              }),
            );
      if (comparison) out.push(withLinks(context, comparison, links));
    }
    return out;
  },
};

/** The corpus figures linked to a draft figure's measure, per index and measure (see linkedCorpusFigures). */
const LINKED = memoKey<ReadonlyArray<{ readonly figure: Figure; readonly link: MeasureLink }>>(
  'corpus figures linked to a draft measure',
);

/**
 * Every corpus figure measureLink links to the figure, in the corpus's order. measureLink reads only the
 * subject, metric, unit and comparator, so the list is kept per those: a draft that repeats a measure,
 * and every check after an edit elsewhere, takes it from the memo.
 */
function linkedCorpusFigures(
  index: CorpusIndex,
  figure: Figure,
): ReadonlyArray<{ readonly figure: Figure; readonly link: MeasureLink }> {
  const key = [figure.subject, figure.metric, figure.unit, figure.comparator].join('\u0001');
  return index.derived.get(LINKED).get(key, () => {
    const measures = index.derived.get(CORPUS_MEASURES);
    return measures.figures
      .map((c) => ({ figure: c, link: measureLink(figure, c, measures.context) }))
      .filter((c): c is { figure: Figure; link: MeasureLink } => c.link !== undefined);
  });
}

/**
 * Where a document words the draft's measure as the draft does (the same words, or contained), its
 * looser links to other phrases of that document are other measures: 感知终端接入量 is the plan's
 * 感知终端…, not also its 视频终端… that shares the unit 路.
 */
function withinDocuments(
  linked: Array<{ figure: Figure; link: MeasureLink }>,
): Array<{ figure: Figure; link: MeasureLink }> {
  const strong = new Map<string, Set<string>>();
  for (const { figure, link } of linked)
    if (link === 'same-words' || link === 'contained')
      strong.set(figure.docId, (strong.get(figure.docId) ?? new Set()).add(measureWords(figure.metric)));
  return linked.filter(({ figure }) => {
    const words = strong.get(figure.docId);
    return !words || words.has(measureWords(figure.metric));
  });
}

const LINK_ORDER: readonly MeasureLink[] = ['same-words', 'contained', 'shared-name', 'rare-unit', 'parallel-change'];
const weaker = (a: MeasureLink, b: MeasureLink): MeasureLink =>
  LINK_ORDER.indexOf(a) >= LINK_ORDER.indexOf(b) ? a : b;
/** Direct links from which the corpus's own links are followed. */
const CARRYING_ON: ReadonlySet<MeasureLink> = new Set(['same-words', 'contained', 'rare-unit']);

/**
 * The evidence and confidence of a verdict from how the corpus figures it rests on were linked to the
 * draft's: the same words (certain with a known measure and its year stated) or a looser link (likely).
 */
function withLinks(
  context: CheckContext,
  comparison: TargetComparison,
  links: ReadonlyMap<Figure, MeasureLink>,
): TargetComparison {
  const used = [comparison.expected, comparison.repeated].filter((f): f is Figure => f !== undefined);
  const weakest = used.map((f) => links.get(f)!).sort((a, b) => LINK_ORDER.indexOf(b) - LINK_ORDER.indexOf(a))[0];
  const confidence =
    comparison.confidence === 'certain' ? confidenceOf(context, comparison.figure, weakest) : comparison.confidence;
  return {
    ...comparison,
    confidence,
    evidence: [...baseEvidence(context, comparison.figure, weakest), ...comparison.evidence],
  };
}

function compareTarget(
  context: CheckContext,
  figure: Figure,
  targets: Figure[],
  baselines: Figure[],
): TargetComparison | undefined {
  const year = figure.year ?? context.year;
  // What a document issued after the draft sets is no standard the draft could have followed.
  targets = targets.filter((t) => context.isOnOrAfter(context.index.dateOf(t.docId)) !== false);
  if (targets.length === 0) return undefined;
  const evidence: Evidence[] = [];
  // Settled against the links in withLinks; certain here means "as certain as the links allow".
  const confidence: Confidence = 'certain';
  const matching = targets.find((c) => sameAmount(c, figure) && (year === undefined || c.year === year));
  if (matching) {
    // The corpus sets this very value for this year — unless a newer document already asks for more.
    const newer = supersededBy(context, matching, targets);
    if (!newer) return undefined;
    return {
      figure,
      verdict: 'outdated',
      expected: newer,
      repeated: matching,
      sources: [matching, newer],
      evidence: [...evidence, { signal: 'newer-document', detail: docLabel(context, newer) }],
      confidence: 'likely',
    };
  }
  // A target carried past its year (the plan's 100万路 for 2025 in a 2026 draft) that a newer document
  // already made stale: outdated, whatever the draft's year.
  const carried =
    year === undefined
      ? undefined
      : targets.find(
          (c) =>
            sameAmount(c, figure) && c.year !== undefined && c.year < year && !targets.some((t) => t.year === year),
        );
  const carriedOver = carried ? supersededBy(context, carried, targets) : undefined;
  if (carried && carriedOver && !sameAmount(carriedOver, figure)) {
    return {
      figure,
      verdict: 'outdated',
      expected: carriedOver,
      repeated: carried,
      sources: [carried, carriedOver],
      evidence: [...evidence, { signal: 'newer-document', detail: docLabel(context, carriedOver) }],
      confidence: 'likely',
    };
  }
  const sameYear = year === undefined ? [] : targets.filter((c) => c.year === year);
  // What the figure should be: the target set for its own year (a 2023 draft gets the 2023 work
  // points' figure, not the plan's 2025 one), else the target of the latest year.
  const expected = newest(context, sameYear.length > 0 ? sameYear : targets);
  evidence.push({ signal: 'corpus-usage', detail: `${docLabel(context, expected)}: ${written(expected)}` });
  // The most specific explanation first: a baseline restated as a target, then an older target, and
  // only then a plain conflict with the target set for that year.
  // A value reached at the plan's start counts as its baseline only against a goal the sentence dates.
  const baseline = baselines.find((b) => sameAmount(b, figure) && (b.kind === 'baseline' || statesYear(figure)));
  if (baseline && !targets.some((c) => sameAmount(c, figure))) {
    return {
      figure,
      verdict: 'baseline-as-target',
      expected,
      repeated: baseline,
      sources: [baseline, expected],
      evidence,
      confidence,
    };
  }
  const older = targets.find(
    (c) => sameAmount(c, figure) && c.year !== undefined && expected.year !== undefined && c.year < expected.year,
  );
  if (older && !sameAmount(expected, figure) && (year === undefined || year > (older.year ?? 0))) {
    return {
      figure,
      verdict: 'outdated',
      expected,
      repeated: older,
      sources: [older, expected],
      evidence: [...evidence, { signal: 'newer-document', detail: docLabel(context, expected) }],
      confidence,
    };
  }
  // The draft repeats an older document's figure that a newer one has superseded (a plan's 100万路 for
  // 2025, which the next work points raised to 130万路 already for 2022): outdated, not a mere conflict.
  const stale = targets.find((c) => sameAmount(c, figure) && !sameAmount(expected, figure));
  const staleBy = stale ? supersededBy(context, stale, targets) : undefined;
  if (stale && staleBy && !sameAmount(staleBy, figure)) {
    return {
      figure,
      verdict: 'outdated',
      expected: staleBy,
      repeated: stale,
      sources: [stale, staleBy],
      evidence: [...evidence, { signal: 'newer-document', detail: docLabel(context, staleBy) }],
      confidence: 'likely',
    };
  }
  if (sameYear.length > 0) {
    return {
      figure,
      verdict: 'conflict',
      expected,
      sources: sameYear,
      evidence: [...evidence, { signal: 'same-year', detail: String(year) }],
      confidence,
    };
  }
  return undefined;
}

/**
 * A figure the corpus gives as where a plan starts from: a baseline column, or a value reached by the
 * plan's first year (the 发展基础 of a 2021–2025 plan reports 2020). A draft that sets it as a later
 * target asks for what was already done.
 */
function isStartingPoint(context: CheckContext, figure: Figure): boolean {
  if (figure.kind === 'baseline') return true;
  if (figure.kind !== 'achieved' || figure.year === undefined) return false;
  const period = context.index.document(figure.docId)?.meta.period;
  return period !== undefined && figure.year <= period[0] && figure.year < period[1];
}

/**
 * The draft's target repeats a starting point for a later year, and the corpus sets no target it could
 * mean instead. A value kept (保持 100%) is a target that may rightly equal its start, so it is left alone.
 */
function baselineWithoutTarget(figure: Figure, baselines: Figure[]): TargetComparison | undefined {
  const baseline = baselines.find(
    (b) =>
      sameAmount(b, figure) &&
      b.year !== undefined &&
      figure.year !== undefined &&
      // Only a goal the sentence dates itself (到2025年…): a count of fixed things (21个地级以上市) or a
      // figure carried from an earlier sentence (同期…突破600万) restates no target.
      statesYear(figure) &&
      figure.year > b.year &&
      !(figure.unit === '%' && figure.value >= 100) &&
      !/保持|稳定在|维持|巩固/.test(figure.text),
  );
  if (!baseline) return undefined;
  return {
    figure,
    verdict: 'baseline-as-target',
    repeated: baseline,
    sources: [baseline],
    evidence: [{ signal: 'corpus-usage', detail: `${written(baseline)} (${baseline.year})` }],
    confidence: 'likely',
  };
}

function baseEvidence(context: CheckContext, figure: Figure, link: MeasureLink): Evidence[] {
  const evidence: Evidence[] = [
    link === 'same-words' || link === 'contained'
      ? { signal: 'same-measure', detail: label(figure) }
      : { signal: 'similar-wording', detail: `${label(figure)} (${link})` },
  ];
  if (!statesYear(figure)) evidence.push({ signal: 'draft-year', detail: String(context.year ?? '') });
  return evidence;
}

/**
 * Certain when the measure is a known name (a platform, an indicator) worded as the corpus words it and
 * the sentence states the year; likely otherwise (the year is the draft's own, the measure a phrase of
 * the draft's, or linked to the corpus's by a shared name, a rare unit or a parallel change).
 */
function confidenceOf(context: CheckContext, figure: Figure, link: MeasureLink): Confidence {
  const known = context.index.lookupName(figure.subject).some((n) => n.kind === 'platform' || n.kind === 'indicator');
  return known && statesYear(figure) && link === 'same-words' ? 'certain' : 'likely';
}

/**
 * A newer document's target that makes this one stale: for the same year with another value, or for an
 * earlier year already above it (the 2022 work points' 130万路 makes the plan's 100万路 for 2025 stale) —
 * once the draft speaks from that document's date on. A newer target for a later year leaves this year's
 * as it was (the 2021 work points' 100万 stays the 2021 target).
 */
function supersededBy(context: CheckContext, target: Figure, targets: readonly Figure[]): Figure | undefined {
  const date = context.index.dateOf(target.docId);
  const { change, bound } = comparatorMeaning(target.comparator);
  const increasing = change !== 'decrease' && bound !== 'at-most' && bound !== 'less-than';
  return targets
    .filter(
      (n) =>
        context.index.dateOf(n.docId) > date &&
        !sameAmount(n, target) &&
        n.year !== undefined &&
        target.year !== undefined,
    )
    .filter(
      (n) =>
        n.year === target.year || (n.year! < target.year! && increasing && amountOf(n).base > amountOf(target).base),
    )
    .filter((n) => context.isOnOrAfter(context.index.dateOf(n.docId)) === true)
    .sort((a, b) => context.index.dateOf(b.docId).localeCompare(context.index.dateOf(a.docId)))[0];
}

const statesYear = (figure: Figure) =>
  figure.year !== undefined && /\d{4}\s*年|十[一二三四五六七八九]?五/.test(figure.text);

function docLabel(context: CheckContext, figure: Figure): string {
  const doc = context.index.document(figure.docId);
  return doc ? shortTitle(doc) : figure.docId;
}

/** The target of the latest year, from the newest document. */
function newest(context: CheckContext, figures: Figure[]): Figure {
  return [...figures].sort(
    (a, b) =>
      (b.year ?? 0) - (a.year ?? 0) || context.index.dateOf(b.docId).localeCompare(context.index.dateOf(a.docId)),
  )[0];
}

/** A figure's quantity in counter units: 1.1亿 = 11000万, 150万名 = 1500000名. */
export const amountOf = (f: Figure) => normalizeQuantity(f.value, f.unit);
export const sameAmount = (a: Figure, b: Figure) => {
  const x = amountOf(a);
  const y = amountOf(b);
  return countersComparable(x.counter, y.counter) && Math.abs(x.base - y.base) <= 1e-9 * Math.max(1, Math.abs(x.base));
};
export const written = (f: Figure) => `${f.value}${f.unit}`;

export function label(figure: Figure): string {
  return nameKey(figure.subject) === nameKey(figure.metric)
    ? `“${figure.subject}”`
    : `“${figure.subject}”${figure.metric}`;
}

/** The corpus figures as related information: the document and the sentence or row. */
export function relatedFigures(context: CheckContext, figures: readonly Figure[]): RelatedSource[] {
  return figures.flatMap((source) => {
    const doc = context.index.document(source.docId);
    return doc
      ? [{ uri: doc.uri, range: source.range, message: `${shortTitle(doc)}：${source.text.slice(0, 60)}` }]
      : [];
  });
}
