// A name's mentions as a stored index holds them (indexFile.ts): JSON of the frame's strings, each once,
// and eight numbers a mention (its name, kind, document and written form as places among those strings,
// then its range). v8.serialize gave each name's mentions a buffer of their own outside the heap — about
// 30 MB above the settled heap while 1,000 documents were stored, let go only by a later collection —
// and repeated every string in every mention: the frames were 51 MB, a fifth of what they are now.
import type { Mention, NameKind } from '../service/model.js';

/** A mention's numbers: name, kind, document, written form (places among the strings), then its range. */
const NUMBERS = 8;

interface Frame {
  /** The strings the mentions use, each once. */
  readonly s: string[];
  /** NUMBERS numbers a mention. */
  readonly m: number[];
}

/** The frame's JSON text (written by the caller, through a buffer of its own). */
export function encodeMentions(mentions: readonly Mention[]): string {
  const strings: string[] = [];
  const places = new Map<string, number>();
  const place = (text: string) => {
    let at = places.get(text);
    if (at === undefined) {
      at = strings.push(text) - 1;
      places.set(text, at);
    }
    return at;
  };
  const numbers: number[] = [];
  for (const { name, kind, docId, written, range } of mentions)
    numbers.push(
      place(name),
      place(kind),
      place(docId),
      place(written),
      range.start.line,
      range.start.character,
      range.end.line,
      range.end.character,
    );
  return JSON.stringify({ s: strings, m: numbers } satisfies Frame);
}

/** The mentions a frame holds, as the index made them. Throws on a frame that is not one. */
export function decodeMentions(text: string): Mention[] {
  const { s: strings, m: numbers } = JSON.parse(text) as Frame;
  if (!Array.isArray(strings) || !Array.isArray(numbers) || numbers.length % NUMBERS !== 0)
    throw new Error('a mentions frame that is not one');
  const string = (at: number) => {
    const value = strings[at];
    if (typeof value !== 'string') throw new Error('a mentions frame that is not one');
    return value;
  };
  const mentions: Mention[] = [];
  for (let i = 0; i < numbers.length; i += NUMBERS)
    // The fields in the order the index gives them (corpusIndex.ts, indexMentionsOf).
    mentions.push({
      name: string(numbers[i]),
      kind: string(numbers[i + 1]) as NameKind,
      docId: string(numbers[i + 2]),
      written: string(numbers[i + 3]),
      range: {
        start: { line: numbers[i + 4], character: numbers[i + 5] },
        end: { line: numbers[i + 6], character: numbers[i + 7] },
      },
    });
  return mentions;
}
