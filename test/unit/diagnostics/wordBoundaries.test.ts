// The near-miss check reads word boundaries piece by piece when the segmenter cuts at separators (jieba):
// only the clause around an offset is segmented. That must answer, at every offset of every line, what
// segmenting the whole line answers — and a segmenter that promises nothing is asked for whole lines.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { bundledCorpusFolder, readCorpusFolders } from '../../../server/src/node/corpusFolders.js';
import { JiebaSegmenter } from '../../../server/src/node/jiebaSegmenter.js';
import { wordBoundaries } from '../../../server/src/service/checks/names/wordBoundaries.js';
import { CorpusIndex } from '../../../server/src/service/index/corpusIndex.js';
import { SimpleSegmenter } from '../../../server/src/service/search/simpleSegmenter.js';
import type { Segmenter } from '../../../server/src/service/segmenter.js';
import { RAW_DOCUMENTS } from '../../sharedFolder.js';

const REPO = join(__dirname, '..', '..', '..');
const markdownUnder = (folder: string): string[] =>
  readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? markdownUnder(path) : name.endsWith('.md') ? [path] : [];
  });

/** Boundaries of the line segmented whole, as offsets. */
function wholeLine(segmenter: Segmenter, line: string): Set<number> {
  const at = new Set([0, line.length]);
  let offset = 0;
  for (const word of segmenter.segment(line)) at.add((offset += word.length));
  return at;
}

test('word boundaries read piece by piece are those of the whole line, at every offset', () => {
  const segmenter = new JiebaSegmenter();
  const read = readCorpusFolders([bundledCorpusFolder()]);
  const index = CorpusIndex.build(read.files, read.registry, segmenter);
  assert.ok(segmenter.separators(), 'the bundled jieba dictionary answers segment: pieces are read');
  const lines = [
    ...markdownUnder(join(REPO, 'test', 'fixtures', 'drafts')),
    ...markdownUnder(join(REPO, 'test', 'fixtures', 'drafts-province')),
    ...markdownUnder(RAW_DOCUMENTS),
  ]
    .flatMap((file) => readFileSync(file, 'utf8').split(/\r?\n/))
    .concat(['，，。 粤省事。', '。', '“粤省市”，', '\t省政务服务数据管理局 ']);
  let offsets = 0;
  const differing: string[] = [];
  for (const line of lines) {
    const whole = wholeLine(segmenter, line);
    const pieces = wordBoundaries(index, line);
    for (let offset = 0; offset <= line.length; offset++, offsets++)
      if (pieces.at(offset) !== whole.has(offset)) differing.push(`${offset} in ${line.slice(0, 40)}`);
  }
  assert.ok(offsets > 100_000, `${offsets} offsets compared`);
  assert.deepEqual(differing.slice(0, 5), [], `${differing.length} offsets differ`);
});

test('a segmenter that promises no separators is asked for the whole line', () => {
  const asked: string[] = [];
  const segmenter = new SimpleSegmenter(['粤省事']);
  const spy: Segmenter = {
    cut: (text) => segmenter.cut(text),
    segment: (text) => (asked.push(text), segmenter.segment(text)),
    addWord: (word) => segmenter.addWord(word),
    isWord: (text) => segmenter.isWord(text),
  };
  const read = readCorpusFolders([bundledCorpusFolder()]);
  const index = CorpusIndex.build(read.files, read.registry, spy);
  asked.length = 0;
  const line = '推进“粤省事”建设，优化服务。';
  const boundaries = wordBoundaries(index, line);
  // 粤省事 is one word: a boundary before it, none inside it.
  assert.deepEqual([boundaries.at(3), boundaries.at(4), boundaries.at(6)], [true, false, true]);
  assert.deepEqual(asked, [line]);
});
