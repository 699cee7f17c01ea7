import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  bigramContains,
  documentTerms,
  queryTerms,
  TermVocabulary,
} from '../../../server/src/service/search/tokenize.js';

/** A document's terms as text, in order. */
function termsOf(text: string, vocabulary = new TermVocabulary()): string[] {
  return documentTerms(text, vocabulary).map((id) => vocabulary.textOf(id)!);
}

test('numbers stay whole with their decimals and thousands separators', () => {
  const terms = termsOf('到2025年，政务云算力达到56.29万核，接入1,000个系统，覆盖１００％');
  for (const number of ['2025', '56.29', '1000', '100']) assert.ok(terms.includes(number), number);
  for (const piece of ['5', '6', '.', '29', '1', '0']) assert.ok(!terms.includes(piece), piece);
});

test('Latin codes stay whole and are lowercased; fullwidth letters fold to halfwidth', () => {
  const terms = termsOf('推进IPv6规模部署，开放ＡＰＩ，建设5G基站');
  for (const code of ['ipv6', 'api', '5g']) assert.ok(terms.includes(code), code);
  assert.ok(!terms.includes('IPv6') && !terms.includes('i'));
});

test('every Han run yields its bigrams, a lone character itself; punctuation and function words none', () => {
  assert.deepEqual(termsOf('推进“一网统管”。'), ['推进', '一网', '网统', '统管']);
  assert.deepEqual(termsOf('云，及，政务'), ['云', '政务']);
  assert.deepEqual(termsOf('以及相关'), ['及相']);
  // Bigrams repeat as written: BM25 counts them.
  assert.deepEqual(termsOf('政务政务'), ['政务', '务政', '政务']);
});

test('bigram ids are numbers that name their two characters; other terms are numbered apart', () => {
  const vocabulary = new TermVocabulary();
  const [bigram, code] = documentTerms('政务 ipv6', vocabulary);
  assert.ok(bigram >= 0 && bigram < 2 ** 30, 'a small integer');
  assert.ok(code < 0);
  assert.ok(bigramContains(bigram, '政') && bigramContains(bigram, '务') && !bigramContains(bigram, '云'));
  assert.ok(!bigramContains(code, '政'));
  // Extension A and the last Unified Ideograph are Han too.
  assert.deepEqual(termsOf('㐀鿿'), ['㐀鿿']);
});

test('query parts are taken apart: no bigram spans the space, terms are distinct, unknown ones left out', () => {
  const vocabulary = new TermVocabulary();
  documentTerms('政务云算力 ipv6 云', vocabulary);
  const text = (query: string) =>
    queryTerms(query, vocabulary).map((term) => ('id' in term ? vocabulary.textOf(term.id) : `[${term.character}]`));
  assert.deepEqual(text('政务云 算力  政务云'), ['政务', '务云', '算力']);
  assert.deepEqual(text('IPv6 5g'), ['ipv6']);
  // A lone character: its own term if the corpus wrote it alone, and a look inside longer runs.
  assert.deepEqual(text('云'), ['云', '[云]']);
  assert.deepEqual(text('网'), ['[网]']);
  assert.deepEqual(text('   '), []);
  assert.deepEqual(text('的'), []);
});
