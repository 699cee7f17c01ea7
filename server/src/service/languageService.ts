import type {
  CodeAction,
  CompletionItem,
  Diagnostic,
  DocumentSymbol,
  Hover,
  Location,
  LocationLink,
  Range,
  SymbolInformation,
} from 'vscode-languageserver-types';
import { checkDraft, type SeverityOverride } from './diagnostics/checkDraft.js';
import type { DiagnosticCode } from './diagnostics/codes.js';
import type { PolicyDiagnostic } from './diagnostics/policyDiagnostic.js';
import { codeActions } from './features/codeActions.js';
import { toLspDiagnostic } from './features/diagnostics.js';
import type { ClauseLookupItem } from '../protocol.js';
import type { CancellationToken } from './cancellation.js';
import type { CorpusFile } from './corpus/loadCorpus.js';
import type { Registry } from './corpus/registry.js';
import { clauseLookupLimit } from './features/clauseLookupLimit.js';
import { lookupClauses } from './features/clauseLookup.js';
import { completion } from './features/completion.js';
import { definition } from './features/definition.js';
import type { DraftDocument } from './features/documentText.js';
import { documentSymbols } from './features/documentSymbols.js';
import { hover } from './features/hover.js';
import { references } from './features/references.js';
import { workspaceSymbols } from './features/workspaceSymbols.js';
import { CorpusIndex } from './index/corpusIndex.js';
import type { Locale } from './l10n.js';
import type { Segmenter } from './segmenter.js';

export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

export interface LanguageServiceOptions {
  readonly segmenter: Segmenter;
  readonly logger: Logger;
  /** The UI language; features answer in Chinese unless it is English. */
  readonly locale: () => Locale;
  /** Markdown drafts of the workspace (open or on disk), for find references. */
  readonly workspaceDrafts: () => Iterable<DraftDocument>;
  /** Per-code severity from the settings (default: each code's own). */
  readonly severities?: () => Partial<Record<DiagnosticCode, SeverityOverride>>;
  /** Where the diagnostic codes are documented (codeDescription links point into it). */
  readonly readmeUrl?: string;
}

type Position = { line: number; character: number };

/** The pure language service: corpus index plus features; no LSP connection, no file system. */
export interface LanguageService {
  /** Rebuilds the index from the given corpus files; the old index serves until the new one is ready. */
  indexCorpus(files: readonly CorpusFile[], registry: Registry, token?: CancellationToken): CorpusIndex;
  readonly index: CorpusIndex | undefined;
  hover(draft: DraftDocument, position: Position, token?: CancellationToken): Hover | undefined;
  definition(draft: DraftDocument, position: Position, token?: CancellationToken): LocationLink[];
  references(draft: DraftDocument, position: Position, token?: CancellationToken): Location[];
  documentSymbols(draft: DraftDocument, token?: CancellationToken): DocumentSymbol[];
  workspaceSymbols(query: string, token?: CancellationToken): SymbolInformation[];
  completion(draft: DraftDocument, position: Position, token?: CancellationToken): CompletionItem[];
  lookupClauses(query: string, limit?: number, token?: CancellationToken): ClauseLookupItem[];
  /** The checker's findings for a draft (cached per draft version). */
  findings(draft: DraftDocument, token?: CancellationToken): PolicyDiagnostic[];
  diagnostics(draft: DraftDocument, token?: CancellationToken): Diagnostic[];
  codeActions(
    draft: DraftDocument,
    range: Range,
    contextDiagnostics: readonly Diagnostic[],
    token?: CancellationToken,
  ): CodeAction[];
  resetFindings(): void;
}

/** The project's README, where every diagnostic code has a section. */
export const DEFAULT_README_URL = 'https://github.com/policy-lens/policy-lens/blob/main/README.md';

export function createLanguageService(options: LanguageServiceOptions): LanguageService {
  let index: CorpusIndex | undefined;
  // Findings per draft version and index: code actions reuse what the last check found.
  let findingsCache = new WeakMap<DraftDocument, PolicyDiagnostic[]>();
  const findings = (draft: DraftDocument, token?: CancellationToken): PolicyDiagnostic[] => {
    if (!index) return [];
    const cached = findingsCache.get(draft);
    if (cached) return cached;
    const found = checkDraft(index, draft, { locale: options.locale(), severities: options.severities?.() }, token);
    if (!token?.isCancellationRequested) findingsCache.set(draft, found);
    return found;
  };
  const withIndex = <T>(empty: T, run: (index: CorpusIndex) => T): T => (index ? run(index) : empty);
  // A position before the document (negative) points at nothing; one past a line's end is that end.
  const at = <T>(draft: DraftDocument, position: Position, empty: T, run: (index: CorpusIndex) => T): T =>
    position.line < 0 || position.character < 0 || position.line >= draft.lines.lineCount
      ? empty
      : withIndex(empty, run);
  return {
    get index() {
      return index;
    },
    indexCorpus(files, registry, token) {
      const next = CorpusIndex.build(files, registry, options.segmenter, token);
      if (!token?.isCancellationRequested) {
        index = next;
        findingsCache = new WeakMap();
      }
      return next;
    },
    hover: (draft, position, token) =>
      at(draft, position, undefined, (i) => hover(i, draft, position, options.locale(), token)),
    definition: (draft, position, token) => at(draft, position, [], (i) => definition(i, draft, position, token)),
    references: (draft, position, token) =>
      at(draft, position, [], (i) => references(i, draft, position, options.workspaceDrafts(), token)),
    documentSymbols: (draft, token) => documentSymbols(draft, token),
    workspaceSymbols: (query, token) => withIndex([], (i) => workspaceSymbols(i, query, token)),
    completion: (draft, position, token) =>
      at(draft, position, [], (i) => completion(i, draft, position, options.locale(), token)),
    lookupClauses: (query, limit, token) =>
      withIndex([], (i) => lookupClauses(i, query, clauseLookupLimit(limit), token)),
    findings,
    diagnostics: (draft, token) =>
      findings(draft, token).map((finding) => toLspDiagnostic(finding, options.readmeUrl ?? DEFAULT_README_URL)),
    codeActions: (draft, range, contextDiagnostics, token) =>
      codeActions(draft.uri, range, findings(draft, token), contextDiagnostics, options.locale()),
    /** Settings changed: findings must be computed again. */
    resetFindings: () => {
      findingsCache = new WeakMap();
    },
  };
}
