// The lookups a corpus index keeps in its derived cache: by name as written, texts the corpus writes
// (or not), ordinary words, and figures by subject — each built on first use, per index.
import type { Figure, KnownName } from '../model.js';
import { nameKey } from '../text/normalize.js';
import { memoKey, type DerivedKey } from './derivedCache.js';

/** Name lookups by the text as written. */
export const LOOKUPS = memoKey<KnownName[]>('name lookups');
/** Texts the corpus writes somewhere (or not). */
export const ATTESTED = memoKey<boolean>('attested texts');
/** Texts that are ordinary words (or not). */
export const ORDINARY = memoKey<boolean>('ordinary words');
/** Figures by subject, oldest document first. */
export const FIGURES_BY_SUBJECT: DerivedKey<Map<string, Figure[]>> = {
  name: 'figures by subject',
  persist: true,
  build(index) {
    const bySubject = new Map<string, Figure[]>();
    for (const figure of index.allFigures()) {
      const key = nameKey(figure.subject);
      bySubject.set(key, [...(bySubject.get(key) ?? []), figure]);
    }
    for (const list of bySubject.values()) {
      list.sort((a, b) => index.dateOf(a.docId).localeCompare(index.dateOf(b.docId)) || (a.year ?? 0) - (b.year ?? 0));
    }
    return bySubject;
  },
};
