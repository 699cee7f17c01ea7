import type { Range, Severity } from '../model.js';
import type { DiagnosticCode } from './codes.js';

/**
 * How sure a check is that it found a real mistake. Certain and likely findings get their code's
 * configured severity; a possible one is at most information, never a warning.
 */
export type Confidence = 'certain' | 'likely' | 'possible';

export const CONFIDENCES: readonly Confidence[] = ['certain', 'likely', 'possible'];

/**
 * One named signal a finding rests on (see EVIDENCE_SIGNALS). `detail` says what exactly was seen:
 * the characters of a same-sound slip (市/事 shì), the document a history sentence comes from.
 */
export interface Evidence {
  readonly signal: EvidenceSignal;
  readonly detail?: string;
}

/**
 * The signals checks may cite, documented in the README. A finding's confidence is derived from them
 * by its check; the hover and the CLI's JSON/SARIF show them so a drafter can see why.
 */
export const EVIDENCE_SIGNALS = [
  // where a name stands
  'quoted', // inside “…” (or other quotes)
  'brand-prefix', // starts with the province's platform brand (粤X, 苏X)
  'platform-word', // 平台 / APP / 小程序 / 移动端 … right after it
  'agency-position', // a lead-unit parenthetical, 由…负责, 牵头, or an agency suffix
  'segment-aligned', // its ends fall on word boundaries of the sentence
  // what kind of slip
  'same-sound', // a character with the same pinyin (an input-method slip)
  'near-sound', // same initial or final
  'adjacent-swap', // two adjacent characters swapped
  'word-swap', // two short words swapped
  'dropped-char', // a character missing
  'extra-char', // a character too many
  'only-here', // written this way once while the draft writes the known name elsewhere
  // what the corpus says
  'corpus-usage', // how the corpus uses the name or figure
  'registry', // confirmed by a registry (bundled, corpus folder or workspace)
  'stated-in-text', // a corpus sentence states it (更名为, 撤并…组建, 原X …)
  'newer-document', // a newer corpus document gives another value or name
  'same-measure', // the same subject, metric, unit kind and jurisdiction
  'same-year', // the corpus figure is for the year the draft states
  'draft-year', // the year is the draft's own, not stated in the sentence
  'similar-wording', // metric phrases that differ only in wording
  // form
  'wrong-brackets', // 文号 year in [] or () instead of 〔〕
  'other-quotes', // ASCII or corner quotes where the corpus uses “”
  'bare-form', // written without the quotes the corpus uses
  'title-mismatch', // a 文号 cited with another document's title
  'near-number', // a 文号 one digit (or two swapped digits) from a corpus document's
  'in-draft', // both values are in this draft
] as const;

export type EvidenceSignal = (typeof EVIDENCE_SIGNALS)[number];

/** Where the corpus says otherwise: shown as related information. */
export interface RelatedSource {
  readonly uri: string;
  readonly range: Range;
  readonly message: string;
}

/**
 * A replacement that fixes a finding. Safe fixes cannot change meaning (brackets, quotes, a
 * registry-confirmed new name) and are what `check --fix` applies; the others are suggestions, offered
 * in the editor and applied only with `--unsafe-fixes`.
 */
export interface Fix {
  readonly title: string;
  readonly range: Range;
  readonly newText: string;
  readonly safe: boolean;
}

/**
 * A command a finding offers beside its fixes, e.g. teaching the workspace registry a name. The
 * client runs it through the server (workspace/executeCommand).
 */
export interface FindingCommand {
  readonly title: string;
  readonly command: string;
  readonly arguments: readonly unknown[];
}

/** What a check reports, before severities are resolved. */
export interface Finding {
  readonly code: DiagnosticCode;
  readonly range: Range;
  readonly confidence: Confidence;
  readonly evidence: readonly Evidence[];
  readonly message: string;
  readonly related: readonly RelatedSource[];
  readonly fixes: readonly Fix[];
  readonly commands?: readonly FindingCommand[];
}

/** A finding as it is shown: with the severity its code, the settings and its confidence give it. */
export interface PolicyDiagnostic extends Finding {
  readonly severity: Severity;
}

/**
 * The fix the editor marks preferred: a safe one, or the first suggestion of a certain finding. A
 * possible finding (a guess) has none.
 */
export function preferredFix(finding: Finding): Fix | undefined {
  if (finding.confidence === 'possible') return undefined;
  return finding.fixes.find((fix) => fix.safe) ?? (finding.confidence === 'certain' ? finding.fixes[0] : undefined);
}
