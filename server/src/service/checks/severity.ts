import type { Severity } from '../model.js';
import { DIAGNOSTIC_CODES, type DiagnosticCode } from './codes.js';
import type { Confidence } from './finding.js';

export type SeverityOverride = Severity | 'off';
export type SeveritySettings = Partial<Record<DiagnosticCode, SeverityOverride>>;

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2, hint: 3 };

/** The settings' severity for a code, else its default; `off` means the check is not run at all. */
export function configuredSeverity(code: DiagnosticCode, settings: SeveritySettings | undefined): SeverityOverride {
  return settings?.[code] ?? DIAGNOSTIC_CODES[code];
}

/**
 * A certain or likely finding gets its code's configured severity; a possible one is at most
 * information, so a guess never raises a warning or fails a CI run.
 */
export function severityFor(configured: Severity, confidence: Confidence): Severity {
  if (confidence !== 'possible') return configured;
  return RANK[configured] < RANK.info ? 'info' : configured;
}
