import type { CancellationToken } from '../cancellation.js';
import { draftDocument, type DraftDocument } from '../features/documentText.js';
import type { CorpusIndex } from '../index/corpusIndex.js';
import type { NameMatch } from '../index/nameMatcher.js';
import type { Locale } from '../l10n.js';
import type { Jurisdiction } from '../language/jurisdiction.js';
import type { KnownName } from '../model.js';
import type { Segmenter } from '../segmenter.js';
import { ITEMS_PER_YIELD, runSteps } from '../steps.js';
import { draftDate, draftJurisdiction, draftYear } from './draftFacts.js';
import { draftView, draftViewSteps, factsText, type DraftView } from './draftView.js';
import { lineMatches } from './lineMatches.js';

/** Known names in a draft (leftmost-longest), each line matched once per index and text. */
function* draftMatches(index: CorpusIndex, draft: DraftDocument): Generator<void, Array<NameMatch<KnownName>>> {
  const out: Array<NameMatch<KnownName>> = [];
  for (let line = 0; line < draft.lines.lineCount; line++) {
    if (line % ITEMS_PER_YIELD === 0) yield;
    const text = draft.lines.lineText(line);
    if (!text) continue;
    const start = draft.lines.lineStart(line);
    for (const match of lineMatches(index, text))
      out.push(start === 0 ? match : { ...match, start: match.start + start, end: match.end + start });
  }
  return out;
}

/**
 * Old Mac line ends (CR alone) are line ends to the line index but not to the checks' patterns (\r?\n,
 * the front matter, table rows): the checks read them as LF, one character for one, so every offset
 * stays the draft's.
 */
function withLineFeeds(original: DraftDocument): DraftDocument {
  // Most drafts hold no CR at all: the engine's own search says so faster than the expression.
  return original.text.includes('\r') && /\r(?!\n)/.test(original.text)
    ? draftDocument(original.uri, original.version, original.text.replace(/\r(?!\n)/g, '\n'))
    : original;
}

/**
 * An analysis several checks share (the names of the draft with their quotes, the near-miss
 * candidates, the draft's figures compared with the corpus): computed once per check run, on first use.
 */
export interface SharedAnalysis<T> {
  readonly name: string;
  /** Yields between pieces of the draft (its lines, its figures): the server may pause there. */
  compute(context: CheckContext): Generator<void, T>;
}

/** What every check reads: the draft as checked, the corpus, the draft's facts, shared analyses. */
export class CheckContext {
  readonly view: DraftView;
  /** Known names found in the checked text (leftmost-longest). */
  readonly matches: ReadonlyArray<NameMatch<KnownName>>;
  /** The draft's own year (2024年工作要点 -> 2024): the default year of its targets. */
  readonly year: number | undefined;
  /** When the draft was written, as far as it says (2024年2月; a corpus document's own date). */
  readonly date: { readonly year?: number; readonly month?: number };
  /** Whose draft it is; figures are compared with the corpus figures of the same jurisdiction. */
  readonly jurisdiction: Jurisdiction | undefined;
  private readonly shared = new Map<SharedAnalysis<unknown>, unknown>();

  /** The context built in steps (the checker's way): the draft's view and names read a few lines at a time. */
  static *create(
    index: CorpusIndex,
    original: DraftDocument,
    locale: Locale,
    segmenter: Segmenter,
    token?: CancellationToken,
  ): Generator<void, CheckContext> {
    const lf = withLineFeeds(original);
    const view = yield* draftViewSteps(lf);
    const matches = yield* draftMatches(index, view.checked);
    return new CheckContext(index, original, locale, segmenter, token, { lf, view, matches });
  }

  constructor(
    readonly index: CorpusIndex,
    original: DraftDocument,
    readonly locale: Locale,
    readonly segmenter: Segmenter,
    readonly token?: CancellationToken,
    /** The draft as read by `create`: given, it is not read again. */
    prepared?: { lf: DraftDocument; view: DraftView; matches: ReadonlyArray<NameMatch<KnownName>> },
  ) {
    const lf = prepared?.lf ?? withLineFeeds(original);
    this.view = prepared?.view ?? draftView(lf);
    this.matches = prepared?.matches ?? runSteps(draftMatches(index, this.view.checked));
    const own = factsText(lf);
    this.year = draftYear(own);
    this.date = draftDate(own, this.year);
    this.jurisdiction = draftJurisdiction(own, index, this.matches);
  }

  /** The draft as the checks read it (comments, metadata and signature blanked; same offsets). */
  get draft(): DraftDocument {
    return this.view.checked;
  }

  /**
   * Whether the draft speaks from on or after a date (YYYY-MM[-DD]): true or false when its year (and
   * month) say; undefined when it does not say, or names only the same year without a month.
   */
  isOnOrAfter(date: string): boolean | undefined {
    const own = this.date;
    if (own.year === undefined || !/^\d{4}/.test(date)) return undefined;
    const year = Number(date.slice(0, 4));
    if (own.year !== year) return own.year > year;
    const month = /^\d{4}-(\d{2})/.exec(date)?.[1];
    if (month === undefined) return true;
    return own.month === undefined ? undefined : own.month >= Number(month);
  }

  get cancelled(): boolean {
    return this.token?.isCancellationRequested ?? false;
  }

  /** A shared analysis, computed on first use. */
  get<T>(analysis: SharedAnalysis<T>): T {
    return runSteps(this.steps(analysis));
  }

  /** get, yielding where the analysis yields (the checker computes each shared analysis so). */
  *steps<T>(analysis: SharedAnalysis<T>): Generator<void, T> {
    if (this.shared.has(analysis)) return this.shared.get(analysis) as T;
    const value = yield* analysis.compute(this);
    this.shared.set(analysis, value);
    return value;
  }
}
