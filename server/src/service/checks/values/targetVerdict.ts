// The verdict on one draft target against the corpus figures of its measure: a baseline restated as a
// target, an older target a newer document replaced, or a target that conflicts with its year's.
import { shortTitle } from '../../features/sources.js';
import { comparatorMeaning } from '../../figures/comparators.js';
import type { Figure } from '../../model.js';
import type { CheckContext } from '../context.js';
import type { Confidence, Evidence } from '../finding.js';
import type { TargetComparison } from './comparisons.js';
import { amountOf, sameAmount, written } from './figureAmounts.js';

export function compareTarget(
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
    return outdated(context, figure, matching, newer, evidence);
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
    return outdated(context, figure, carried, carriedOver, evidence);
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
    return outdated(context, figure, stale, staleBy, evidence);
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
export function isStartingPoint(context: CheckContext, figure: Figure): boolean {
  if (figure.kind === 'baseline') return true;
  if (figure.kind !== 'achieved' || figure.year === undefined) return false;
  const period = context.index.document(figure.docId)?.meta.period;
  return period !== undefined && figure.year <= period[0] && figure.year < period[1];
}

/**
 * The draft's target repeats a starting point for a later year, and the corpus sets no target it could
 * mean instead. A value kept (保持 100%) is a target that may rightly equal its start, so it is left alone.
 */
export function baselineWithoutTarget(figure: Figure, baselines: Figure[]): TargetComparison | undefined {
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

/**
 * A newer document's target that makes this one stale: for the same year with another value, or for an
 * earlier year already above it (the 2022 work points' 130万路 makes the plan's 100万路 for 2025 stale) —
 * once the draft speaks from that document's date on. A newer target for a later year leaves this year's
 * as it was (the 2021 work points' 100万 stays the 2021 target).
 */
/** The figure repeats a corpus target that a newer document has since replaced: outdated. */
function outdated(
  context: CheckContext,
  figure: Figure,
  repeated: Figure,
  newer: Figure,
  evidence: readonly Evidence[],
): TargetComparison {
  return {
    figure,
    verdict: 'outdated',
    expected: newer,
    repeated,
    sources: [repeated, newer],
    evidence: [...evidence, { signal: 'newer-document', detail: docLabel(context, newer) }],
    confidence: 'likely',
  };
}

function supersededBy(context: CheckContext, target: Figure, targets: readonly Figure[]): Figure | undefined {
  const date = context.index.dateOf(target.docId);
  const { change, bound } = comparatorMeaning(target.comparator);
  const increasing = change !== 'decrease' && bound !== 'at-most' && bound !== 'less-than';
  const later = targets
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
    .filter((n) => context.isOnOrAfter(context.index.dateOf(n.docId)) === true);
  return first(later, (a, b) => newerDocument(context, a, b));
}

export const statesYear = (figure: Figure) =>
  figure.year !== undefined && /\d{4}\s*年|十[一二三四五六七八九]?五/.test(figure.text);

function docLabel(context: CheckContext, figure: Figure): string {
  const doc = context.index.document(figure.docId);
  return doc ? shortTitle(doc) : figure.docId;
}

/** The target of the latest year, from the newest document. */
function newest(context: CheckContext, figures: Figure[]): Figure {
  return first(figures, (a, b) => (b.year ?? 0) - (a.year ?? 0) || newerDocument(context, a, b))!;
}

/** Below zero when a's document is newer than b's. Dates are ISO (YYYY-MM-DD, or shorter): ordered as strings. */
function newerDocument(context: CheckContext, a: Figure, b: Figure): number {
  if (a.docId === b.docId) return 0;
  const [x, y] = [context.index.dateOf(a.docId), context.index.dateOf(b.docId)];
  return x > y ? -1 : x < y ? 1 : 0;
}

/**
 * What a stable sort by `order` would put first, in one pass: a measure of a large corpus has thousands of
 * targets, and sorting them all compared their dates thousands of times over to keep one.
 */
function first<T>(list: readonly T[], order: (a: T, b: T) => number): T | undefined {
  let best = list[0];
  for (const item of list) if (order(item, best) < 0) best = item;
  return best;
}
