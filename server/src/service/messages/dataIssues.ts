// Problems of a corpus document's own data (an indicator's method table), shown in the indicator's hover.
import type { Locale } from '../l10n.js';
import { entry, say } from './entry.js';

/** Why an indicator's method looks misplaced: a ratio formula for a count, or another row's words. */
export type MethodReason =
  | { readonly kind: 'ratio-for-count'; readonly unit: string }
  | { readonly kind: 'other-row'; readonly number: string; readonly name: string };

/** A data problem as the parser records it; `dataIssueMessage` words it in the hover's language. */
export type DataProblem =
  | { readonly kind: 'method-without-indicator'; readonly name: string }
  | { readonly kind: 'misplaced-method'; readonly indicator: string; readonly reasons: readonly MethodReason[] };

const REASONS = {
  'ratio-for-count': entry<{ unit: string }>(
    (p) => `计算方法是比率公式，但单位是“${p.unit}”`,
    (p) => `a ratio formula for a quantity in ${p.unit}`,
  ),
  'other-row': entry<{ number: string; name: string }>(
    (p) => `计算方法更像是第${p.number}项“${p.name}”的`,
    (p) => `the method reads like that of row ${p.number}, "${p.name}"`,
  ),
} as const;

export const DATA_ISSUE_MESSAGES = {
  'method-without-indicator': entry<{ name: string }>(
    (p) => `计算方法表中的指标“${p.name}”在指标表中找不到`,
    (p) => `The method table names an indicator the indicator table lacks: "${p.name}"`,
  ),
  'misplaced-method': entry<{ indicator: string; reasons: readonly string[] }>(
    (p) => `指标“${p.indicator}”的计算方法疑似错位：${p.reasons.join('；')}`,
    (p) => `The method of "${p.indicator}" looks misplaced: ${p.reasons.join('; ')}`,
  ),
} as const;

const reason = (locale: Locale, r: MethodReason): string =>
  r.kind === 'ratio-for-count' ? say(locale, REASONS[r.kind], r) : say(locale, REASONS[r.kind], r);

export function dataIssueMessage(locale: Locale, problem: DataProblem): string {
  if (problem.kind === 'method-without-indicator')
    return say(locale, DATA_ISSUE_MESSAGES['method-without-indicator'], problem);
  const reasons = problem.reasons.map((r) => reason(locale, r));
  return say(locale, DATA_ISSUE_MESSAGES['misplaced-method'], { indicator: problem.indicator, reasons });
}
