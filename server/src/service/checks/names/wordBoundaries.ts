import type { CorpusIndex } from '../../index/corpusIndex.js';
import { memoKey } from '../../index/derivedCache.js';

/** Boundaries of a line's piece between separators (or of the whole line), per index and text. */
const BOUNDARIES = memoKey<Uint8Array>('word boundaries per piece of a line');

/**
 * Where words begin and end in a line, as the segmenter (with the corpus names taught) cuts it: `at(i)` is
 * true when a word boundary lies before character i (always at 0 and at the line's length). A misspelt name
 * begins and ends on boundaries; a span that starts or ends inside a word is a piece of other words
 * (直有关部门 in 省直有关部门).
 */
export interface WordBoundaries {
  at(offset: number): boolean;
}

/**
 * The boundaries of a line. A segmenter that cuts at separators before it segments (jieba cuts at spaces,
 * tabs, ， and 。) is asked only for the pieces holding the offsets asked about: a near miss is judged
 * by its own clause, and a line of a plan runs to hundreds of characters in a dozen clauses. Otherwise the
 * whole line is segmented once.
 */
export function wordBoundaries(index: CorpusIndex, line: string): WordBoundaries {
  const separators = index.segmenter.separators?.();
  if (!separators) {
    const whole = boundariesOf(index, line);
    return { at: (offset) => whole[offset] === 1 };
  }
  return {
    at(offset) {
      if (offset <= 0 || offset >= line.length) return true;
      // A separator is a token of its own: a boundary lies before and after it.
      if (separators.has(line[offset]) || separators.has(line[offset - 1])) return true;
      let from = offset - 1;
      while (from > 0 && !separators.has(line[from - 1])) from--;
      let to = offset;
      while (to < line.length && !separators.has(line[to])) to++;
      return boundariesOf(index, line.slice(from, to))[offset - from] === 1;
    },
  };
}

/** Boundaries of a text segmented whole: `boundaries[i]` is 1 before character i (and at 0 and the end). */
function boundariesOf(index: CorpusIndex, text: string): Uint8Array {
  return index.derived.get(BOUNDARIES).get(text, (own) => {
    const boundaries = new Uint8Array(own.length + 1);
    boundaries[0] = 1;
    boundaries[own.length] = 1;
    let at = 0;
    for (const word of index.segmenter.segment(own)) {
      at += word.length;
      if (at <= own.length) boundaries[at] = 1;
    }
    // A segmenter that did not give the whole text back cannot be trusted on it: every place is a boundary.
    if (at !== own.length) boundaries.fill(1);
    return boundaries;
  });
}
