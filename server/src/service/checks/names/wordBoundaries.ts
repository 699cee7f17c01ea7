import type { CorpusIndex } from '../../index/corpusIndex.js';
import { memoKey } from '../../index/derivedCache.js';

const BOUNDARIES = memoKey<Uint8Array>('word boundaries per line');

/**
 * Where words begin and end in a line, as the segmenter (with the corpus names taught) cuts it:
 * `boundaries[i]` is 1 when a word boundary lies before character i (0 and the line's length always).
 * A misspelt name begins and ends on boundaries; a span that starts or ends inside a word is a piece
 * of other words (直有关部门 in 省直有关部门).
 */
export function wordBoundaries(index: CorpusIndex, line: string): Uint8Array {
  return index.derived.get(BOUNDARIES).get(line, () => {
    const boundaries = new Uint8Array(line.length + 1);
    boundaries[0] = 1;
    boundaries[line.length] = 1;
    let at = 0;
    for (const word of index.segmenter.segment(line)) {
      at += word.length;
      if (at <= line.length) boundaries[at] = 1;
    }
    // A segmenter that did not give the whole line back cannot be trusted on it: every place is a boundary.
    if (at !== line.length) boundaries.fill(1);
    return boundaries;
  });
}
