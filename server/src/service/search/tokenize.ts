// Search tokens for Chinese policy text. Segmenter words carry meaning (算力, 政务云) but segmenters
// disagree with each other and with quoted coinages (jieba cuts 一网统管 as 一/网/统管), so every Han
// run also yields its character bigrams: a query and a clause that share a phrase share its bigrams
// however either was segmented. Words and bigrams share one vocabulary on purpose: a two-character
// word is its own bigram, and counts for a little more for it.
import type { Segmenter } from '../segmenter.js';
import { HAN } from '../text/normalize.js';
import { toHalfWidth } from '../text/chineseNumerals.js';

const HAN_CHAR = new RegExp(`[${HAN}]`);
const HAN_RUN = new RegExp(`[${HAN}]+`, 'g');
/**
 * Latin and digit runs taken from the text itself rather than from the segmenter, which cuts 100 into
 * 1/0/0 and IPv6 into I/P/v/6: numbers stay whole with their decimals (56.29) and thousands
 * separators (1,000 becomes 1000), codes stay whole (5G, IPv6, x86).
 */
const LATIN_OR_NUMBER = /\d{1,3}(?:,\d{3})+(?:\.\d+)?|[a-z0-9]+(?:\.\d+)*/g;

/**
 * Function words that match everywhere and rank nothing. Deliberately short: words that look generic
 * but carry the drafter's meaning (推进, 加强, 建设) stay, and BM25's idf weighs them down.
 */
const STOP_WORDS = new Set([
  '的',
  '了',
  '和',
  '与',
  '及',
  '以及',
  '等',
  '在',
  '对',
  '为',
  '是',
  '将',
  '并',
  '或',
  '把',
  '被',
  '由',
  '从',
  '于',
  '以',
  '之',
  '其',
  '其中',
  '而',
  '则',
  '也',
  '又',
  '就',
  '都',
  '所',
  '该',
  '各',
  '有',
  '个',
  '这',
  '那',
  '此',
  '按',
  '按照',
  '根据',
  '通过',
  '进行',
  '有关',
  '相关',
  '方面',
]);

/** Tokens of a document (a clause, a glossary entry, a section) for the search index. */
export function tokenizeDocument(text: string, segmenter: Segmenter): string[] {
  // toHalfWidth keeps the length, lowercasing Latin is what makes API and api one token.
  const folded = toHalfWidth(text).toLowerCase();
  const tokens: string[] = [];
  for (const word of segmenter.cut(folded)) {
    // Words without Han are punctuation or pieces of the Latin/number runs collected below.
    if (HAN_CHAR.test(word) && !STOP_WORDS.has(word)) tokens.push(word);
  }
  for (const match of folded.matchAll(LATIN_OR_NUMBER)) tokens.push(match[0].replace(/,/g, ''));
  for (const match of folded.matchAll(HAN_RUN)) {
    const run = match[0];
    for (let i = 0; i + 1 < run.length; i++) tokens.push(run.slice(i, i + 2));
  }
  return tokens;
}

/**
 * Distinct tokens of a search query. Space-separated parts are segmented apart, so `政务云 算力`
 * never yields the bigram 云算 that no clause means.
 */
export function tokenizeQuery(query: string, segmenter: Segmenter): string[] {
  const parts = query.split(/[\s\u3000]+/).filter((part) => part.length > 0);
  return [...new Set(parts.flatMap((part) => tokenizeDocument(part, segmenter)))];
}
