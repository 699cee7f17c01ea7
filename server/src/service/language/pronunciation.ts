// How two Chinese characters sound alike. Most slips in typed Chinese come from the pinyin input
// method: the writer types the right syllable and picks the wrong character (粤省市 for 粤省事, both
// shì), or a "fuzzy" syllable the input method accepts for another (zh/z, n/l, an/ang …). A
// substitution between characters that sound alike is therefore far likelier a slip than one between
// characters that do not.
import { READINGS } from './readings.generated.js';
import { FIRST, LAST } from './readingsTable.js';

export type SoundRelation = 'same' | 'near' | 'different';

/** The readings table split into entries, on first use (a few milliseconds, once per process). */
let entries: readonly string[] | undefined;
const readings = new Map<string, readonly string[]>();

/**
 * Every toneless reading of a character (polyphones have several: 行 xing, hang), as pinyin-pro gives
 * them (scripts/generate-readings.ts); a character it knows no reading of is its own reading.
 */
export function readingsOf(ch: string): readonly string[] {
  let found = readings.get(ch);
  if (!found) {
    const code = ch.length === 1 ? ch.charCodeAt(0) : -1;
    if (code >= FIRST && code <= LAST) {
      entries ??= READINGS.split('|');
      const entry = entries[code - FIRST];
      found = entry ? entry.split(',') : [ch];
    } else found = [];
    readings.set(ch, found);
  }
  return found;
}

const INITIALS = [
  'zh',
  'ch',
  'sh',
  'b',
  'p',
  'm',
  'f',
  'd',
  't',
  'n',
  'l',
  'g',
  'k',
  'h',
  'j',
  'q',
  'x',
  'r',
  'z',
  'c',
  's',
  'y',
  'w',
];
const FUZZY_INITIAL: Readonly<Record<string, string>> = { zh: 'z', ch: 'c', sh: 's', n: 'l', f: 'h', r: 'l' };
const FUZZY_FINAL: ReadonlyArray<[RegExp, string]> = [
  [/iang$/, 'ian'],
  [/uang$/, 'uan'],
  [/ang$/, 'an'],
  [/eng$/, 'en'],
  [/ing$/, 'in'],
];

/** A syllable as a fuzzy-pinyin input method hears it: zhi = zi, lan = nan, jing = jin. */
function fuzzy(syllable: string): string {
  const initial = INITIALS.find((i) => syllable.startsWith(i)) ?? '';
  let final = syllable.slice(initial.length);
  for (const [pattern, replacement] of FUZZY_FINAL) {
    if (pattern.test(final)) {
      final = final.replace(pattern, replacement);
      break;
    }
  }
  return (FUZZY_INITIAL[initial] ?? initial) + final;
}

/** The closest relation between any reading of `a` and any reading of `b`, with the syllables. */
export function soundRelation(a: string, b: string): { relation: SoundRelation; syllables?: string } {
  const ra = readingsOf(a);
  const rb = readingsOf(b);
  for (const x of ra) if (rb.includes(x)) return { relation: 'same', syllables: x };
  for (const x of ra) {
    const y = rb.find((candidate) => fuzzy(candidate) === fuzzy(x));
    if (y) return { relation: 'near', syllables: `${x}/${y}` };
  }
  return { relation: 'different' };
}
