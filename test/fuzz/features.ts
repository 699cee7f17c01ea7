// Every feature of the language service on one draft, at the given positions, each call timed and its
// answer checked against the documents it points into.
import type { Range } from 'vscode-languageserver-types';
import type { CorpusFile } from '../../server/src/service/corpus/loadCorpus.js';
import { decodeCorpusFile } from '../../server/src/service/corpus/decode.js';
import { safeEdits } from '../../server/src/service/features/codeActions.js';
import { draftDocument, type DraftDocument } from '../../server/src/service/features/documentText.js';
import type { LanguageService } from '../../server/src/service/languageService.js';
import type { RawPosition } from './arbitraries.js';
import {
  assertCodeActions,
  assertCompletion,
  assertEdit,
  assertHover,
  assertRange,
  assertSymbols,
  assertTokens,
  fail,
} from './assertions.js';
import type { Timings } from './timing.js';

type Position = { line: number; character: number };

/** The documents answers may point into, by uri: corpus files (as the loader reads them) and drafts. */
export class Documents {
  private readonly byUri = new Map<string, DraftDocument>();

  addCorpus(files: readonly CorpusFile[]): this {
    for (const file of files) {
      const decoded = decodeCorpusFile(file.content);
      if (decoded.ok) this.add(draftDocument(file.uri, 0, decoded.text.replace(/\r(?!\n)/g, '\n')));
    }
    return this;
  }

  add(document: DraftDocument): this {
    this.byUri.set(document.uri, document);
    return this;
  }

  has(uri: string): boolean {
    return this.byUri.has(uri);
  }

  /** A range in a known document; a uri nobody gave the service is itself a fault. */
  assertLocation(uri: string, range: Range, what: string): void {
    const document = this.byUri.get(uri);
    if (!document) fail(`${what}: points into an unknown document`, uri);
    assertRange(document, range, what);
  }
}

/** A raw position onto the draft: mostly inside it, sometimes a line or a character outside. */
export function positionIn(draft: DraftDocument, [a, b]: RawPosition): Position {
  const line = (a % (draft.lines.lineCount + 2)) - 1;
  const length = line >= 0 && line < draft.lines.lineCount ? draft.lines.lineText(line).length : 0;
  return { line, character: (b % (length + 3)) - 1 };
}

/** Links a hover may hold: to a corpus document the service indexed (at a line), nothing else. */
export const ownLinks = (documents: Documents) => (target: string) =>
  documents.has(target.replace(/#L\d+$/, '')) || documents.has(decodeURI(target.replace(/#L\d+$/, '')));

export interface FeatureRun {
  readonly service: LanguageService;
  readonly draft: DraftDocument;
  readonly positions: readonly RawPosition[];
  readonly query: string;
  readonly documents: Documents;
  readonly timings: Timings;
  /** Characters the service reads for a workspace-wide answer (references), for the time bound. */
  readonly workspaceChars: number;
}

export function exerciseFeatures(
  run: FeatureRun,
  countFindings?: (findings: readonly { code: string }[]) => void,
): void {
  const { service, draft, documents, timings: t } = run;
  const size = draft.text.length;
  documents.add(draft);
  const diagnostics = t.timed('diagnostics', size, () => service.diagnostics(draft));
  for (const d of diagnostics) {
    assertRange(draft, d.range, `diagnostic ${String(d.code)}`);
    for (const related of d.relatedInformation ?? [])
      documents.assertLocation(related.location.uri, related.location.range, `related of ${String(d.code)}`);
  }
  checkFixes(draft, service);
  countFindings?.(service.check(draft));
  const tokens = t.timed('semanticTokens', size, () => service.semanticTokens(draft));
  assertTokens(draft, tokens);
  assertSymbols(
    draft,
    t.timed('documentSymbols', size, () => service.documentSymbols(draft)),
  );
  const allowed = ownLinks(documents);
  const positions = run.positions.map((raw) => positionIn(draft, raw));
  for (const position of positions) {
    assertHover(
      draft,
      t.timed('hover', size, () => service.hover(draft, position)),
      allowed,
    );
    for (const link of t.timed('definition', size, () => service.definition(draft, position))) {
      if (link.originSelectionRange) assertRange(draft, link.originSelectionRange, 'definition origin');
      documents.assertLocation(link.targetUri, link.targetRange, 'definition target');
      documents.assertLocation(link.targetUri, link.targetSelectionRange, 'definition target selection');
    }
    const references = t.timed('references', size + run.workspaceChars, () => service.references(draft, position));
    for (const location of references) documents.assertLocation(location.uri, location.range, 'reference');
    assertCompletion(
      draft,
      t.timed('completion', size, () => service.completion(draft, position)),
    );
    const range = { start: position, end: position };
    const clamped = { start: clampTo(draft, position), end: clampTo(draft, position) };
    assertCodeActions(
      draft,
      t.timed('codeActions', size, () => service.codeActions(draft, range, diagnostics)),
    );
    assertCodeActions(
      draft,
      t.timed('codeActions', size, () => service.codeActions(draft, clamped, diagnostics)),
    );
  }
  if (positions.length >= 2) {
    const [a, b] = positions;
    const range =
      a.line < b.line || (a.line === b.line && a.character <= b.character)
        ? { start: a, end: b }
        : { start: b, end: a };
    const inRange = t.timed('semanticTokens(range)', size, () => service.semanticTokens(draft, range));
    if (range.start.line >= 0 && range.end.line < draft.lines.lineCount) assertTokens(draft, inRange, range);
  }
  const query = run.query;
  for (const symbol of t.timed('workspaceSymbols', query.length, () => service.workspaceSymbols(query)))
    documents.assertLocation(symbol.location.uri, symbol.location.range, `workspace symbol ${symbol.name}`);
  for (const limit of [undefined, 1, 0, -1, 1e9, Number.NaN]) {
    for (const hit of t.timed('lookupClauses', query.length, () => service.lookupClauses(query, limit)))
      documents.assertLocation(hit.uri, hit.range, `clause ${hit.docId}`);
  }
  t.timed('nameReport', query.length, () => service.nameReport(query));
  for (const match of t.timed('namesIn', size, () => service.namesIn(draft.text))) {
    if (match.start < 0 || match.end > draft.text.length || match.start >= match.end) fail('namesIn span', match);
  }
}

const clampTo = (draft: DraftDocument, p: Position): Position => draft.lines.positionAt(draft.lines.offsetAt(p));

/** Every fix of every finding is an edit inside the draft; a fix that changes nothing is no fix. */
function checkFixes(draft: DraftDocument, service: LanguageService): void {
  const findings = service.check(draft);
  for (const finding of findings) {
    for (const fix of finding.fixes) {
      assertEdit(draft, fix, `fix of ${finding.code}`);
      const start = draft.lines.offsetAt(fix.range.start);
      const end = draft.lines.offsetAt(fix.range.end);
      if (draft.text.slice(start, end) === fix.newText) fail(`fix of ${finding.code} changes nothing`, fix);
    }
  }
  // The edits --fix applies never overlap (or the file is damaged when they are applied in turn).
  const edits = safeEdits(findings, true)
    .map((e) => [draft.lines.offsetAt(e.range.start), draft.lines.offsetAt(e.range.end)] as const)
    .sort((a, b) => a[0] - b[0]);
  for (let i = 1; i < edits.length; i++)
    if (edits[i][0] < edits[i - 1][1]) fail('fix edits overlap', [edits[i - 1], edits[i]]);
}
