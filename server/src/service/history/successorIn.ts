// Where a name went: the first later document of its jurisdiction that writes a successor form of it — a
// known name of successor shape it uses, or a form found in its text (usage replacements, nameHistory.ts).
import type { CorpusIndex, IndexedDocument } from '../index/corpusIndex.js';
import type { KnownName, Range } from '../model.js';
import { nameKey } from '../text/normalize.js';
import { successorShape, type SuccessorShape } from './successorForms.js';

/** The position of the first document dated after `date` in a list sorted by date. */
export function firstAfter(documents: readonly IndexedDocument[], date: string): number {
  let [low, high] = [0, documents.length];
  while (low < high) {
    const mid = (low + high) >> 1;
    if (documents[mid].meta.date > date) high = mid;
    else low = mid + 1;
  }
  return low;
}

export interface Successor {
  readonly form: string;
  readonly shape: SuccessorShape;
  readonly document: IndexedDocument;
  readonly sentence: string;
  readonly range: Range;
}

/** The first later document that writes a successor form of the name (known, or found in its text). */
export function successorIn(
  index: CorpusIndex,
  name: KnownName,
  later: readonly IndexedDocument[],
  successors: readonly KnownName[],
  namesUsedIn: ReadonlyMap<string, ReadonlySet<KnownName>>,
): Successor | undefined {
  const old = name.name.replace(/[“”]/g, '');
  for (const document of later) {
    // A known name of successor shape used in this document (the first in the names' order).
    const used = namesUsedIn.get(document.meta.id);
    for (const other of used ? successors : []) {
      if (!used!.has(other)) continue;
      const mention = index.mentionsOf(other).find((m) => m.docId === document.meta.id)!;
      const shape = successorShape(old, other.name, name.kind)!;
      return { form: other.name, shape, document, sentence: lineOf(document, mention.range), range: mention.range };
    }
    // A form in the text that no name collected: the stem, then up to four characters, then a head.
    const found = formInText(document, old, name);
    if (found) return found;
  }
  return undefined;
}

/**
 * Names longer than this are not looked for in other forms: a renaming is told of titles and bodies, not
 * of a pasted paragraph in a title field — and each place its stem occurs would cost its whole length.
 */
const MAX_RENAMED_LENGTH = 100;

function formInText(document: IndexedDocument, old: string, name: KnownName): Successor | undefined {
  if (old.length < 6 || old.length > MAX_RENAMED_LENGTH) return undefined;
  if (name.kind !== 'document' && name.kind !== 'agency') return undefined;
  const stem = old.slice(0, Math.min(6, old.length - 2));
  const text = document.text;
  for (let at = text.indexOf(stem); at >= 0; at = text.indexOf(stem, at + 1)) {
    for (let length = Math.max(3, old.length - 4); length <= old.length + 4; length++) {
      const form = text.slice(at, at + length);
      if (!/^[\u4e00-\u9fff]+$/.test(form) || nameKey(form) === nameKey(old)) continue;
      const shape = successorShape(old, form, name.kind);
      if (!shape) continue;
      const range = document.lines.rangeOf(at, at + length);
      return { form, shape, document, sentence: lineOf(document, range), range };
    }
  }
  return undefined;
}

/** The sentence around a range (its line cut at 。！？；). */
function lineOf(document: IndexedDocument, range: Range): string {
  const line = document.lines.lineText(range.start.line);
  const at = range.start.character;
  const start = Math.max(...['。', '！', '？', '；'].map((p) => line.lastIndexOf(p, at - 1))) + 1;
  const stops = ['。', '！', '？', '；'].map((p) => line.indexOf(p, at)).filter((i) => i >= 0);
  const end = stops.length ? Math.min(...stops) + 1 : line.length;
  const text = line.slice(start, end).trim();
  return text.length > 120 ? `${text.slice(0, 120)}…` : text;
}
