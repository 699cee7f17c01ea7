import type { CancellationToken } from '../cancellation.js';
import type { DraftDocument } from '../features/documentText.js';
import type { CorpusIndex } from '../index/corpusIndex.js';
import type { Locale } from '../l10n.js';
import type { Check } from './check.js';
import { CheckContext } from './context.js';
import type { Finding, PolicyDiagnostic } from './finding.js';
import { CHECKS } from './registry.js';
import { resolveRelations } from './relations.js';
import { configuredSeverity, severityFor, type SeveritySettings } from './severity.js';
import { Suppressions } from './suppressions.js';
import { message } from '../messages.js';
import { runSteps } from '../steps.js';

export interface CheckOptions {
  readonly locale: Locale;
  /** Per-code severity from the settings; 'off' means the check does not run. */
  readonly severities?: SeveritySettings;
  readonly token?: CancellationToken;
  /** The registered checks unless given (tests run one check alone). */
  readonly checks?: readonly Check[];
}

/** Drafts are a few hundred KB; a larger file is data, not a draft, and is not checked. */
export const MAX_CHECKED_CHARS = 5_000_000;

/**
 * Every enabled check on one draft: the checks run over one shared context, their findings are settled
 * against each other (relations.ts), suppression comments applied, and each gets the severity its code,
 * the settings and its confidence give it. Cancelled: nothing.
 */
export function runChecks(index: CorpusIndex, draft: DraftDocument, options: CheckOptions): PolicyDiagnostic[] {
  return checkDraft(index, draft, options).findings;
}

/** A draft too large to read is said in one finding on its first line, never passed over in silence. */
function tooLarge(draft: DraftDocument, options: CheckOptions): PolicyDiagnostic[] {
  const configured = configuredSeverity('draft.not-checked', options.severities);
  if (configured === 'off') return [];
  // The first line as the line index has it: without its CR (a CRLF line's \r is no character of it).
  const first = draft.lines.lineText(0).length;
  return [
    {
      code: 'draft.not-checked',
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: Math.min(first, 80) } },
      confidence: 'certain',
      evidence: [],
      message: message(options.locale, 'notCheckedDraft', { length: draft.text.length, limit: MAX_CHECKED_CHARS }),
      related: [],
      fixes: [],
      severity: severityFor(configured, 'certain'),
    },
  ];
}

/** What one check of a draft produced: its findings and the context (with its shared analyses) they came from. */
export interface DraftCheck {
  readonly findings: PolicyDiagnostic[];
  /** Undefined when nothing ran (an oversized draft, every code off, cancelled). */
  readonly context?: CheckContext;
}

/** runChecks, keeping the context: the hover reads the draft's figures the check already read. */
export function checkDraft(index: CorpusIndex, draft: DraftDocument, options: CheckOptions): DraftCheck {
  return runSteps(checkDraftSteps(index, draft, options));
}

/**
 * checkDraft, yielding after each analysis and check and, inside the long ones, between lines or
 * figures: the server answers requests in between (its pause takes a turn once a slice of time is spent).
 */
export function* checkDraftSteps(
  index: CorpusIndex,
  draft: DraftDocument,
  options: CheckOptions,
): Generator<void, DraftCheck> {
  if (draft.text.length > MAX_CHECKED_CHARS) return { findings: tooLarge(draft, options) };
  const dictionary = index.segmenter.isReady?.() !== false;
  const enabled = (options.checks ?? CHECKS).filter(
    (check) => configuredSeverity(check.code, options.severities) !== 'off' && (dictionary || !check.needsDictionary),
  );
  if (enabled.length === 0 || options.token?.isCancellationRequested) return { findings: [] };
  const context = yield* CheckContext.create(index, draft, options.locale, index.segmenter, options.token);
  yield;
  // The analyses several checks share, each computed in steps of its own: run inside the first check
  // that asks, each would lengthen that check's step.
  for (const analysis of new Set(enabled.flatMap((check) => check.uses ?? []))) {
    if (context.cancelled) return { findings: [] };
    yield* context.steps(analysis);
    yield;
  }
  const found: Finding[] = [];
  for (const check of enabled) {
    if (context.cancelled) return { findings: [] };
    const run = check.run(context);
    found.push(...(Array.isArray(run) ? run : yield* run));
    yield;
  }
  if (context.cancelled) return { findings: [] };
  const suppressions = new Suppressions(draft.lines);
  const findings = resolveRelations(found)
    .filter((finding) => !suppressions.isSuppressed(finding.code, finding.range.start.line))
    .map((finding) => {
      const configured = configuredSeverity(finding.code, options.severities);
      return { ...finding, severity: severityFor(configured === 'off' ? 'hint' : configured, finding.confidence) };
    })
    .sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  return { findings, context };
}
