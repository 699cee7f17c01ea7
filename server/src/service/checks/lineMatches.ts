import type { CorpusIndex } from '../index/corpusIndex.js';
import { memoKey } from '../index/derivedCache.js';
import type { NameMatch } from '../index/nameMatcher.js';
import type { KnownName } from '../model.js';

/** Known names per line text, per index: no name spans a line, so a line's matches are its own. */
const LINE_MATCHES = memoKey<ReadonlyArray<NameMatch<KnownName>>>('known names per line');

/**
 * The known names of one line (leftmost-longest, offsets in the line), matched once per index and text:
 * the draft's names and the near-miss scan read the same lines.
 */
export function lineMatches(index: CorpusIndex, line: string): ReadonlyArray<NameMatch<KnownName>> {
  return index.derived.get(LINE_MATCHES).get(line, (own) => index.matcher.findAll(own));
}
