// How often a draft writes a text, for settling its near misses (written once while the draft writes the
// name elsewhere): each text is counted once per check, and what one check of a draft counted is carried
// to the next check of the same draft, where only the lines that changed are searched again. An edit to a
// 100 KB draft had searched the whole text once per candidate's name and spelling (a twentieth of the edit).
//
// Carrying is exact: a counted text never holds a line break, so the draft's count is the sum of its lines'
// counts (the search never matches across lines), and the lines before and after the change are the same
// strings in both versions.
import type { DraftDocument } from '../../features/documentText.js';
import type { DerivedKey } from '../../index/derivedCache.js';
import type { LineIndex } from '../../text/lineIndex.js';

/** What one check of a draft counted, with the lines it counted in. */
interface Counted {
  readonly lines: LineIndex;
  readonly counts: Map<string, number>;
  readonly written: Map<string, boolean>;
}

/**
 * Drafts whose counts are kept, each with its last version's line index: the few being edited (the CLI's
 * thousands of drafts pass through, never carried).
 */
const KEPT_DRAFTS = 8;

/** The last check's counts per draft (by uri), per index: the index's own names decide what is counted. */
export const DRAFT_COUNTS: DerivedKey<Map<string, Counted>> = {
  name: 'draft counts per draft',
  build: () => new Map(),
};

export class DraftCounts {
  private constructor(
    private readonly text: string,
    private readonly counts: Map<string, number>,
    /**
     * Whether the draft writes a text, for texts not counted: a name the draft does not write is looked
     * for through all of it, so once per check is enough.
     */
    private readonly written: Map<string, boolean>,
  ) {}

  /** Counts for a draft, carried from its last check in `kept` when there was one. */
  static of(kept: Map<string, Counted>, draft: DraftDocument): DraftCounts {
    const counted: Counted = { lines: draft.lines, counts: new Map(), written: new Map() };
    const previous = kept.get(draft.uri);
    if (previous) carry(previous, counted);
    // The most recent last: the first is the one checked longest ago.
    kept.delete(draft.uri);
    kept.set(draft.uri, counted);
    if (kept.size > KEPT_DRAFTS) kept.delete(kept.keys().next().value!);
    return new DraftCounts(draft.text, counted.counts, counted.written);
  }

  has(needle: string): boolean {
    const known = this.counts.get(needle);
    if (known !== undefined) return known > 0;
    let found = this.written.get(needle);
    if (found === undefined) this.written.set(needle, (found = this.text.includes(needle)));
    return found;
  }

  count(needle: string): number {
    let count = this.counts.get(needle);
    if (count === undefined) this.counts.set(needle, (count = countOccurrences(this.text, needle)));
    return count;
  }
}

/** The previous check's answers, made this version's by searching only the lines between the two versions' common ends. */
function carry(previous: Counted, into: Counted): void {
  const before = previous.lines;
  const after = into.lines;
  const shorter = Math.min(before.lineCount, after.lineCount);
  let head = 0;
  while (head < shorter && before.lineText(head) === after.lineText(head)) head++;
  let tail = 0;
  while (
    tail < shorter - head &&
    before.lineText(before.lineCount - 1 - tail) === after.lineText(after.lineCount - 1 - tail)
  )
    tail++;
  const linesOf = (lines: LineIndex, from: number, to: number) =>
    Array.from({ length: to - from }, (_, i) => lines.lineText(from + i));
  const removed = linesOf(before, head, before.lineCount - tail);
  const added = linesOf(after, head, after.lineCount - tail);
  // A draft rewritten more than half is counted afresh: carrying would search as much.
  if (removed.length + added.length > after.lineCount / 2) return;
  const carried = (needle: string) => !needle.includes('\n') && !needle.includes('\r');
  for (const [needle, count] of previous.counts)
    if (carried(needle)) into.counts.set(needle, count - countIn(removed, needle) + countIn(added, needle));
  for (const [needle, was] of previous.written) {
    if (!carried(needle)) continue;
    if (!was)
      into.written.set(
        needle,
        added.some((line) => line.includes(needle)),
      );
    // Written before and not in a line that went: written still. Otherwise it is asked again.
    else if (!removed.some((line) => line.includes(needle))) into.written.set(needle, true);
  }
}

function countIn(lines: readonly string[], needle: string): number {
  let count = 0;
  for (const line of lines) count += countOccurrences(line, needle);
  return count;
}

export function countOccurrences(text: string, needle: string): number {
  let count = 0;
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length)) count++;
  return count;
}
