// name.near-miss: a span one slip away from a known name, where the evidence says the writer meant it.
import { message, type SlipWhy } from '../messages.js';
import type { Check } from './check.js';
import type { Finding } from './finding.js';
import { relatedDefinitions } from './names/related.js';
import { teachCommands } from './names/teach.js';
import { NEAR_MISSES, type AssessedNearMiss } from './names/nearMissAnalysis.js';
import type { CheckContext } from './context.js';

export const nameNearMiss: Check = {
  code: 'name.near-miss',
  uses: [NEAR_MISSES],
  needsDictionary: true,
  run(context) {
    const analysis = context.get(NEAR_MISSES);
    const findings = analysis.findings.filter((a) => a.verdict === 'slip').map((a) => toFinding(context, a));
    if (analysis.traditionalLines.length > 0) findings.push(traditionalNote(context, analysis.traditionalLines));
    return findings;
  },
};

function toFinding(context: CheckContext, assessed: AssessedNearMiss): Finding {
  const { locale, draft } = context;
  const range = draft.lines.rangeOf(assessed.start, assessed.end);
  const [best, ...others] = assessed.readings;
  const why = best.slipEvidence?.signal as SlipWhy | undefined;
  return {
    code: 'name.near-miss',
    range,
    confidence: assessed.confidence,
    evidence: assessed.evidence,
    message: message(locale, 'nearMiss', {
      written: assessed.written,
      best: best.name.name,
      others: others.map((r) => r.name.name),
      ...(why ? { why } : {}),
      ...(best.slipEvidence?.detail && (why === 'same-sound' || why === 'near-sound')
        ? { detail: best.slipEvidence.detail }
        : {}),
    }),
    related: assessed.readings.flatMap((r) =>
      relatedDefinitions(context, r.name, message(locale, 'definedHere', { name: r.name.name })),
    ),
    // A guess at what the writer meant: a suggestion, never applied by `check --fix`.
    fixes: assessed.readings.map((r) => ({
      title: message(locale, 'changeTo', { text: r.name.name }),
      range,
      newText: r.name.name,
      safe: false,
    })),
    // A false alarm can be taught away: the name is real, or the span is an ordinary word.
    commands: teachCommands(context, assessed.written, best.name).filter(
      (c) => (c.arguments[0] as { lesson: string }).lesson !== 'rename',
    ),
  };
}

/** Names in traditional-script lines were not compared: said once, so nothing is skipped silently. */
function traditionalNote(context: CheckContext, lines: readonly number[]): Finding {
  const first = lines[0];
  const text = context.draft.lines.lineText(first);
  return {
    code: 'name.near-miss',
    range: { start: { line: first, character: 0 }, end: { line: first, character: text.length } },
    confidence: 'possible',
    evidence: [],
    message: message(context.locale, 'nearMissTraditional', { lines: lines.map((line) => line + 1) }),
    related: [],
    fixes: [],
  };
}
