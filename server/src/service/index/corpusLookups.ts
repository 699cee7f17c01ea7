// The lookups a corpus index keeps in its derived cache: by name as written, texts the corpus writes
// (or not), ordinary words, and figures by subject — each built on first use, per index.
import type { Province } from '../language/provinces.js';
import type { Figure, KnownName } from '../model.js';
import { nameKey } from '../text/normalize.js';
import type { IndexedDocument } from './corpusIndex.js';
import { memoKey, type DerivedKey } from './derivedCache.js';

/** Name lookups by the text as written. */
export const LOOKUPS = memoKey<KnownName[]>('name lookups');
/** Texts the corpus writes somewhere (or not). */
export const ATTESTED = memoKey<boolean>('attested texts');
/**
 * The provinces of the documents that mention each name (undefined: a document of no province), found
 * on first use: a platform's province is asked for every figure about it, and its mentions number
 * thousands in a large corpus.
 */
export const NAME_PROVINCES: DerivedKey<Map<KnownName, ReadonlySet<Province | undefined>>> = {
  name: 'provinces of each name',
  build: () => new Map(),
};
/**
 * Documents by the key of their 文号 and of their title (nameKey), the first document in corpus order
 * for each: findDocument's answer without a pass over every document (hovers, 文号 checks and cited
 * years ask it for every reference of a draft).
 */
export const DOCUMENTS_BY_KEY: DerivedKey<Map<string, IndexedDocument>> = {
  name: 'documents by 文号 and title',
  build(index) {
    const byKey = new Map<string, IndexedDocument>();
    for (const doc of index.documents) {
      const keys = doc.meta.docNumber
        ? [nameKey(doc.meta.docNumber), nameKey(doc.meta.title)]
        : [nameKey(doc.meta.title)];
      for (const key of keys) if (!byKey.has(key)) byKey.set(key, doc);
    }
    return byKey;
  },
};
/** Texts that are ordinary words (or not). */
export const ORDINARY = memoKey<boolean>('ordinary words');
/** Figures by subject, oldest document first. */
// Not stored with the index: rebuilt in tens of milliseconds, where reading it back took 80 (1,000
// documents).
export const FIGURES_BY_SUBJECT: DerivedKey<Map<string, Figure[]>> = {
  name: 'figures by subject',
  build(index) {
    const bySubject = new Map<string, Figure[]>();
    // Subjects repeat across thousands of figures: each is keyed once.
    const keys = new Map<string, string>();
    for (const figure of index.allFigures()) {
      let key = keys.get(figure.subject);
      if (key === undefined) keys.set(figure.subject, (key = nameKey(figure.subject)));
      const list = bySubject.get(key);
      if (list) list.push(figure);
      else bySubject.set(key, [figure]);
    }
    // Dates are ISO (YYYY-MM-DD, or shorter): their order is the strings' order.
    const dated = (figure: Figure) => index.dateOf(figure.docId);
    for (const list of bySubject.values()) {
      list.sort((a, b) => {
        const [x, y] = [dated(a), dated(b)];
        return x < y ? -1 : x > y ? 1 : (a.year ?? 0) - (b.year ?? 0);
      });
    }
    return bySubject;
  },
};
