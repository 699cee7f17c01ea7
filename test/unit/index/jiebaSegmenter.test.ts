import { test } from 'node:test';
import assert from 'node:assert/strict';
import { JiebaSegmenter, type JiebaModule } from '../../../server/src/node/jiebaSegmenter.js';

// nodejieba's dictionary is process-wide and node --test runs each file in its own process, so the
// order of the tests below matters: the first one sees jieba's stock dictionary.

test('nodejieba splits 粤省事 until taught it, then keeps it whole', () => {
  const segmenter = new JiebaSegmenter();
  // The 80,000 most frequent words of jieba's dictionary (jiebaDictionary.ts): 省事 is one, 粤省 is not.
  assert.deepEqual(segmenter.cut('粤省事'), ['粤', '省事']);
  segmenter.addWord('粤省事');
  assert.deepEqual(segmenter.cut('推广“粤省事” 应用'), ['推广', '“', '粤省事', '”', '应用']);
  assert.equal(segmenter.loadReport?.backend, 'nodejieba');
});

test('words taught before loading are inserted at load, and loading is lazy and reported', () => {
  let required = 0;
  const segmenter = new JiebaSegmenter({
    loadModule: () => {
      required++;
      return require('nodejieba') as JiebaModule;
    },
  });
  segmenter.addWord('粤政易');
  segmenter.addWord('粤商通');
  assert.equal(required, 0, 'teaching words must not load the addon');
  assert.equal(segmenter.loadReport, undefined);
  const report = segmenter.load();
  assert.equal(segmenter.load(), report, 'load is idempotent');
  assert.equal(required, 1);
  assert.equal(report.backend, 'nodejieba');
  assert.equal(report.wordsInserted, 2);
  for (const ms of [report.requireMs, report.dictionaryMs, report.insertMs]) assert.ok(ms >= 0);
  assert.deepEqual(segmenter.cut('粤政易和粤商通'), ['粤政易', '和', '粤商通']);
  // The first test's word survives: this instance did not reload the shared dictionary.
  assert.deepEqual(segmenter.cut('粤省事'), ['粤省事']);
});

test('when nodejieba cannot load, the simple segmenter takes over with the taught words and says so once', () => {
  const messages: string[] = [];
  const segmenter = new JiebaSegmenter({
    log: (message) => messages.push(message),
    loadModule: () => {
      throw new Error('Cannot find module nodejieba');
    },
  });
  segmenter.addWord('一网统管');
  assert.deepEqual(segmenter.cut('推进“一网统管”'), ['推', '进', '“', '一网统管', '”']);
  segmenter.addWord('粤省事');
  assert.deepEqual(segmenter.cut('粤省事'), ['粤省事']);
  assert.equal(messages.length, 1);
  assert.match(messages[0], /Cannot find module nodejieba/);
  assert.equal(segmenter.loadReport?.backend, 'simple');
  assert.equal(segmenter.loadReport?.error, 'Cannot find module nodejieba');
});

test('whitespace never comes back as a word', () => {
  assert.deepEqual(new JiebaSegmenter().cut('政务 服务\u3000平台'), ['政务', '服务', '平台']);
});
