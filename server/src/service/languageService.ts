import type {
  CodeAction,
  CompletionItem,
  Diagnostic,
  DocumentSymbol,
  Hover,
  Location,
  LocationLink,
  Range,
  SemanticTokens,
  SymbolInformation,
} from 'vscode-languageserver-types';
import type { ClauseLookupItem } from '../protocol.js';
import type { CancellationToken } from './cancellation.js';
import type { DiagnosticCode } from './checks/codes.js';
import type { PolicyDiagnostic } from './checks/finding.js';
import { checkDraft, checkDraftSteps, type DraftCheck } from './checks/runChecks.js';
import { warmUpSteps } from './checks/warmUp.js';
import { runSteps, type Pause } from './steps.js';
import { DRAFT_FIGURES } from './checks/values/draftFigures.js';
import type { SeverityOverride } from './checks/severity.js';
import type { CorpusFile } from './corpus/loadCorpus.js';
import type { Registry } from './corpus/registry.js';
import { clauseLookupLimit } from './features/clauseLookupLimit.js';
import { lookupClauses } from './features/clauseLookup.js';
import { codeActions } from './features/codeActions.js';
import { completion } from './features/completion.js';
import { corpusStats, type CorpusStats } from './features/corpusStats.js';
import { definition } from './features/definition.js';
import { toLspDiagnostic } from './features/diagnostics.js';
import type { DraftDocument } from './features/documentText.js';
import { documentSymbols } from './features/documentSymbols.js';
import { hover } from './features/hover.js';
import { nameReport } from './features/nameReport.js';
import { references, referencesInSteps } from './features/references.js';
import { encodeTokens, policyTokens } from './features/semanticTokens.js';
import { workspaceSymbols } from './features/workspaceSymbols.js';
import { CorpusIndex } from './index/corpusIndex.js';
import { restoreFromCache, type IndexCache, type IndexCacheKey } from './index/indexCache.js';
import { say } from './messages/entry.js';
import { SERVER_MESSAGES as M } from './messages/server.js';
import type { Locale } from './l10n.js';
import type { CorpusProblem, KnownName } from './model.js';
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
  /**
   * Markdown drafts of the workspace (open or on disk), for find references; the server's are read from
   * disk as a walk finds them (async), and the walk stops when the token is cancelled.
   */
  readonly workspaceDrafts: (token?: CancellationToken) => Iterable<DraftDocument> | AsyncIterable<DraftDocument>;
  /** Per-code severity from the settings (default: each code's own). */
  readonly severities?: () => Partial<Record<DiagnosticCode, SeverityOverride>>;
  /** Where the diagnostic codes are documented (codeDescription links point into it). */
  readonly readmeUrl?: string;
  /** Whether the client renders images in hovers (VS Code does): measures then come with a chart. */
  readonly hoverImages?: () => boolean;
  /** Built indexes kept on disk: a second start restores instead of indexing (none: always build). */
  readonly indexCache?: IndexCache;
}

/** What an indexing produced: counts and the problems of the corpus files. */
export interface CorpusSummary {
  readonly documents: number;
  readonly names: number;
  readonly problems: readonly CorpusProblem[];
  /** Leading characters of the corpus's platform brands (completion triggers on them). */
  readonly brandPrefixes: readonly string[];
  /** Files left out as copies of another (same 文号). */
  readonly duplicates: number;
}

type Position = { line: number; character: number };

/**
 * The pure language service: the corpus index behind one front door, used alike by the server, the
 * CLI, the evaluation and the bench. No LSP connection, no file system; the index is never handed out.
 */
export interface LanguageService {
  /** Rebuilds the index from the given corpus files; the old index serves until the new one is ready. */
  indexCorpus(files: readonly CorpusFile[], registry: Registry, token?: CancellationToken): CorpusSummary;
  /**
   * indexCorpus, with `pause` awaited between documents: the server keeps answering (and checks drafts
   * against the previous index) while a corpus indexes.
   */
  indexCorpusInSteps(
    files: readonly CorpusFile[],
    registry: Registry,
    pause: Pause,
    token?: CancellationToken,
  ): Promise<CorpusSummary>;
  /** Whether a corpus has been indexed (before that, corpus features answer nothing). */
  readonly indexed: boolean;
  /** The summary of the current index. */
  summary(): CorpusSummary | undefined;
  /**
   * Builds the clause search index a document at a time, letting `pause` run in between so a server
   * keeps answering; a search asked for meanwhile builds it at once.
   */
  prepareSearch(pause: Pause, token?: CancellationToken): Promise<{ passages: number }>;
  /** Every name the corpus knows (read-only), e.g. to export a dictionary for another tool. */
  knownNames(): readonly KnownName[];
  /** Where known names occur in a text (leftmost-longest), e.g. to pick hover positions in a bench. */
  namesIn(text: string): Array<{ readonly start: number; readonly end: number; readonly names: readonly KnownName[] }>;
  hover(draft: DraftDocument, position: Position, token?: CancellationToken): Hover | undefined;
  definition(draft: DraftDocument, position: Position, token?: CancellationToken): LocationLink[];
  /** Mentions in the corpus and the workspace drafts (those given as an async iterable: referencesInSteps only). */
  references(draft: DraftDocument, position: Position, token?: CancellationToken): Location[];
  /** references, with `pause` awaited after each workspace draft searched (the server keeps answering). */
  referencesInSteps(
    draft: DraftDocument,
    position: Position,
    pause: Pause,
    token?: CancellationToken,
  ): Promise<Location[]>;
  documentSymbols(draft: DraftDocument, token?: CancellationToken): DocumentSymbol[];
  workspaceSymbols(query: string, token?: CancellationToken): SymbolInformation[];
  completion(draft: DraftDocument, position: Position, token?: CancellationToken): CompletionItem[];
  lookupClauses(query: string, limit?: number, token?: CancellationToken): ClauseLookupItem[];
  /** The checker's findings for a draft (cached per draft version). */
  check(draft: DraftDocument, token?: CancellationToken): PolicyDiagnostic[];
  diagnostics(draft: DraftDocument, token?: CancellationToken): Diagnostic[];
  /** diagnostics, with `pause` awaited between the checks (the server keeps answering meanwhile). */
  diagnosticsInSteps(draft: DraftDocument, pause: Pause, token?: CancellationToken): Promise<Diagnostic[]>;
  /**
   * Builds, step by step, what a draft's first check would otherwise build at once (the corpus's
   * measures and their links, near-miss anchors, name history). The server runs it after the first
   * diagnostics of a new index are out.
   */
  warmUp(pause: Pause, token?: CancellationToken): Promise<void>;
  /** warmUp at once, with no pause (the CLI, before it stores an index it built: the values go with it). */
  warmUpNow(): void;
  codeActions(
    draft: DraftDocument,
    range: Range,
    contextDiagnostics: readonly Diagnostic[],
    token?: CancellationToken,
  ): CodeAction[];
  /** codeActions after the draft's check in steps (diagnosticsInSteps): the server keeps answering meanwhile. */
  codeActionsInSteps(
    draft: DraftDocument,
    range: Range,
    contextDiagnostics: readonly Diagnostic[],
    pause: Pause,
    token?: CancellationToken,
  ): Promise<CodeAction[]>;
  /**
   * What the index knows in a draft (platform, agency, term, indicator, unknown brand; replaced names
   * marked deprecated), in the legend of features/semanticTokens.ts; the whole draft or a range.
   */
  semanticTokens(draft: DraftDocument, range?: Range, token?: CancellationToken): SemanticTokens;
  /** Counts per document and in total (`corpus stats`, the statistics view). */
  corpusStats(problems?: readonly CorpusProblem[]): CorpusStats | undefined;
  /** What the index knows about a name, term, 文号 or title, with sources (`corpus show`). */
  nameReport(query: string): string;
  /** Settings changed: findings must be computed again. */
  resetFindings(): void;
}

/** The project's README, where every diagnostic code has a section. */
export const DEFAULT_README_URL = 'https://github.com/policy-lens/policy-lens/blob/main/README.md';

export function createLanguageService(options: LanguageServiceOptions): LanguageService {
  let index: CorpusIndex | undefined;
  // Checks per draft version and index: code actions and the hover reuse what the last check found.
  let checksCache = new WeakMap<DraftDocument, DraftCheck>();
  const check = (draft: DraftDocument, token?: CancellationToken): PolicyDiagnostic[] => {
    if (!index) return [];
    const cached = checksCache.get(draft);
    if (cached) return cached.findings;
    // A check cancelled meanwhile (its version overtaken): nothing, rather than the check again at once.
    if (token?.isCancellationRequested) return [];
    const done = checkDraft(index, draft, { locale: options.locale(), severities: options.severities?.(), token });
    if (!token?.isCancellationRequested) checksCache.set(draft, done);
    return done.findings;
  };
  /** What each index was built from: its key in the index cache. */
  const cacheKeys = new WeakMap<CorpusIndex, IndexCacheKey>();
  const fromCache = (key: IndexCacheKey) => {
    const restored = restoreFromCache(options.indexCache, key, options.segmenter, (error) =>
      options.logger.warn(say(options.locale(), M.indexCacheUnreadable, { error: String(error) })),
    );
    if (restored) options.logger.info(say(options.locale(), M.indexRestored, { documents: restored.documents.length }));
    if (restored) cacheKeys.set(restored, key);
    return restored;
  };
  const offerToCache = (key: IndexCacheKey, built: CorpusIndex, token?: CancellationToken) => {
    // A cancelled build is partial: never stored.
    if (token?.isCancellationRequested) return built;
    cacheKeys.set(built, key);
    options.indexCache?.write(key, () => built.snapshot());
    return built;
  };
  const checking = new WeakMap<DraftDocument, Promise<void>>();
  /**
   * The draft version's check, in steps: one stepped check of a version at a time — another caller (the
   * pushed diagnostics and a code action, or a pull) waits for it, and runs its own only if that one was
   * cancelled.
   */
  const checkedInSteps = async (draft: DraftDocument, pause: Pause, token?: CancellationToken) => {
    while (index && !checksCache.has(draft) && !token?.isCancellationRequested) {
      const running = checking.get(draft);
      if (running) {
        await running;
        continue;
      }
      const run = checkInSteps(index, draft, pause, token);
      checking.set(draft, run);
      await run.finally(() => checking.delete(draft));
    }
  };
  const checkInSteps = async (current: CorpusIndex, draft: DraftDocument, pause: Pause, token?: CancellationToken) => {
    const cache = checksCache;
    const steps = checkDraftSteps(current, draft, {
      locale: options.locale(),
      severities: options.severities?.(),
      token,
    });
    for (let step = steps.next(); ; step = steps.next()) {
      // Kept only if the index and settings it ran with still stand and nothing cancelled it.
      if (step.done) {
        if (index === current && cache === checksCache && !token?.isCancellationRequested) cache.set(draft, step.value);
        return;
      }
      const wait = pause();
      if (wait) await wait;
    }
  };
  const summaryOf = (i: CorpusIndex): CorpusSummary => ({
    documents: i.documents.length,
    names: i.names.length,
    problems: i.problems,
    brandPrefixes: i.brandPrefixes,
    duplicates: i.duplicates.length,
  });
  const withIndex = <T>(empty: T, run: (index: CorpusIndex) => T): T => (index ? run(index) : empty);
  // A position before the document (negative) points at nothing; one past a line's end is that end.
  const at = <T>(draft: DraftDocument, position: Position, empty: T, run: (index: CorpusIndex) => T): T =>
    position.line < 0 || position.character < 0 || position.line >= draft.lines.lineCount
      ? empty
      : withIndex(empty, run);
  const service: LanguageService = {
    get indexed() {
      return index !== undefined;
    },
    indexCorpus(files, registry, token) {
      const key = { files, registry, locale: options.locale() };
      const next =
        fromCache(key) ?? offerToCache(key, CorpusIndex.build(files, registry, options.segmenter, token, key.locale));
      for (const file of files) file.release?.();
      if (!token?.isCancellationRequested) {
        index = next;
        checksCache = new WeakMap();
      }
      return summaryOf(next);
    },
    async indexCorpusInSteps(files, registry, pause, token) {
      const key = { files, registry, locale: options.locale() };
      const next =
        fromCache(key) ??
        offerToCache(
          key,
          await CorpusIndex.buildInSteps(files, registry, options.segmenter, pause, token, key.locale),
          token,
        );
      for (const file of files) file.release?.();
      if (!token?.isCancellationRequested) {
        index = next;
        checksCache = new WeakMap();
      }
      return summaryOf(next);
    },
    summary: () => withIndex(undefined, summaryOf),
    prepareSearch: async (pause, token) => {
      const searched = index;
      if (!searched) return { passages: 0 };
      // A search index built now is offered to the cache with its index: the next start restores both
      // (the index itself was offered when built, usually before its search index was ready).
      const key = cacheKeys.get(searched);
      if ((await searched.prepareSearchInSteps(pause, token)) && key) offerToCache(key, searched, token);
      return { passages: searched.searchSize() };
    },
    knownNames: () => withIndex([], (i) => i.names),
    namesIn: (text) =>
      withIndex([], (i) => i.matcher.findAll(text).map((m) => ({ start: m.start, end: m.end, names: m.values }))),
    // Only findings already computed: a hover never waits for a check.
    hover: (draft, position, token) =>
      at(draft, position, undefined, (i) =>
        hover(
          i,
          draft,
          position,
          {
            locale: options.locale(),
            findings: checksCache.get(draft)?.findings ?? [],
            figures: checksCache.get(draft)?.context?.get(DRAFT_FIGURES) ?? [],
            images: options.hoverImages?.() ?? false,
          },
          token,
        ),
      ),
    definition: (draft, position, token) => at(draft, position, [], (i) => definition(i, draft, position, token)),
    references: (draft, position, token) =>
      at(draft, position, [], (i) => {
        const drafts = options.workspaceDrafts(token);
        return references(i, draft, position, Symbol.iterator in drafts ? drafts : [], token);
      }),
    referencesInSteps: (draft, position, pause, token) =>
      at(draft, position, Promise.resolve([]), (i) =>
        referencesInSteps(i, draft, position, options.workspaceDrafts(token), pause, token),
      ),
    documentSymbols: (draft, token) => documentSymbols(draft, token),
    workspaceSymbols: (query, token) => withIndex([], (i) => workspaceSymbols(i, query, token)),
    completion: (draft, position, token) =>
      at(draft, position, [], (i) => completion(i, draft, position, options.locale(), token)),
    lookupClauses: (query, limit, token) =>
      withIndex([], (i) => lookupClauses(i, query, clauseLookupLimit(limit), token)),
    check,
    diagnostics: (draft, token) =>
      check(draft, token).map((finding) => toLspDiagnostic(finding, options.readmeUrl ?? DEFAULT_README_URL)),
    async warmUp(pause, token) {
      const current = index;
      if (!current) return;
      const steps = warmUpSteps(current);
      while (!steps.next().done && index === current && !token?.isCancellationRequested) {
        const wait = pause();
        if (wait) await wait;
      }
    },
    warmUpNow() {
      if (index) runSteps(warmUpSteps(index));
    },
    async diagnosticsInSteps(draft, pause, token) {
      await checkedInSteps(draft, pause, token);
      return check(draft, token).map((finding) => toLspDiagnostic(finding, options.readmeUrl ?? DEFAULT_README_URL));
    },
    codeActions: (draft, range, contextDiagnostics, token) =>
      codeActions(draft.uri, range, check(draft, token), contextDiagnostics, options.locale()),
    async codeActionsInSteps(draft, range, contextDiagnostics, pause, token) {
      // The check's findings, not all of them as diagnostics: a code action is asked after each keystroke.
      await checkedInSteps(draft, pause, token);
      return service.codeActions(draft, range, contextDiagnostics, token);
    },
    // Like the hover, only findings already computed mark a name replaced: colouring never waits for a check.
    semanticTokens: (draft, range, token) =>
      withIndex({ data: [] }, (i) => {
        const replaced = (checksCache.get(draft)?.findings ?? []).filter((f) => f.code === 'name.deprecated');
        const at = (r: Range) =>
          replaced.some((f) => f.range.start.line === r.start.line && f.range.start.character === r.start.character);
        return encodeTokens(policyTokens(i, draft, at, range, token));
      }),
    corpusStats: (problems) => withIndex(undefined, (i) => corpusStats(i, problems ?? i.problems)),
    nameReport: (query) => withIndex('', (i) => nameReport(i, query, options.locale())),
    resetFindings: () => {
      checksCache = new WeakMap();
    },
  };
  return Object.freeze(service);
}
