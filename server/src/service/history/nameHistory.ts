// A name's history in the corpus: which documents (with dates) use it, its first and last use, and — if
// the corpus shows it — what replaced it since when: confirmed by the registry (certain), stated in a
// document (更名为, 撤并…组建, 原X …; likely) or shown by usage (a name only older documents use while the
// newer ones write a successor form; likely). The registry can also say a name is current (a veto).
import type { CorpusIndex, IndexedDocument } from '../index/corpusIndex.js';
import type { DerivedKey } from '../index/derivedCache.js';
import type { KnownName, Range } from '../model.js';
import type { StatedReplacement } from './statedReplacements.js';
import { successorNamesOf, type SuccessorShape } from './successorForms.js';
import { firstAfter, successorIn } from './successorIn.js';

export interface NameUse {
  readonly docId: string;
  readonly date: string;
  readonly count: number;
}

export interface Replacement {
  readonly replacedBy?: string;
  /** The date of the document from which on the name is replaced. */
  readonly since: string;
  readonly docId: string;
  readonly how: 'registry' | 'stated' | 'usage';
  /** The sentence that states it (stated), or the newer form's first use (usage). */
  readonly sentence?: string;
  readonly range?: Range;
  readonly pattern?: string;
  readonly shape?: SuccessorShape;
  /** For usage: the document that last uses the old name. */
  readonly lastUsedIn?: string;
}

export interface NameHistory {
  /**
   * How many documents use the name. Which ones is usesOf's to say: kept per name and document, the uses
   * were most of the stored index's head on a large corpus, and only `corpus show` lists them.
   */
  readonly documents: number;
  readonly first?: string;
  readonly last?: string;
  readonly replacement?: Replacement;
}

/** Stated replacements per document, read once when the index is built. */
export interface DocumentStatements {
  readonly document: IndexedDocument;
  readonly replacements: readonly StatedReplacement[];
}

/**
 * Every name's history: built by the warm-up and stored with the index. Until then a name's history is
 * worked out alone when asked (historyOf): the first hover or check after indexing asks of a few names,
 * and waits for those, not for the corpus's every name.
 */
export const HISTORY: DerivedKey<Map<KnownName, NameHistory>> = {
  name: 'name history',
  persist: true,
  build: (index) => {
    const sources = index.derived.get(HISTORY_SOURCES);
    // The names asked before are not worked out again.
    const asked = index.derived.peek(HISTORIES_ASKED);
    return new Map(index.names.map((name) => [name, asked?.get(name) ?? historyFor(index, sources, name)]));
  },
};

export function historyOf(index: CorpusIndex, name: KnownName): NameHistory {
  const all = index.derived.peek(HISTORY);
  if (all) return all.get(name) ?? { documents: 0 };
  const asked = index.derived.get(HISTORIES_ASKED);
  let history = asked.get(name);
  if (!history) asked.set(name, (history = historyFor(index, index.derived.get(HISTORY_SOURCES), name)));
  return history;
}

/** The histories worked out one at a time before the whole table is built. */
const HISTORIES_ASKED: DerivedKey<Map<KnownName, NameHistory>> = {
  name: 'name histories asked',
  build: () => new Map(),
};

/** The documents that use a name, oldest first, with how often each does. */
export function usesOf(index: CorpusIndex, name: KnownName): NameUse[] {
  const counts = new Map<string, number>();
  for (const mention of index.mentionsOf(name)) counts.set(mention.docId, (counts.get(mention.docId) ?? 0) + 1);
  return [...counts]
    .map(([docId, count]) => ({ docId, count, date: index.dateOf(docId) }))
    .sort((a, b) => a.date.localeCompare(b.date));
}

/** What any name's history is read from, gathered once per index. */
interface HistorySources {
  /** Each name's first stated replacement (documents and their statements in the index's order). */
  readonly stated: ReadonlyMap<KnownName, Replacement>;
  /** Each jurisdiction's documents, oldest first: a name's later documents are a tail of its own's. */
  readonly byProvince: ReadonlyMap<unknown, readonly IndexedDocument[]>;
  /**
   * The names each document uses: a successor is looked for among the names a later document uses, not
   * among every name of the corpus for every document (quadratic on a large corpus).
   */
  readonly namesUsedIn: () => ReadonlyMap<string, ReadonlySet<KnownName>>;
  readonly successors: (name: KnownName) => readonly KnownName[];
}

const HISTORY_SOURCES: DerivedKey<HistorySources> = {
  name: 'name history sources',
  build: (index) => {
    const stated = new Map<KnownName, Replacement>();
    for (const { document, replacements } of index.statements)
      for (const statement of replacements)
        for (const name of index.lookupName(statement.old)) {
          if (name.current || name.kind === 'document' || stated.has(name)) continue;
          stated.set(name, {
            ...(statement.replacedBy ? { replacedBy: statement.replacedBy } : {}),
            since: document.meta.date,
            docId: document.meta.id,
            how: 'stated',
            sentence: statement.sentence.trim(),
            range: document.lines.rangeOf(statement.start, statement.end),
            pattern: statement.pattern,
          });
        }
    const byProvince = new Map<unknown, IndexedDocument[]>();
    for (const doc of [...index.documents].sort((a, b) => a.meta.date.localeCompare(b.meta.date))) {
      const list = byProvince.get(doc.jurisdiction?.province);
      if (list) list.push(doc);
      else byProvince.set(doc.jurisdiction?.province, [doc]);
    }
    let namesUsedIn: Map<string, Set<KnownName>> | undefined;
    const usedIn = () => {
      if (namesUsedIn) return namesUsedIn;
      namesUsedIn = new Map();
      for (const name of index.names)
        for (const mention of index.mentionsOf(name)) {
          const set = namesUsedIn.get(mention.docId);
          if (set) set.add(name);
          else namesUsedIn.set(mention.docId, new Set([name]));
        }
      return namesUsedIn;
    };
    return { stated, byProvince, namesUsedIn: usedIn, successors: successorNamesOf(index.names) };
  },
};

/**
 * One name's history. Its replacement, if the corpus shows one, is the most certain found: the
 * registry's, else the first a document states, else one its usage shows. A current name has none.
 */
function historyFor(index: CorpusIndex, sources: HistorySources, name: KnownName): NameHistory {
  const uses = usesOf(index, name);
  const history: NameHistory = {
    documents: uses.length,
    ...(uses.length ? { first: uses[0].date, last: uses[uses.length - 1].date } : {}),
  };
  if (name.current) return history;
  const replacement =
    registryReplacement(index, name) ?? sources.stated.get(name) ?? usageReplacement(index, sources, name, uses);
  return replacement ? { ...history, replacement } : history;
}

function registryReplacement(index: CorpusIndex, name: KnownName): Replacement | undefined {
  if (!name.deprecated) return undefined;
  const source = index.findDocument(name.deprecated.source);
  return {
    ...(name.deprecated.replacedBy ? { replacedBy: name.deprecated.replacedBy } : {}),
    since: name.deprecated.since ?? source?.meta.date ?? '',
    docId: source?.meta.id ?? '',
    how: 'registry',
    ...(name.deprecated.note ? { sentence: name.deprecated.note } : {}),
  };
}

/**
 * A name the newer documents write in a successor form — a known name, or a form found in their text —
 * while no document from that one on writes the old name.
 */
function usageReplacement(
  index: CorpusIndex,
  sources: HistorySources,
  name: KnownName,
  uses: readonly NameUse[],
): Replacement | undefined {
  const lastUse = uses.at(-1);
  if (!lastUse || name.kind === 'term' || name.kind === 'indicator') return undefined;
  // Only the same jurisdiction's documents speak for this name: another province's later plan renames nothing here.
  const lastDoc = index.document(lastUse.docId);
  const documents = sources.byProvince.get(lastDoc?.jurisdiction?.province) ?? [];
  const later = documents.slice(firstAfter(documents, lastUse.date));
  if (later.length === 0) return undefined;
  const successor = successorIn(index, name, later, sources.successors(name), sources.namesUsedIn());
  if (!successor) return undefined;
  return {
    replacedBy: successor.form,
    since: successor.document.meta.date,
    docId: successor.document.meta.id,
    how: 'usage',
    shape: successor.shape,
    sentence: successor.sentence,
    range: successor.range,
    lastUsedIn: lastUse.docId,
  };
}
