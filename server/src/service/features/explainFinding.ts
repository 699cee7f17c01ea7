import type { Finding } from '../checks/finding.js';
import type { Locale } from '../l10n.js';
import { say } from '../messages/entry.js';
import { CONFIDENCE_LABELS, HOVER_MESSAGES as M, SIGNAL_LABELS } from '../messages/hover.js';
import { escapeMarkdown } from './sources.js';

/** A finding in the hover: its code, confidence and the evidence it rests on. */
export function explainFinding(finding: Finding, locale: Locale): string {
  const evidence = finding.evidence
    .map((e) =>
      say(locale, M.evidenceItem, {
        label: say(locale, SIGNAL_LABELS[e.signal], {}),
        detail: e.detail ? escapeMarkdown(e.detail) : undefined,
      }),
    )
    .join(say(locale, M.evidenceSeparator, {}));
  const head = `**${finding.code}** · ${say(locale, M.confidence, { value: say(locale, CONFIDENCE_LABELS[finding.confidence], {}) })}`;
  return evidence ? `${head}  \n${say(locale, M.evidence, { value: evidence })}` : head;
}
