// A built index as plain data, and how a restore leaves its bulk to be read when first asked. A large
// corpus's snapshot is mostly small objects — every clause and section of every document, every mention of
// every name — and restoring them all takes seconds (3.2 s for 1,000 documents) while the checks ask few of
// them. So a snapshot holds no clauses or sections at all: they are a function of the document's text, parsed
// again when first asked (a few milliseconds a document). And a store may hand a name's mentions back as a
// function that reads them when the index first asks (the disk cache keeps them as separately serialized parts).
import type { DuplicateDocument } from '../corpus/loadCorpus.js';
import type { StatedReplacement } from '../history/statedReplacements.js';
import type { CorpusProblem, KnownName, Mention } from '../model.js';
import { parseDocument } from '../parse/parseDocument.js';
import type { StoredClauseSearch } from './clauseSearch.js';
import type { IndexedDocument } from './corpusIndex.js';

/** What a restore reads again from a document's text instead of storing it. */
type Reparsed = 'clauses' | 'sections';

/** A document as stored: what a restore cannot cheaply rebuild (line index, jurisdiction, clauses, sections it can). */
export type StoredDocument = Omit<IndexedDocument, 'lines' | 'jurisdiction' | Reparsed>;

/** A built index as plain data (see CorpusIndex.snapshot): serializable with the structured clone algorithm. */
export interface IndexSnapshot {
  readonly names: readonly KnownName[];
  readonly problems: readonly CorpusProblem[];
  readonly duplicates: readonly DuplicateDocument[];
  readonly documents: readonly StoredDocument[];
  /**
   * Each name's mentions, or (given back by a store) a function that reads them; and how many there are,
   * which the checks ask without the mentions themselves.
   */
  readonly mentions: ReadonlyArray<readonly [KnownName, Mention[] | (() => Mention[]), number]>;
  readonly statements: ReadonlyArray<{ readonly docId: string; readonly replacements: readonly StatedReplacement[] }>;
  /** Derived values that persist (DerivedKey.persist), by key name. */
  readonly derived: ReadonlyArray<[string, unknown]>;
  /** The clause search index, when it was built before the snapshot was taken (or a function reading it). */
  readonly search?: StoredClauseSearch | (() => StoredClauseSearch);
}

/** The document as a snapshot stores it. */
export function storedDocument(document: IndexedDocument): StoredDocument {
  const {
    lines: _lines,
    jurisdiction: _jurisdiction,
    clauses: _clauses,
    sections: _sections,
    ...stored
  } = document as IndexedDocument & Record<Reparsed, unknown>;
  return stored;
}

/**
 * The indexed document of a stored one: its clauses and sections are parsed from its text on first access
 * (enumerable getters: spreading the document reads them). The parse is the one the index was built with.
 */
export function restoredDocument(
  stored: StoredDocument,
  lines: IndexedDocument['lines'],
  jurisdiction: IndexedDocument['jurisdiction'],
): IndexedDocument {
  let parsed: Pick<IndexedDocument, Reparsed> | undefined;
  const source = { uri: stored.uri, text: stored.text, meta: stored.meta, bodyStartLine: stored.bodyStartLine };
  const parse = () => (parsed ??= parseDocument(source));
  const document = { ...stored, lines, jurisdiction } as Record<string, unknown>;
  Object.defineProperty(document, 'clauses', { get: () => parse().clauses, enumerable: true, configurable: true });
  Object.defineProperty(document, 'sections', { get: () => parse().sections, enumerable: true, configurable: true });
  const restored = document as unknown as IndexedDocument;
  UNKEPT_CLAUSES.set(restored, () => parsed?.clauses ?? parseDocument(source).clauses);
  return restored;
}

/** How to parse a restored document's clauses without keeping them (by document). */
const UNKEPT_CLAUSES = new WeakMap<IndexedDocument, () => IndexedDocument['clauses']>();

/**
 * A document's clauses; for a restored document not yet parsed, parsed for the caller alone: a pass over
 * every clause of the corpus (the search index's build) would otherwise keep them all.
 */
export function clausesWithoutKeeping(document: IndexedDocument): IndexedDocument['clauses'] {
  return UNKEPT_CLAUSES.get(document)?.() ?? document.clauses;
}
