import { message } from '../../messages.js';
import type { DiagnosticCode } from '../codes.js';
import type { CheckContext } from '../context.js';
import type { Finding } from '../finding.js';
import { relatedFigures, written, type TargetComparison } from './comparisons.js';

/** A comparison as a finding: the corpus figures as related sources, the corpus value as a suggestion. */
export function valueFinding(
  context: CheckContext,
  comparison: TargetComparison,
  code: DiagnosticCode,
  text: string,
): Finding {
  const replacement = comparison.expected ? written(comparison.expected) : undefined;
  return {
    code,
    range: comparison.figure.range,
    confidence: comparison.confidence,
    evidence: comparison.evidence,
    message: text,
    related: relatedFigures(context, comparison.sources),
    // Which value is right is a drafting decision: the corpus's is offered, never applied by --fix.
    fixes: replacement
      ? [
          {
            title: message(context.locale, 'changeToPlain', { text: replacement }),
            range: comparison.figure.range,
            newText: replacement,
            safe: false,
          },
        ]
      : [],
  };
}
