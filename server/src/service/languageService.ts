import type { CompletionItem, DocumentSymbol, Hover, Location, LocationLink, SymbolInformation } from 'vscode-languageserver-types';
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
}

export function createLanguageService(options: LanguageServiceOptions): LanguageService {
  let index: CorpusIndex | undefined;
  const withIndex = <T>(empty: T, run: (index: CorpusIndex) => T): T => (index ? run(index) : empty);
  return {
    get index() {
      return index;
    },
    indexCorpus(files, registry, token) {
      const next = CorpusIndex.build(files, registry, options.segmenter, token);
      if (!token?.isCancellationRequested) index = next;
      return next;
    },
    hover: (draft, position, token) => withIndex(undefined, (i) => hover(i, draft, position, options.locale(), token)),
    definition: (draft, position, token) => withIndex([], (i) => definition(i, draft, position, token)),
    references: (draft, position, token) => withIndex([], (i) => references(i, draft, position, options.workspaceDrafts(), token)),
    documentSymbols: (draft, token) => documentSymbols(draft, token),
    workspaceSymbols: (query, token) => withIndex([], (i) => workspaceSymbols(i, query, token)),
    completion: (draft, position, token) => withIndex([], (i) => completion(i, draft, position, options.locale(), token)),
    lookupClauses: (query, limit, token) => withIndex([], (i) => lookupClauses(i, query, clauseLookupLimit(limit), token)),
  };
}
