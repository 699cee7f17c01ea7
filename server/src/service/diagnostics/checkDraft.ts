import type { CancellationToken } from '../cancellation.js';
import { draftDocument, type DraftDocument } from '../features/documentText.js';
import type { CorpusIndex } from '../index/corpusIndex.js';
import type { Locale } from '../l10n.js';
import type { Severity } from '../model.js';
import { checkContext } from './checkContext.js';
import { DIAGNOSTIC_CODES, type DiagnosticCode } from './codes.js';
import { findDocNumberProblems } from './docNumbers.js';
import { findDeprecatedNames, findQuoteProblems, findVariants, rangeKey } from './nameChecks.js';
import { findNearMisses } from './nearMiss.js';
import type { PolicyDiagnostic } from './policyDiagnostic.js';
import { Suppressions } from './suppressions.js';
import { findUnknownPlatforms } from './unknownPlatforms.js';
import { draftFigures, findInconsistentValues, findValueProblems } from './valueChecks.js';

export type SeverityOverride = Severity | 'off';

export interface CheckOptions {
  readonly locale: Locale;
  /** Per-code severity from the settings; 'off' disables the code. */
  readonly severities?: Partial<Record<DiagnosticCode, SeverityOverride>>;
}

/** Every check on one draft, with suppression comments and severity settings applied. */
export function checkDraft(
  index: CorpusIndex,
  original: DraftDocument,
  options: CheckOptions,
  token?: CancellationToken,
): PolicyDiagnostic[] {
  if (original.text.length > MAX_CHECKED_CHARS) return [];
  // Comments and overlong lines (a pasted blob, not prose) are blanked out.
  const comments = [...commentSpans(original.text), ...overlongLines(original)];
  // The checks see the draft with its comments blanked out (same offsets): a figure or a quoted name in
  // an editor's note must not make the text around it inconsistent or a variant.
  const draft =
    comments.length === 0 ? original : draftDocument(original.uri, original.version, blankOut(original.text, comments));
  const context = checkContext(index, draft, options.locale);
  const found: PolicyDiagnostic[] = [];
  const run = (check: () => PolicyDiagnostic[]) => {
    if (!token?.isCancellationRequested) found.push(...check());
  };
  run(() => findNearMisses(context));
  run(() => findDeprecatedNames(context));
  const variants = findVariants(context);
  found.push(...variants);
  const variantRanges = new Set(variants.map((v) => rangeKey(v.range)));
  run(() => findQuoteProblems(context, variantRanges));
  const nearMissSpans = found
    .filter((d) => d.code === 'name.near-miss')
    .map((d) => [draft.lines.offsetAt(d.range.start), draft.lines.offsetAt(d.range.end)]);
  run(() => findUnknownPlatforms(context, (start, end) => nearMissSpans.some(([s, e]) => s < end && start < e)));
  run(() => findDocNumberProblems(context));
  if (!token?.isCancellationRequested) {
    const figures = draftFigures(context);
    const problems = findValueProblems(context, figures);
    // A value already explained (a baseline, an old target) is not also called inconsistent.
    const explained = new Set(problems.map((p) => rangeKey(p.range)));
    found.push(
      ...problems,
      ...findInconsistentValues(context, figures).filter((d) => !explained.has(rangeKey(d.range))),
    );
  }
  if (token?.isCancellationRequested) return [];
  const suppressions = new Suppressions(original.lines);
  const inComment = (d: PolicyDiagnostic) => {
    const offset = draft.lines.offsetAt(d.range.start);
    return comments.some(([start, end]) => start <= offset && offset < end);
  };
  return found
    .filter((d) => !suppressions.isSuppressed(d.code, d.range.start.line) && !inComment(d))
    .flatMap((d) => {
      const override = options.severities?.[d.code];
      if (override === 'off') return [];
      // A setting raises or lowers a code; a check's own lower severity (a hint) stays lower.
      const severity = override ?? (d.severity === 'info' ? 'info' : DIAGNOSTIC_CODES[d.code]);
      return [{ ...d, severity }];
    })
    .sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}

/** Each comment's characters replaced by spaces, line breaks kept, so every offset and line stays put. */
/** Drafts are a few hundred KB; a larger file is data, not a draft, and is not checked. */
const MAX_CHECKED_CHARS = 5_000_000;
/** A line longer than this is not prose a drafter wrote; checking it would cost seconds. */
const MAX_CHECKED_LINE = 20_000;

function overlongLines(draft: DraftDocument): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (let line = 0; line < draft.lines.lineCount; line++) {
    const start = draft.lines.lineStart(line);
    const length = draft.lines.lineText(line).length;
    if (length > MAX_CHECKED_LINE) spans.push([start, start + length]);
  }
  return spans;
}

function blankOut(text: string, spans: ReadonlyArray<[number, number]>): string {
  let out = '';
  let from = 0;
  for (const [start, end] of spans) {
    out += text.slice(from, start) + text.slice(start, end).replace(/[^\r\n]/g, ' ');
    from = end;
  }
  return out + text.slice(from);
}

/** HTML comments are notes to the editors, not the document's text: nothing in them is checked. */
function commentSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  // Comments do not nest: the next one starts after this one's end.
  for (let start = text.indexOf('<!--'); start >= 0;) {
    const close = text.indexOf('-->', start + 4);
    const end = close < 0 ? text.length : close + 3;
    spans.push([start, end]);
    start = close < 0 ? -1 : text.indexOf('<!--', end);
  }
  return spans;
}
