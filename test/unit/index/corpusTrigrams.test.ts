// The corpus's trigram filter: it may hold a sequence the corpus never writes (then isAttested reads the
// corpus), but never misses one it writes — so isAttested answers as a read of every document does.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { readCorpusFolders } from '../../../server/src/node/corpusFolders.js';
import { CorpusIndex } from '../../../server/src/service/index/corpusIndex.js';
import { CORPUS_TRIGRAMS, mayBeWritten } from '../../../server/src/service/index/corpusTrigrams.js';
import { SimpleSegmenter } from '../../../server/src/service/search/simpleSegmenter.js';
import { runSteps } from '../../../server/src/service/steps.js';

const REPO = join(__dirname, '..', '..', '..');
const CORPORA = [join(REPO, 'corpus'), join(REPO, 'test', 'fixtures', 'corpora', 'provinces')];

function indexOf(folder: string): CorpusIndex {
  const onDisk = readCorpusFolders([folder]);
  return CorpusIndex.build(onDisk.files, onDisk.registry, new SimpleSegmenter());
}

/** Every `step`-th position's text of each length: what the corpus writes, sampled evenly. */
function writtenTexts(index: CorpusIndex, step: number): string[] {
  const texts: string[] = [];
  for (const doc of index.documents)
    for (let at = 0; at + 12 < doc.text.length; at += step)
      for (const length of [1, 2, 3, 4, 6, 9, 12]) texts.push(doc.text.slice(at, at + length));
  return texts;
}

/** A text with its middle character replaced by the character after it in Unicode: mostly not written. */
const slipped = (text: string) => {
  const middle = Math.floor(text.length / 2);
  return text.slice(0, middle) + String.fromCharCode(text.charCodeAt(middle) + 1) + text.slice(middle + 1);
};

describe('corpus trigram filter', () => {
  for (const folder of CORPORA) {
    test(`holds every sequence the corpus writes (${folder.split('/').slice(-2).join('/')})`, () => {
      const index = indexOf(folder);
      const filter = CORPUS_TRIGRAMS.build(index);
      const missed = writtenTexts(index, 7).filter((text) => !mayBeWritten(filter, text));
      assert.deepEqual(missed, []);
    });

    test(`isAttested answers as reading every document does (${folder.split('/').slice(-2).join('/')})`, () => {
      const index = indexOf(folder);
      runSteps(index.derived.steps(CORPUS_TRIGRAMS));
      const asked = writtenTexts(index, 101).flatMap((text) => [text, slipped(text)]);
      const read = (text: string) => index.documents.some((doc) => doc.text.includes(text));
      const differ = asked.filter((text) => index.isAttested(text) !== read(text));
      assert.deepEqual(differ, []);
      // The test means something: both answers occur, and the filter alone rules most slips out.
      const notWritten = asked.filter((text) => text.length >= 3 && !read(text));
      assert.ok(notWritten.length > 100, `${notWritten.length} texts not written`);
      const filter = index.derived.get(CORPUS_TRIGRAMS);
      const ruledOut = notWritten.filter((text) => !mayBeWritten(filter, text)).length;
      assert.ok(ruledOut / notWritten.length > 0.9, `the filter ruled out ${ruledOut} of ${notWritten.length}`);
    });
  }

  test('is left to the warm-up: isAttested reads the corpus until the filter is built', () => {
    const index = indexOf(CORPORA[0]);
    assert.equal(index.derived.peek(CORPUS_TRIGRAMS), undefined);
    assert.equal(index.isAttested(index.documents[0].text.slice(40, 46)), true);
    assert.equal(index.derived.peek(CORPUS_TRIGRAMS), undefined);
    const built = runSteps(index.derived.steps(CORPUS_TRIGRAMS));
    assert.equal(index.derived.peek(CORPUS_TRIGRAMS), built);
  });
});
