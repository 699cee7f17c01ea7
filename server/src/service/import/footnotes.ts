import type { ImportWarning } from '../messages/import.js';
import type { Unit } from './sourceText.js';

const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';

/**
 * A footnote as printed at the bottom of a page: the mark, then its text. The mark is the whole run of
 * superscript digits, or all but its last digit when nothing else follows (¹² is note ¹ reading ²):
 * the run is taken at once (group 2, matched again by \2, cannot be given back) rather than digit by
 * digit, each time rescanning the line. Group 1 is the mark, group 3 the text.
 */
const DEFINITION = new RegExp(
  `^((?=([${SUPERSCRIPT_DIGITS}]+))\\2(?=\\s*\\S)|(?=.*$)[${SUPERSCRIPT_DIGITS}]+(?=[${SUPERSCRIPT_DIGITS}])|[${CIRCLED}])\\s*(\\S.*)$`,
);

export interface FootnoteResult {
  readonly units: Unit[];
  readonly warnings: ImportWarning[];
}

/**
 * Turns printed footnotes into Markdown footnotes: the mark in the text becomes [^n] and the note
 * at the page bottom becomes `[^n]: text`. A note belongs to the nearest mark above it, because a
 * PDF prints each note on the page of its mark. Marks without a note (① used to enumerate) stay.
 */
export function convertFootnotes(units: readonly Unit[]): FootnoteResult {
  const out: Unit[] = [...units];
  const warnings: ImportWarning[] = [];
  const used = new Set<string>();
  out.forEach((unit, index) => {
    if (unit.kind !== 'text') return;
    const match = DEFINITION.exec(unit.text);
    if (!match) return;
    const mark = match[1];
    const at = findMark(out, index, mark);
    if (!at) {
      // Circled numbers at a line start are usually an enumeration; only superscripts are surely notes.
      if (CIRCLED.includes(mark)) return;
      warnings.push({ kind: 'footnote-without-mark', mark });
      return;
    }
    const label = uniqueLabel(valueOf(mark), used);
    out[at.unit] = {
      kind: 'text',
      text: at.text.slice(0, at.offset) + `[^${label}]` + at.text.slice(at.offset + mark.length),
    };
    out[index] = { kind: 'footnote', label, text: match[3].trim() };
  });
  return { units: out, warnings };
}

/** The last occurrence of the mark above the note, not part of a longer mark (¹ in ¹⁰). */
function findMark(
  units: readonly Unit[],
  before: number,
  mark: string,
): { unit: number; offset: number; text: string } | undefined {
  const family = SUPERSCRIPT_DIGITS.includes(mark[0]) ? SUPERSCRIPT_DIGITS : '';
  for (let index = before - 1; index >= 0; index--) {
    const unit = units[index];
    if (unit.kind !== 'text' || DEFINITION.test(unit.text)) continue;
    let offset = unit.text.lastIndexOf(mark);
    while (offset >= 0) {
      const isDigit = (ch: string | undefined) => ch !== undefined && family.includes(ch);
      const standalone = !family || (!isDigit(unit.text[offset - 1]) && !isDigit(unit.text[offset + mark.length]));
      // A mark opening a line is an enumerator (① first point), not a reference.
      if (standalone && offset > 0) return { unit: index, offset, text: unit.text };
      offset = offset > 0 ? unit.text.lastIndexOf(mark, offset - 1) : -1;
    }
  }
  return undefined;
}

function valueOf(mark: string): number {
  const circled = CIRCLED.indexOf(mark);
  if (circled >= 0) return circled + 1;
  return Number([...mark].map((ch) => SUPERSCRIPT_DIGITS.indexOf(ch)).join(''));
}

/** Pages often restart their notes at 1; a repeated number gets a suffix so labels stay unique. */
function uniqueLabel(value: number, used: Set<string>): string {
  let label = String(value);
  for (let n = 2; used.has(label); n++) label = `${value}-${n}`;
  used.add(label);
  return label;
}
