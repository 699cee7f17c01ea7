import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Segmenter } from '../../../server/src/service/segmenter.js';
import { tokenizeDocument, tokenizeQuery } from '../../../server/src/service/search/tokenize.js';
import { SimpleSegmenter } from '../../../server/src/service/search/simpleSegmenter.js';

/** The worst a segmenter can do: every character alone, digits and Latin letters included. */
const perCharacter: Segmenter = {
  cut: (text) => [...text],
  segment: (text) => [...text],
  addWord: () => undefined,
  isWord: () => false,
};

test('numbers stay whole with their decimals and thousands separators, however the segmenter cut them', () => {
  const tokens = tokenizeDocument('到2025年，政务云算力达到56.29万核，接入1,000个系统，覆盖１００％', perCharacter);
  for (const number of ['2025', '56.29', '1000', '100']) assert.ok(tokens.includes(number), number);
  for (const piece of ['5', '6', '.', '29', '1', '0']) assert.ok(!tokens.includes(piece), piece);
});

test('Latin codes stay whole and are lowercased; fullwidth letters fold to halfwidth', () => {
  const tokens = tokenizeDocument('推进IPv6规模部署，开放ＡＰＩ，建设5G基站', perCharacter);
  for (const code of ['ipv6', 'api', '5g']) assert.ok(tokens.includes(code), code);
  assert.ok(!tokens.includes('IPv6') && !tokens.includes('i'));
});

test('punctuation and function words are dropped; segmenter words are kept', () => {
  const segmenter = new SimpleSegmenter(['政务服务', '数据共享']);
  const tokens = tokenizeDocument('推进政务服务的数据共享，及“一网通办”。', segmenter);
  assert.ok(tokens.includes('政务服务') && tokens.includes('数据共享'));
  for (const dropped of ['的', '及', '，', '“', '”', '。']) assert.ok(!tokens.includes(dropped), dropped);
});

test('Han bigrams let a query match a quoted coinage the segmenter cut differently', () => {
  // jieba cuts the query 一网统管 as 一/网/统管; a segmenter taught the word keeps it whole in the text.
  const querySide: Segmenter = {
    cut: () => ['一', '网', '统管'],
    segment: (text) => [...text],
    addWord: () => undefined,
    isWord: () => false,
  };
  const query = tokenizeQuery('一网统管', querySide);
  const document = new Set(tokenizeDocument('推进城市运行“一网统管”', new SimpleSegmenter(['一网统管'])));
  for (const bigram of ['一网', '网统', '统管']) {
    assert.ok(query.includes(bigram), bigram);
    assert.ok(document.has(bigram), bigram);
  }
});

test('query parts are tokenized apart: no bigram spans the space, and tokens are distinct', () => {
  const query = tokenizeQuery('政务云 算力  政务云', new SimpleSegmenter());
  assert.ok(query.includes('政务') && query.includes('务云') && query.includes('算力'));
  assert.ok(!query.includes('云算'));
  assert.equal(new Set(query).size, query.length);
  assert.deepEqual(tokenizeQuery('   ', new SimpleSegmenter()), []);
});

test('the simple segmenter matches taught words longest first and keeps Latin and digit runs whole', () => {
  const segmenter = new SimpleSegmenter(['政务服务', '政务服务平台']);
  assert.deepEqual(segmenter.cut('广东政务服务平台 IPv6 2025年'), ['广', '东', '政务服务平台', 'IPv6', '2025', '年']);
  segmenter.addWord('粤省事');
  assert.deepEqual(segmenter.cut('粤省事，'), ['粤省事', '，']);
  assert.deepEqual(segmenter.cut(''), []);
});
