// The draft's targets compared with the corpus's figures for the same measure and jurisdiction: a
// baseline restated as a target, an older target that a newer one replaced, or a target for a year that
// differs from the corpus's. Shared by value.baseline-as-target, value.outdated and value.conflict.
import { shortTitle } from '../../features/sources.js';
import { countersComparable, normalizeQuantity } from '../../figures/units.js';
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
  /** What the corpus sets: the figure the fix proposes. */
  readonly expected: Figure;
  /** The corpus figure the draft's value repeats (the baseline, the older target). */
  readonly repeated?: Figure;
  readonly sources: readonly Figure[];
  readonly evidence: readonly Evidence[];
  readonly confidence: Confidence;
}

export const TARGET_COMPARISONS: SharedAnalysis<TargetComparison[]> = {
  name: 'targets compared with the corpus',
  compute(context) {
    const out: TargetComparison[] = [];
    for (const figure of context.get(DRAFT_FIGURES)) {
      if (figure.kind !== 'target') continue;
      const jurisdiction = figureJurisdiction(context, figure);
      const corpus = context.index
        .figuresFor(figure.subject, figure.metric)
        .filter((c) => comparable(c, figure) && sameJurisdiction(jurisdiction, context.index.document(c.docId)!));
      const targets = corpus.filter((c) => c.kind === 'target' && c.year !== undefined);
      if (targets.length === 0) continue;
      const comparison = compareTarget(
        context,
        figure,
        targets,
        corpus.filter((c) => c.kind === 'baseline'),
      );
      if (comparison) out.push(comparison);
    }
    return out;
  },
};

function compareTarget(
  context: CheckContext,
  figure: Figure,
  targets: Figure[],
  baselines: Figure[],
): TargetComparison | undefined {
  const year = figure.year ?? context.year;
  if (targets.some((c) => sameAmount(c, figure) && (year === undefined || c.year === year))) return undefined;
  const sameYear = year === undefined ? [] : targets.filter((c) => c.year === year);
  // What the figure should be: the target set for its own year (a 2023 draft gets the 2023 work
  // points' figure, not the plan's 2025 one), else the target of the latest year.
  const expected = newest(context, sameYear.length > 0 ? sameYear : targets);
  const evidence = baseEvidence(context, figure, expected);
  const confidence = confidenceOf(context, figure);
  // The most specific explanation first: a baseline restated as a target, then an older target, and
  // only then a plain conflict with the target set for that year.
  const baseline = baselines.find((b) => sameAmount(b, figure));
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

function baseEvidence(context: CheckContext, figure: Figure, expected: Figure): Evidence[] {
  const evidence: Evidence[] = [{ signal: 'same-measure', detail: label(figure) }];
  if (!statesYear(figure)) evidence.push({ signal: 'draft-year', detail: String(context.year ?? '') });
  evidence.push({ signal: 'corpus-usage', detail: `${docLabel(context, expected)}: ${written(expected)}` });
  return evidence;
}

/**
 * Certain when the measure is a known name (a platform, an indicator) and the sentence states the year;
 * likely otherwise (the year is the draft's own, or the measure a phrase of the draft's).
 */
function confidenceOf(context: CheckContext, figure: Figure): Confidence {
  const known = context.index.lookupName(figure.subject).some((n) => n.kind === 'platform' || n.kind === 'indicator');
  return known && statesYear(figure) ? 'certain' : 'likely';
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
const comparable = (a: Figure, b: Figure) => countersComparable(amountOf(a).counter, amountOf(b).counter);
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
