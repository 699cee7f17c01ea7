// Search terms for Chinese policy text, made as Lucene's CJK analyzer makes them: every Han run yields
// its character bigrams, a run of one character is its own term, and Latin and digit runs stay whole.
//
// Why no segmenter words: segmenters disagree with each other and with quoted coinages (jieba cuts
// 一网统管 as 一/网/统管), whereas a query and a clause that share a phrase share its bigrams however
// either would be segmented. And cutting a corpus into words was most of the cost of its search index:
// on 250 documents jieba took 2.2 s of the 3.4 s spent on terms.
//
// Terms are numbers. A bigram's is computed from its two characters, so indexing a large corpus
// creates no string per bigram; the few other terms (numbers, codes, lone characters) are numbered by
// a vocabulary, with negative ids that never meet a bigram's.
import { toHalfWidth } from '../text/chineseNumerals.js';

/** The Han blocks the engine knows (normalize.ts's HAN): CJK Extension A and the Unified Ideographs. */
const HAN_FIRST = 0x3400;
const HAN_LAST = 0x9fff;
/** Characters in those blocks; a bigram's id is first × span + second, below 2³⁰ (a small integer in V8). */
const HAN_SPAN = HAN_LAST - HAN_FIRST + 1;

/**
 * Latin and digit runs taken as written: numbers stay whole with their decimals (56.29) and thousands
 * separators (1,000 becomes 1000), codes stay whole (5G, IPv6, x86).
 */
const LATIN_OR_NUMBER = /\d{1,3}(?:,\d{3})+(?:\.\d+)?|[a-z0-9]+(?:\.\d+)*/g;

/**
 * Function words that match everywhere and rank nothing: alone (a one-character run) or as a bigram.
 * Deliberately short: words that look generic but carry the drafter's meaning (推进, 加强, 建设) stay,
 * and BM25's idf weighs them down.
 */
const STOP_WORDS = new Set([
  ...'的了和与及等在对为是将并或把被由从于以之其而则也又就都所该各有个这那此按',
  ...['以及', '其中', '按照', '根据', '通过', '进行', '有关', '相关', '方面'],
]);

const isHan = (code: number) => code >= HAN_FIRST && code <= HAN_LAST;
const bigramId = (first: number, second: number) => (first - HAN_FIRST) * HAN_SPAN + (second - HAN_FIRST);
const STOP_BIGRAMS = new Set(
  [...STOP_WORDS].filter((word) => word.length === 2).map((word) => bigramId(word.charCodeAt(0), word.charCodeAt(1))),
);

/** Ids of the terms that are not Han bigrams. A query looks terms up; only documents add them. */
export class TermVocabulary {
  constructor(private readonly ids = new Map<string, number>()) {}

  /** The vocabulary as plain data. */
  entries(): Array<[string, number]> {
    return [...this.ids];
  }

  idOf(term: string): number | undefined {
    return this.ids.get(term);
  }

  add(term: string): number {
    let id = this.ids.get(term);
    if (id === undefined) this.ids.set(term, (id = -(this.ids.size + 1)));
    return id;
  }

  /** A term's text, for tests and debugging: bigrams from their id, the rest from the vocabulary. */
  textOf(id: number): string | undefined {
    if (id >= 0) return String.fromCharCode(HAN_FIRST + Math.floor(id / HAN_SPAN), HAN_FIRST + (id % HAN_SPAN));
    for (const [term, termId] of this.ids) if (termId === id) return term;
    return undefined;
  }
}

/** Whether a bigram term has this character in it: how a one-character query finds the words it is in. */
export function bigramContains(id: number, character: string): boolean {
  const code = character.charCodeAt(0) - HAN_FIRST;
  return id >= 0 && (Math.floor(id / HAN_SPAN) === code || id % HAN_SPAN === code);
}

/**
 * Terms of a document (a clause with its title and lead units), with repeats: BM25 counts them. Adds
 * the document's non-bigram terms to the vocabulary.
 */
export function documentTerms(text: string, vocabulary: TermVocabulary): number[] {
  const terms: number[] = [];
  collectTerms(text, terms, (term) => vocabulary.add(term));
  return terms;
}

/** What a search asks for: a term, or a lone Han character (to be matched inside the corpus's bigrams). */
export type QueryTerm = { readonly id: number } | { readonly character: string };

/**
 * Distinct terms of a search query. Space-separated parts are taken apart, so `政务云 算力` never
 * yields the bigram 云算 that no clause means. Terms the corpus never wrote are left out.
 */
export function queryTerms(query: string, vocabulary: TermVocabulary): QueryTerm[] {
  const ids = new Set<number>();
  const characters = new Set<string>();
  for (const part of query.split(/[\s\u3000]+/)) {
    collectTerms(part, [], (term) => {
      // A lone Han character is also looked for inside longer runs: 云 finds 政务云.
      if (term.length === 1 && isHan(term.charCodeAt(0))) characters.add(term);
      return vocabulary.idOf(term);
    }).forEach((id) => ids.add(id));
  }
  return [...[...ids].map((id) => ({ id })), ...[...characters].map((character) => ({ character }))];
}

function collectTerms(text: string, terms: number[], idOf: (term: string) => number | undefined): number[] {
  // toHalfWidth keeps the length; lowercasing Latin is what makes API and api one term.
  const folded = toHalfWidth(text).toLowerCase();
  let runStart = -1;
  for (let i = 0; i <= folded.length; i++) {
    if (i < folded.length && isHan(folded.charCodeAt(i))) {
      if (runStart < 0) runStart = i;
    } else if (runStart >= 0) {
      addHanRun(folded, runStart, i, terms, idOf);
      runStart = -1;
    }
  }
  for (const match of folded.matchAll(LATIN_OR_NUMBER)) {
    const id = idOf(match[0].replace(/,/g, ''));
    if (id !== undefined) terms.push(id);
  }
  return terms;
}

function addHanRun(
  text: string,
  start: number,
  end: number,
  terms: number[],
  idOf: (term: string) => number | undefined,
): void {
  if (end - start === 1) {
    const character = text[start];
    const id = STOP_WORDS.has(character) ? undefined : idOf(character);
    if (id !== undefined) terms.push(id);
    return;
  }
  let previous = text.charCodeAt(start);
  for (let i = start + 1; i < end; i++) {
    const current = text.charCodeAt(i);
    const id = bigramId(previous, current);
    if (!STOP_BIGRAMS.has(id)) terms.push(id);
    previous = current;
  }
}
