// The draft's targets compared with the corpus's figures for the same measure and jurisdiction: a
// baseline restated as a target, an older target that a newer one replaced, or a target for a year that
// differs from the corpus's. Shared by value.baseline-as-target, value.outdated and value.conflict.
import { shortTitle } from '../../features/sources.js';
import { CORPUS_MEASURES, corpusNeighbours, linkCandidates } from '../../figures/corpusMeasures.js';
import { linksFrom, measureWords, type MeasureLink } from '../../figures/measureIdentity.js';
import type { CorpusIndex } from '../../index/corpusIndex.js';
import { memoKey } from '../../index/derivedCache.js';
import type { Figure } from '../../model.js';
import { amountOf, label, sameAmount, written } from './figureAmounts.js';
import { baselineWithoutTarget, compareTarget, isStartingPoint, statesYear } from './targetVerdict.js';

export { amountOf, label, sameAmount, written };
import type { CheckContext, SharedAnalysis } from '../context.js';
import type { Confidence, Evidence, RelatedSource } from '../finding.js';
import { DRAFT_FIGURES } from './draftFigures.js';
import { ITEMS_PER_YIELD } from '../../steps.js';
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

/**
 * A comparison reads the figure's measure, value, year and sentence, whose figure it is, and when the
 * draft speaks — nothing else of the draft: kept per those and per index, an edit compares only the
 * figures it changed. `null`: compared, nothing to say.
 */
const COMPARED = memoKey<Omit<TargetComparison, 'figure'> | null>('draft targets compared with the corpus');

export const TARGET_COMPARISONS: SharedAnalysis<TargetComparison[]> = {
  name: 'targets compared with the corpus',
  *compute(context) {
    const out: TargetComparison[] = [];
    const memo = context.index.derived.get(COMPARED);
    // A few remembered comparisons between yields, a yield after each one made anew.
    let sinceYield = 0;
    for (const figure of yield* context.steps(DRAFT_FIGURES)) {
      if (figure.kind !== 'target') continue;
      if (++sinceYield >= ITEMS_PER_YIELD) {
        sinceYield = 0;
        yield;
      }
      const jurisdiction = figureJurisdiction(context, figure);
      // Typed, so an object never turns into "[object Object]" and two provinces share a key.
      const parts: ReadonlyArray<string | number> = [
        figure.subject,
        figure.metric,
        figure.unit,
        figure.comparator ?? '',
        figure.value,
        figure.year ?? '',
        figure.text,
        jurisdiction?.province?.name ?? '',
        jurisdiction?.locality ?? '',
        context.year ?? '',
        context.date.year ?? '',
        context.date.month ?? '',
      ];
      const key = parts.join('\u0001');
      const found = memo.get(key, () => {
        sinceYield = ITEMS_PER_YIELD;
        const compared = compareFigure(context, figure, jurisdiction);
        if (!compared) return null;
        const { figure: _figure, ...rest } = compared;
        return rest;
      });
      if (found) out.push({ ...found, figure });
    }
    return out;
  },
};

/** One draft target against the corpus figures of its measure and jurisdiction. */
function compareFigure(
  context: CheckContext,
  figure: Figure,
  jurisdiction: ReturnType<typeof figureJurisdiction>,
): TargetComparison | undefined {
  const linked = withinDocuments(
    linkedCorpusFigures(context.index, figure).filter((c) =>
      sameJurisdiction(jurisdiction, context.index.document(c.figure.docId)!),
    ),
  );
  if (linked.length === 0) return undefined;
  // The corpus's own links carry the identity on: a draft phrase linked to the plan's wording reaches
  // the work points' other wordings of the same measure, no more surely than its weakest step.
  const direct = new Set(linked.map((c) => c.figure));
  // Seeds of one measure share their neighbours (one list per measure): once walked, a list's figures are
  // all in, and walking it again from another seed adds none.
  const walked = new Set<ReadonlyArray<unknown>>();
  for (const { figure: seed, link } of [...linked]) {
    if (!CARRYING_ON.has(link)) continue;
    const neighbours = corpusNeighbours(context.index, seed);
    if (walked.has(neighbours)) continue;
    walked.add(neighbours);
    for (const next of neighbours) {
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
  return comparison ? withLinks(context, comparison, links) : undefined;
}

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
    const linked: Array<{ figure: Figure; link: MeasureLink }> = [];
    const linkTo = linksFrom(figure, measures.context);
    for (const c of linkCandidates(measures, figure)) {
      const link = linkTo(c);
      if (link !== undefined) linked.push({ figure: c, link });
    }
    return linked;
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

/** The corpus figures as related information: the document and the sentence or row. */
export function relatedFigures(context: CheckContext, figures: readonly Figure[]): RelatedSource[] {
  return figures.flatMap((source) => {
    const doc = context.index.document(source.docId);
    return doc
      ? [{ uri: doc.uri, range: source.range, message: `${shortTitle(doc)}：${source.text.slice(0, 60)}` }]
      : [];
  });
}
