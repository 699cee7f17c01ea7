// A name's history in the corpus: which documents (with dates) use it, its first and last use, and — if
// the corpus shows it — what replaced it since when: confirmed by the registry (certain), stated in a
// document (更名为, 撤并…组建, 原X …; likely) or shown by usage (a name only older documents use while the
// newer ones write a successor form; likely). The registry can also say a name is current (a veto).
import type { CorpusIndex, IndexedDocument } from '../index/corpusIndex.js';
import type { DerivedKey } from '../index/derivedCache.js';
import type { KnownName, Range } from '../model.js';
import { nameKey } from '../text/normalize.js';
import type { StatedReplacement } from './statedReplacements.js';
import { successorNamesOf, successorShape, type SuccessorShape } from './successorForms.js';

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

export const HISTORY: DerivedKey<Map<KnownName, NameHistory>> = {
  name: 'name history',
  persist: true,
  build: (index) => buildHistory(index),
};

export function historyOf(index: CorpusIndex, name: KnownName): NameHistory {
  return index.derived.get(HISTORY).get(name) ?? { documents: 0 };
}

/** The documents that use a name, oldest first, with how often each does. */
export function usesOf(index: CorpusIndex, name: KnownName): NameUse[] {
  const counts = new Map<string, number>();
  for (const mention of index.mentionsOf(name)) counts.set(mention.docId, (counts.get(mention.docId) ?? 0) + 1);
  return [...counts]
    .map(([docId, count]) => ({ docId, count, date: index.dateOf(docId) }))
    .sort((a, b) => a.date.localeCompare(b.date));
}

function buildHistory(index: CorpusIndex): Map<KnownName, NameHistory> {
  const histories = new Map<KnownName, NameHistory>();
  const allUses = new Map<KnownName, NameUse[]>();
  for (const name of index.names) {
    const uses = usesOf(index, name);
    allUses.set(name, uses);
    histories.set(name, {
      documents: uses.length,
      ...(uses.length ? { first: uses[0].date, last: uses[uses.length - 1].date } : {}),
    });
  }
  const set = (name: KnownName, replacement: Replacement) => {
    const history = histories.get(name)!;
    if (!history.replacement || rank(replacement) < rank(history.replacement))
      histories.set(name, { ...history, replacement });
  };
  for (const name of index.names) {
    if (name.current) continue;
    if (name.deprecated) {
      const source = index.findDocument(name.deprecated.source);
      set(name, {
        ...(name.deprecated.replacedBy ? { replacedBy: name.deprecated.replacedBy } : {}),
        since: name.deprecated.since ?? source?.meta.date ?? '',
        docId: source?.meta.id ?? '',
        how: 'registry',
        ...(name.deprecated.note ? { sentence: name.deprecated.note } : {}),
      });
    }
  }
  for (const { document, replacements } of index.statements) {
    for (const stated of replacements) {
      for (const name of index.lookupName(stated.old)) {
        if (name.current || name.kind === 'document') continue;
        set(name, {
          ...(stated.replacedBy ? { replacedBy: stated.replacedBy } : {}),
          since: document.meta.date,
          docId: document.meta.id,
          how: 'stated',
          sentence: stated.sentence.trim(),
          range: document.lines.rangeOf(stated.start, stated.end),
          pattern: stated.pattern,
        });
      }
    }
  }
  for (const [name, replacement] of usageReplacements(index, histories, allUses))
    if (!name.current) set(name, replacement);
  return histories;
}

const RANK = { registry: 0, stated: 1, usage: 2 } as const;
const rank = (r: Replacement) => RANK[r.how];

/**
 * Names the newer documents write in a successor form — a known name, or a form found in their text —
 * while no document from that one on writes the old name.
 */
function usageReplacements(
  index: CorpusIndex,
  histories: Map<KnownName, NameHistory>,
  allUses: ReadonlyMap<KnownName, readonly NameUse[]>,
): Array<[KnownName, Replacement]> {
  const out: Array<[KnownName, Replacement]> = [];
  // Each jurisdiction's documents, oldest first: a name's later documents are a tail of its own's.
  const byProvince = new Map<unknown, IndexedDocument[]>();
  for (const doc of [...index.documents].sort((a, b) => a.meta.date.localeCompare(b.meta.date))) {
    const list = byProvince.get(doc.jurisdiction?.province);
    if (list) list.push(doc);
    else byProvince.set(doc.jurisdiction?.province, [doc]);
  }
  // The names each document uses: a successor is looked for among the names a later document uses, not
  // among every name of the corpus for every document (quadratic on a large corpus).
  const namesUsedIn = new Map<string, Set<KnownName>>();
  for (const other of index.names)
    for (const use of allUses.get(other) ?? []) {
      const set = namesUsedIn.get(use.docId);
      if (set) set.add(other);
      else namesUsedIn.set(use.docId, new Set([other]));
    }
  const successors = successorNamesOf(index.names);
  for (const name of index.names) {
    const history = histories.get(name)!;
    // A usage replacement ranks last: a name already replaced (registry, stated) or current keeps its own.
    if (!history.last || name.kind === 'term' || name.kind === 'indicator') continue;
    if (name.current || history.replacement) continue;
    // Only the same jurisdiction's documents speak for this name: another province's later plan renames nothing here.
    const lastUse = allUses.get(name)!.at(-1)!;
    const lastDoc = index.document(lastUse.docId);
    const documents = byProvince.get(lastDoc?.jurisdiction?.province) ?? [];
    const later = documents.slice(firstAfter(documents, history.last));
    if (later.length === 0) continue;
    const successor = successorIn(index, name, later, successors(name), namesUsedIn);
    if (!successor) continue;
    out.push([
      name,
      {
        replacedBy: successor.form,
        since: successor.document.meta.date,
        docId: successor.document.meta.id,
        how: 'usage',
        shape: successor.shape,
        sentence: successor.sentence,
        range: successor.range,
        lastUsedIn: lastUse.docId,
      },
    ]);
  }
  return out;
}

/** The position of the first document dated after `date` in a list sorted by date. */
function firstAfter(documents: readonly IndexedDocument[], date: string): number {
  let [low, high] = [0, documents.length];
  while (low < high) {
    const mid = (low + high) >> 1;
    if (documents[mid].meta.date > date) high = mid;
    else low = mid + 1;
  }
  return low;
}

interface Successor {
  readonly form: string;
  readonly shape: SuccessorShape;
  readonly document: IndexedDocument;
  readonly sentence: string;
  readonly range: Range;
}

/** The first later document that writes a successor form of the name (known, or found in its text). */
function successorIn(
  index: CorpusIndex,
  name: KnownName,
  later: readonly IndexedDocument[],
  successors: readonly KnownName[],
  namesUsedIn: ReadonlyMap<string, ReadonlySet<KnownName>>,
): Successor | undefined {
  const old = name.name.replace(/[“”]/g, '');
  for (const document of later) {
    // A known name of successor shape used in this document (the first in the names' order).
    const used = namesUsedIn.get(document.meta.id);
    for (const other of used ? successors : []) {
      if (!used!.has(other)) continue;
      const mention = index.mentionsOf(other).find((m) => m.docId === document.meta.id)!;
      const shape = successorShape(old, other.name, name.kind)!;
      return { form: other.name, shape, document, sentence: lineOf(document, mention.range), range: mention.range };
    }
    // A form in the text that no name collected: the stem, then up to four characters, then a head.
    const found = formInText(document, old, name);
    if (found) return found;
  }
  return undefined;
}

/**
 * Names longer than this are not looked for in other forms: a renaming is told of titles and bodies, not
 * of a pasted paragraph in a title field — and each place its stem occurs would cost its whole length.
 */
const MAX_RENAMED_LENGTH = 100;

function formInText(document: IndexedDocument, old: string, name: KnownName): Successor | undefined {
  if (old.length < 6 || old.length > MAX_RENAMED_LENGTH) return undefined;
  if (name.kind !== 'document' && name.kind !== 'agency') return undefined;
  const stem = old.slice(0, Math.min(6, old.length - 2));
  const text = document.text;
  for (let at = text.indexOf(stem); at >= 0; at = text.indexOf(stem, at + 1)) {
    for (let length = Math.max(3, old.length - 4); length <= old.length + 4; length++) {
      const form = text.slice(at, at + length);
      if (!/^[\u4e00-\u9fff]+$/.test(form) || nameKey(form) === nameKey(old)) continue;
      const shape = successorShape(old, form, name.kind);
      if (!shape) continue;
      const range = document.lines.rangeOf(at, at + length);
      return { form, shape, document, sentence: lineOf(document, range), range };
    }
  }
  return undefined;
}

/** The sentence around a range (its line cut at 。！？；). */
function lineOf(document: IndexedDocument, range: Range): string {
  const line = document.lines.lineText(range.start.line);
  const at = range.start.character;
  const start = Math.max(...['。', '！', '？', '；'].map((p) => line.lastIndexOf(p, at - 1))) + 1;
  const stops = ['。', '！', '？', '；'].map((p) => line.indexOf(p, at)).filter((i) => i >= 0);
  const end = stops.length ? Math.min(...stops) + 1 : line.length;
  const text = line.slice(start, end).trim();
  return text.length > 120 ? `${text.slice(0, 120)}…` : text;
}
