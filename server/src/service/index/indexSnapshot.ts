// A built index as plain data, and how a restore may leave its bulk to be read when first asked. A large
// corpus's snapshot is mostly small objects — every clause and section of every document, every mention of
// every name — and restoring them all takes seconds (3.2 s for 1,000 documents); the checks ask few of them.
// So a store may hand over a document's clauses and sections, and a name's mentions, as functions that read
// them when the index first asks (the disk cache keeps them as separately serialized parts).
import type { DuplicateDocument } from '../corpus/loadCorpus.js';
import type { StatedReplacement } from '../history/statedReplacements.js';
import type { Clause, CorpusProblem, KnownName, Mention, Section } from '../model.js';
import type { IndexedDocument } from './corpusIndex.js';

/** A document as stored: what a restore cannot cheaply rebuild (the line index and jurisdiction it can). */
export type StoredDocument = Omit<IndexedDocument, 'lines' | 'jurisdiction'>;

/** The part of a document a restore may read later. */
export interface DocumentParts {
  readonly clauses: StoredDocument['clauses'];
  readonly sections: StoredDocument['sections'];
}

/** A stored document whose clauses and sections are read when first asked. */
export type LazyDocument = Omit<StoredDocument, keyof DocumentParts> & { readonly parts: () => DocumentParts };

/** A built index as plain data (see CorpusIndex.snapshot): serializable with the structured clone algorithm. */
export interface IndexSnapshot {
  readonly names: readonly KnownName[];
  readonly problems: readonly CorpusProblem[];
  readonly duplicates: readonly DuplicateDocument[];
  /** As snapshot() gives them, StoredDocument; as a store may give them back, LazyDocument too. */
  readonly documents: ReadonlyArray<StoredDocument | LazyDocument>;
  /** Each name's mentions, or (given back by a store) a function that reads them. */
  readonly mentions: ReadonlyArray<readonly [KnownName, Mention[] | (() => Mention[])]>;
  readonly statements: ReadonlyArray<{ readonly docId: string; readonly replacements: readonly StatedReplacement[] }>;
  /** Derived values that persist (DerivedKey.persist), by key name. */
  readonly derived: ReadonlyArray<[string, unknown]>;
}

/**
 * The indexed document of a stored one. A lazy one's clauses and sections are read on first access
 * (getters, enumerable: spreading the document reads them, as a snapshot of a restored index does).
 */
export function restoredDocument(
  stored: StoredDocument | LazyDocument,
  lines: IndexedDocument['lines'],
  jurisdiction: IndexedDocument['jurisdiction'],
): IndexedDocument {
  if (!('parts' in stored)) return { ...stored, lines, jurisdiction };
  const { parts, ...rest } = stored;
  let read: DocumentParts | undefined;
  const load = () => (read ??= parts());
  const document = { ...rest, lines, jurisdiction } as unknown as Record<string, unknown>;
  Object.defineProperty(document, 'clauses', { get: () => load().clauses, enumerable: true });
  Object.defineProperty(document, 'sections', { get: () => load().sections, enumerable: true });
  return document as unknown as IndexedDocument;
}

export type { Clause, Section };
