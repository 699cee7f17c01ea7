import type { CancellationToken } from '../cancellation.js';
import type { Locale } from '../l10n.js';
import type { CorpusFile, DuplicateDocument, StructuredDocument } from '../corpus/loadCorpus.js';
import { loadCorpusSteps } from '../corpus/loadCorpus.js';
import { runSteps, type Pause } from '../steps.js';
import type { Registry } from '../corpus/registry.js';
import { canonicalFigure } from '../figures/canonicalFigure.js';
import { documentFiguresSteps } from '../figures/documentFigures.js';
import type { Clause, CorpusProblem, Figure, KnownName, Mention } from '../model.js';
import { learnBrandPrefixes } from '../names/brandPrefixes.js';
import { collectNames } from '../names/knownNames.js';
import { ClauseSearch, type ClauseHit } from './clauseSearch.js';
import type { Segmenter } from '../segmenter.js';
import { nameKey } from '../text/normalize.js';
import { jurisdictionNamed, type Jurisdiction } from '../language/jurisdiction.js';
import type { Province } from '../language/provinces.js';
import { DerivedCache } from './derivedCache.js';
import { ATTESTED, DOCUMENTS_BY_KEY, FIGURES_BY_SUBJECT, LOOKUPS, NAME_PROVINCES, ORDINARY } from './corpusLookups.js';
import { CORPUS_TRIGRAMS, mayBeWritten } from './corpusTrigrams.js';
import { NameMatcher, type NameMatch } from './nameMatcher.js';
import { statedReplacements, type StatedReplacement } from '../history/statedReplacements.js';
import type { DocumentStatements } from '../history/nameHistory.js';
import { isMatchable, surfaceForms } from './nameForms.js';
import { LineIndex } from '../text/lineIndex.js';
import { restoredDocument, storedDocument, type IndexSnapshot } from './indexSnapshot.js';

export type IndexedDocument = StructuredDocument & {
  readonly figures: Figure[];
  /** Whose document it is, from its issuer (else its title): its figures are that jurisdiction's. */
  readonly jurisdiction: Jurisdiction | undefined;
};

export type { ClauseHit, IndexSnapshot };

/** Everything the editor features ask of the corpus, answered from memory. */

export class CorpusIndex {
  readonly matcher: NameMatcher<KnownName>;
  private readonly namesByForm = new Map<string, KnownName[]>();
  private readonly mentions = new Map<KnownName, Mention[]>();
  /** Mentions a restore left to be read when first asked (see indexSnapshot.ts). */
  private readonly unreadMentions = new Map<KnownName, () => Mention[]>();
  /** How many mentions each unread name has (stored with them). */
  private readonly unreadCounts = new Map<KnownName, number>();
  private readonly documentsById = new Map<string, IndexedDocument>();

  readonly documents: IndexedDocument[] = [];
  /** Built on first use or in the background (most sessions never search), or restored with the index. */
  private clauseSearch = new ClauseSearch(this.documents);
  /** Replacements each document states in its own words (更名为, 撤并…组建, 原X …). */
  statements: readonly DocumentStatements[] = [];
  /** Values derived from this index (near-miss anchors, figure lookups, descriptions), built on first use. */
  readonly derived = new DerivedCache(this);

  private constructor(
    readonly names: readonly KnownName[],
    readonly problems: readonly CorpusProblem[],
    readonly duplicates: readonly DuplicateDocument[],
    readonly registry: Registry,
    /** The segmenter the corpus names were taught to (the checks ask it where words begin and end). */
    readonly segmenter: Segmenter,
  ) {
    const entries: Array<{ key: string; value: KnownName }> = [];
    for (const name of names) {
      for (const form of surfaceForms(name)) {
        if (isMatchable(name, form)) entries.push({ key: form, value: name });
        const key = nameKey(form);
        this.namesByForm.set(key, [...(this.namesByForm.get(key) ?? []), name]);
      }
      segmenter.addWord(name.name);
    }
    this.matcher = new NameMatcher(entries);
  }

  /**
   * Figures need the names (subjects are known names), so they are read once the matcher stands. One scan
   * of the text finds the names for both the figures and the mentions (a scan of every corpus text is
   * the largest single cost of indexing).
   */
  private *addDocument(doc: StructuredDocument): Generator<void, void> {
    const matches = this.matcher.findAll(doc.text);
    yield;
    const figures = yield* documentFiguresSteps(doc, matches, (text) => this.lookupName(text));
    const document: IndexedDocument = {
      ...doc,
      figures: figures.map((figure) => canonicalFigure(figure, (text) => this.lookupName(text))),
      jurisdiction: jurisdictionOf(doc),
    };
    this.documents.push(document);
    this.documentsById.set(document.meta.id, document);
    this.indexMentionsOf(document, matches);
  }

  static build(
    files: readonly CorpusFile[],
    registry: Registry,
    segmenter: Segmenter,
    token?: CancellationToken,
    /** The language of the corpus problems. */
    locale: Locale = 'zh',
  ): CorpusIndex {
    return runSteps(CorpusIndex.steps(files, registry, segmenter, token, locale));
  }

  /**
   * build(), giving the event loop a turn (`pause`) after each document's parse, figures and mentions:
   * the server answers hovers and publishes diagnostics while a corpus indexes.
   */
  static async buildInSteps(
    files: readonly CorpusFile[],
    registry: Registry,
    segmenter: Segmenter,
    pause: Pause,
    token?: CancellationToken,
    locale: Locale = 'zh',
  ): Promise<CorpusIndex> {
    const steps = CorpusIndex.steps(files, registry, segmenter, token, locale);
    for (;;) {
      const step = steps.next();
      if (step.done) return step.value;
      await pause();
    }
  }

  private static *steps(
    files: readonly CorpusFile[],
    registry: Registry,
    segmenter: Segmenter,
    token: CancellationToken | undefined,
    locale: Locale,
  ): Generator<void, CorpusIndex> {
    const loaded = yield* loadCorpusSteps(files, { token, locale });
    // Replacements the documents state are read with the names the text gives; a replaced body that the
    // text names only there (原X) then becomes a known name itself.
    const firstNames = collectNames(loaded.documents, registry);
    const matcher = new NameMatcher(
      firstNames.flatMap((name) => surfaceForms(name).map((key) => ({ key, value: name }))),
    );
    yield;
    const statements: Array<{ document: StructuredDocument; replacements: StatedReplacement[] }> = [];
    for (const document of loaded.documents) {
      const bodyStart = document.lines.lineStart(document.bodyStartLine);
      statements.push({
        document,
        replacements: statedReplacements(document.text.slice(bodyStart), (text) => matcher.findAll(text)).map((r) =>
          shiftBy(r, bodyStart),
        ),
      });
      yield;
    }
    const names = collectNames(
      loaded.documents,
      registry,
      statements.flatMap((s) => s.replacements),
    );
    yield;
    const index = new CorpusIndex(names, loaded.problems, loaded.duplicates, registry, segmenter);
    for (const document of loaded.documents) {
      if (token?.isCancellationRequested) break;
      yield* index.addDocument(document);
      yield;
    }
    index.statements = statements.flatMap(({ document, replacements }) => {
      const indexed = index.document(document.meta.id);
      return indexed ? [{ document: indexed, replacements }] : [];
    });
    return index;
  }

  /**
   * What build() computed, as plain data (no class instances, no functions, names shared by reference):
   * what a persistent cache stores, so a second start skips parsing, figures and mentions. Derived values
   * and the clause search are left out; they are rebuilt on first use as after any build.
   */
  snapshot(): IndexSnapshot {
    // Mentions a restore left unread are read now: a snapshot holds them all.
    for (const name of [...this.unreadMentions.keys()]) this.mentionsOf(name);
    return {
      names: this.names,
      problems: this.problems,
      duplicates: this.duplicates,
      // Rebuilt on restore: the line index from the text (cheaper than storing its offsets next to the
      // text), the jurisdiction from the metadata (its province is compared by identity with the table's),
      // clauses and sections parsed from the text when first asked (indexSnapshot.ts).
      documents: this.documents.map(storedDocument),
      mentions: [...this.mentions].map(([name, list]) => [name, list, list.length] as const),
      statements: this.statements.map(({ document, replacements }) => ({ docId: document.meta.id, replacements })),
      derived: this.derived.persisted(),
      search: this.clauseSearch.stored(),
    };
  }

  /** The index a snapshot was taken of, for the same registry (the names are taught to the segmenter again). */
  static restore(snapshot: IndexSnapshot, registry: Registry, segmenter: Segmenter): CorpusIndex {
    const index = new CorpusIndex(snapshot.names, snapshot.problems, snapshot.duplicates, registry, segmenter);
    for (const stored of snapshot.documents) {
      const lines = new LineIndex(stored.text);
      const document = restoredDocument(stored, lines, jurisdictionOf(stored));
      index.documents.push(document);
      index.documentsById.set(document.meta.id, document);
    }
    for (const [name, mentions, count] of snapshot.mentions) {
      if (typeof mentions === 'function') {
        index.unreadMentions.set(name, mentions);
        index.unreadCounts.set(name, count);
      } else index.mentions.set(name, mentions);
    }
    index.statements = snapshot.statements.flatMap(({ docId, replacements }) => {
      const document = index.document(docId);
      return document ? [{ document, replacements }] : [];
    });
    index.derived.restore(snapshot.derived);
    index.clauseSearch = new ClauseSearch(index.documents, snapshot.search);
    return index;
  }

  /** Leading characters of the corpus's platform brands (粤 for “粤省事”): the registry's and those learned. */
  get brandPrefixes(): readonly string[] {
    return (this.learnedPrefixes ??= learnBrandPrefixes(this.documents, this.registry));
  }

  private learnedPrefixes: readonly string[] | undefined;

  /**
   * The province whose documents use these names most (platforms and agencies count double): a draft
   * about 爱山东 and 山东通 is Shandong's. Undefined when the names point nowhere in particular.
   */
  provinceOfNames(names: readonly KnownName[]): Province | undefined {
    const votes = new Map<Province, number>();
    const known = this.derived.get(NAME_PROVINCES);
    for (const name of new Set(names)) {
      if (name.kind === 'document') continue;
      const weight = name.kind === 'platform' || name.kind === 'agency' ? 2 : 1;
      let provinces = known.get(name);
      if (!provinces) {
        provinces = new Set(this.mentionsOf(name).map((m) => this.documentsById.get(m.docId)?.jurisdiction?.province));
        known.set(name, provinces);
      }
      for (const province of provinces)
        if (province) votes.set(province, (votes.get(province) ?? 0) + weight / provinces.size);
    }
    const ranked = [...votes].sort((a, b) => b[1] - a[1]);
    if (ranked.length === 0) return undefined;
    const total = ranked.reduce((sum, [, v]) => sum + v, 0);
    return ranked[0][1] / total >= 0.6 ? ranked[0][0] : undefined;
  }

  /**
   * The body's mentions, from the matches in the whole text: names never span a line, so those from the
   * body's first line on are what a scan of the body alone finds.
   */
  private indexMentionsOf(document: IndexedDocument, matches: ReadonlyArray<NameMatch<KnownName>>): void {
    const bodyStart = document.lines.lineStart(document.bodyStartLine);
    for (const match of matches) {
      if (match.start < bodyStart) continue;
      for (const name of match.values) {
        const list = this.mentions.get(name) ?? [];
        list.push({
          name: name.name,
          kind: name.kind,
          docId: document.meta.id,
          written: document.text.slice(match.start, match.end),
          range: document.lines.rangeOf(match.start, match.end),
        });
        this.mentions.set(name, list);
      }
    }
  }

  /** Builds the clause search index now, if not yet built. */
  prepareSearch(): void {
    this.clauseSearch.build();
  }

  /** The same in steps (ClauseSearch.buildInSteps); true when this call built it. */
  prepareSearchInSteps(pause: Pause, token?: CancellationToken): Promise<boolean> {
    return this.clauseSearch.buildInSteps(pause, token);
  }

  /** Passages in the clause search index (0 until it is built). */
  searchSize(): number {
    return this.clauseSearch.size;
  }

  document(id: string): IndexedDocument | undefined {
    return this.documentsById.get(id);
  }

  /** A document by 文号 (any bracket width) or by title (with or without 《》). */
  findDocument(reference: string): IndexedDocument | undefined {
    const key = nameKey(reference)
      .replace(/[[(（［【]/g, '〔')
      .replace(/[\])）］】]/g, '〕');
    return this.derived.get(DOCUMENTS_BY_KEY).get(key);
  }

  /** Names written this way (name or alias, quotes and spaces ignored). */
  lookupName(text: string): KnownName[] {
    return this.derived.get(LOOKUPS).get(text, () => this.namesByForm.get(nameKey(text)) ?? []);
  }

  mentionsOf(name: KnownName): readonly Mention[] {
    const unread = this.unreadMentions.get(name);
    if (unread) {
      this.mentions.set(name, unread());
      this.unreadMentions.delete(name);
    }
    return this.mentions.get(name) ?? [];
  }

  /** How often the corpus mentions the name: mentionsOf's length, without reading a restored name's mentions. */
  mentionCount(name: KnownName): number {
    return this.mentions.get(name)?.length ?? this.unreadCounts.get(name) ?? 0;
  }

  /** Figures about a subject (and metric), oldest document first. */
  figuresFor(subject: string, metric?: string): Figure[] {
    const figures = this.derived.get(FIGURES_BY_SUBJECT).get(nameKey(subject)) ?? [];
    return metric ? figures.filter((f) => f.metric === metric) : [...figures];
  }

  allFigures(): Figure[] {
    return this.documents.flatMap((doc) => doc.figures);
  }

  /** A task by document (id, 文号 or title) and number as printed ((五), （五）, 5). */
  clause(documentReference: string, number: string): Clause | undefined {
    const document = this.document(documentReference) ?? this.findDocument(documentReference);
    const key = (printed: string) => nameKey(printed).replace(/[.．、]$/, '');
    const wanted = key(number);
    // Brackets given are part of the level: （1） is not 1. — only a bare 五 or 5 may match either.
    const same = /[()]/.test(wanted)
      ? (printed: string) => key(printed) === wanted
      : (printed: string) => key(printed).replace(/[()]/g, '') === wanted;
    return document?.clauses.find((clause) => clause.kind === 'task' && same(clause.number));
  }

  searchClauses(query: string, limit: number, token?: CancellationToken): ClauseHit[] {
    return this.clauseSearch.search(query, limit, token);
  }

  /**
   * Whether the corpus itself writes this text somewhere. The corpus is the source of truth: what it
   * writes (数字政府, 跨省通办) is usage, not a slip of a similar name.
   */
  isAttested(text: string): boolean {
    // The corpus's three-character sequences first, once the warm-up has built them (most texts asked
    // hold one it never writes), then document by document: one string of the whole corpus costs its
    // size again in memory, and its building the first check after a restart.
    return this.derived.get(ATTESTED).get(text, () => {
      const trigrams = this.derived.peek(CORPUS_TRIGRAMS);
      if (trigrams && !mayBeWritten(trigrams, text)) return false;
      return this.documents.some((doc) => doc.text.includes(text));
    });
  }

  /** An ordinary word (the segmenter's dictionary or the registry's list), never a misspelt name. */
  isOrdinaryWord(text: string): boolean {
    return this.derived
      .get(ORDINARY)
      .get(text, () => this.registry.ordinaryWords.includes(text) || this.segmenter.isWord(text));
  }

  dateOf(docId: string): string {
    return this.documentsById.get(docId)?.meta.date ?? '';
  }
}

/** Whose document it is: the jurisdiction its metadata names, else its issuer's, else its title's. */
function jurisdictionOf(doc: Pick<StructuredDocument, 'meta'>): Jurisdiction | undefined {
  return (
    (doc.meta.jurisdiction ? jurisdictionNamed(doc.meta.jurisdiction) : undefined) ??
    jurisdictionNamed(doc.meta.issuer ?? '') ??
    jurisdictionNamed(doc.meta.title)
  );
}

function shiftBy(replacement: StatedReplacement, offset: number): StatedReplacement {
  return { ...replacement, start: replacement.start + offset, end: replacement.end + offset };
}
