// The server's segmenter: jieba's dictionary loads in a worker thread (dist/segmenterWorker.js) while the
// main thread goes on; until then the simple segmenter answers and says it is not ready; afterwards each
// call is a synchronous round trip that gives what nodejieba gives in-process.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { JiebaSegmenter } from '../../server/src/node/jiebaSegmenter.js';
import { mostFrequent } from '../../server/src/node/jiebaDictionary.js';
import { WorkerSegmenter } from '../../server/src/node/workerSegmenter.js';
import { REPO } from './cli/runCli.js';

const SCRIPT = join(REPO, 'dist', 'segmenterWorker.js');
const SENTENCE = '推进粤省事平台建设，深化数字政府改革，加快一网统管。';

describe('the worker segmenter', () => {
  let segmenter: WorkerSegmenter;
  let blocked = 0;
  before(() => {
    assert.ok(existsSync(SCRIPT), 'npm run build makes dist/segmenterWorker.js');
    segmenter = new WorkerSegmenter({ script: SCRIPT });
    segmenter.addWord('粤省事');
    segmenter.start();
  });
  after(() => segmenter.stop());

  test('answers at once from the simple segmenter while the dictionary loads, and says it is not ready', () => {
    const started = performance.now();
    assert.equal(segmenter.isReady(), false);
    assert.equal(segmenter.isWord('改革'), false);
    assert.equal(segmenter.segment(SENTENCE).join(''), SENTENCE);
    blocked = performance.now() - started;
    assert.ok(blocked < 50, `the main thread waited ${blocked} ms`);
  });

  test('once ready it cuts as nodejieba does in-process, taught names included', async () => {
    const report = await segmenter.whenReady;
    assert.equal(report.backend, 'nodejieba', report.error);
    assert.equal(segmenter.isReady(), true);
    const inProcess = new JiebaSegmenter();
    inProcess.addWord('粤省事');
    assert.deepEqual(segmenter.segment(SENTENCE), inProcess.segment(SENTENCE));
    assert.deepEqual(segmenter.cut(SENTENCE), inProcess.cut(SENTENCE));
    assert.ok(segmenter.segment(SENTENCE).includes('粤省事'));
    assert.equal(segmenter.isWord('改革'), true);
    assert.equal(segmenter.isWord('粤省事'), false, 'a taught name is no ordinary word');
    // A word taught after the load reaches the worker too.
    segmenter.addWord('粤政易');
    assert.ok(segmenter.segment('登录粤政易办公').includes('粤政易'));
  });

  test('a text longer than the channel is cut in pieces and nothing is lost', () => {
    const long = SENTENCE.repeat(20_000);
    assert.equal(segmenter.segment(long).join(''), long);
  });
});

test('without its worker script the segmenter settles on the simple one and says why, once', async () => {
  const logged: string[] = [];
  const segmenter = new WorkerSegmenter({
    script: join(REPO, 'dist', 'no-such-worker.js'),
    log: (m) => logged.push(m),
  });
  segmenter.start();
  const report = await segmenter.whenReady;
  assert.equal(report.backend, 'simple');
  assert.equal(segmenter.isReady(), true);
  assert.equal(logged.length, 1);
  assert.match(logged[0], /simple segmenter/);
  assert.equal(segmenter.segment(SENTENCE).join(''), SENTENCE);
});

test('the trimmed dictionary keeps the most frequent words, in the file’s own order', () => {
  const dictionary = ['甲 5 n', '乙 1 n', '丙 9 n', '丁 5 v', '戊 2 n'].join('\n');
  assert.equal(mostFrequent(dictionary, 3), '甲 5 n\n丙 9 n\n丁 5 v\n');
  assert.equal(mostFrequent(dictionary, 2), '甲 5 n\n丙 9 n\n');
  assert.equal(mostFrequent(dictionary, 10), `${dictionary}\n`);
});
