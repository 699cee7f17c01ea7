import type { Severity } from '../model.js';

/**
 * Stable diagnostic codes and their default severities, documented in the README (each diagnostic
 * links to its section there). A finding's own confidence may lower the severity (see severity.ts).
 */
export const DIAGNOSTIC_CODES = {
  'name.near-miss': 'warning',
  'name.deprecated': 'warning',
  'name.variant': 'warning',
  'name.quotes': 'warning',
  'name.unknown-platform': 'info',
  'name.new-name': 'info',
  'doc.number-mismatch': 'warning',
  'value.outdated': 'warning',
  'value.baseline-as-target': 'warning',
  'value.conflict': 'warning',
  'value.inconsistent': 'warning',
  'event.already-held': 'warning',
  'draft.not-checked': 'warning',
} as const satisfies Record<string, Severity>;

export type DiagnosticCode = keyof typeof DIAGNOSTIC_CODES;

export const ALL_CODES = Object.keys(DIAGNOSTIC_CODES) as DiagnosticCode[];

export function isDiagnosticCode(code: string): code is DiagnosticCode {
  return code in DIAGNOSTIC_CODES;
}

/** The README section that documents a code (GitHub-style heading anchor). */
export function codeDocumentationUrl(code: DiagnosticCode, readmeUrl: string): string {
  return `${readmeUrl}#${code.replace(/\./g, '')}`;
}
