// One string per distinct line of the drafts checked: a draft's line index hands out these strings, and
// the per-line memos keep them as their keys. A memo hit then finds its key by identity; a line cut anew
// from each version of a draft would be compared with the key character by character, in every one of
// the dozen memos a check asks for each line (the lookups were an eighth of an edit's check on a 100 KB
// draft; with these strings, and the figures' memo keyed apart, a little less).
//
// The strings are detached copies (text/detached.ts): the table holds no draft's text alive. It is
// bounded and cleared when full, like the memos; a line whose string is not the table's any more is
// still found in a memo, by its characters.
import { detached } from './detached.js';

const CAPACITY = 50_000;
const table = new Map<string, string>();

/** The one string kept for this line's text (the text itself, detached, when it is new). */
export function canonicalLine(text: string): string {
  let own = table.get(text);
  if (own === undefined) {
    if (table.size >= CAPACITY) table.clear();
    own = detached(text);
    table.set(own, own);
  }
  return own;
}

/**
 * The string a memo keeps for a key: the key itself when it is a line's canonical string (found again by
 * identity), else a detached copy.
 */
export function memoKeyOf(text: string): string {
  return table.get(text) === text ? text : detached(text);
}
