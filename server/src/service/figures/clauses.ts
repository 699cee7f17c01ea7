// Sentence and clause boundaries inside a span the caller hands over. Line breaks are not boundaries: in
// imported PDFs they are mostly wraps in the middle of a sentence.

export interface Span {
  readonly start: number;
  readonly end: number;
}

const SENTENCE_END = /[。！？!?]/;
/** Clause ends for tense markers: a 已 in one comma clause does not date the next one. */
const CLAUSE_END = /[，,；;：:。！？!?]/;
/** Where a metric phrase can start: the clause ends plus the enumeration comma of lists (A、B). */
const PHRASE_END = /[，,；;：:。！？!?、]/;

/** Sentences of [from, to), each ending after its 。 (the last one may have none). */
export function sentencesIn(text: string, from: number, to: number): Span[] {
  const spans: Span[] = [];
  let start = from;
  for (let i = from; i < to; i++) {
    if (SENTENCE_END.test(text.charAt(i))) {
      spans.push({ start, end: i + 1 });
      start = i + 1;
    }
  }
  if (start < to && text.slice(start, to).trim()) spans.push({ start, end: to });
  return spans;
}

function lastBefore(text: string, from: number, pos: number, boundary: RegExp): number {
  for (let i = pos - 1; i >= from; i--) if (boundary.test(text.charAt(i))) return i + 1;
  return from;
}

/** Start of the comma clause containing `pos` (not before `from`). */
export function clauseStart(text: string, from: number, pos: number): number {
  return lastBefore(text, from, pos, CLAUSE_END);
}

/** Start of the phrase containing `pos`: like clauseStart, but a list comma 、 also starts a phrase. */
export function phraseStart(text: string, from: number, pos: number): number {
  return lastBefore(text, from, pos, PHRASE_END);
}

/** The sentence containing `pos`. */
export function sentenceAt(sentences: readonly Span[], pos: number): Span | undefined {
  return sentences.find((s) => s.start <= pos && pos < s.end);
}
