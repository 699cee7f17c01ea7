// Where to pump a pattern: for each of its unbounded quantifiers (`*`, `+`, `{n,}`), the shortest text
// that leads the pattern up to it and one text that quantifier repeats. A quantifier that backtracks
// against its neighbour only shows it once the pattern has got that far: `第\s*\d*\s*章` needs the 第.
// A small reading of the pattern's own syntax, not a full regex parser: anything it cannot read ends
// the lead there (the general runs in regexLinearity.test.ts still cover it).

export interface Pump {
  /** Text that takes the pattern to the quantifier. */
  readonly lead: string;
  /** Text the quantified part matches once. */
  readonly unit: string;
}

interface Sequence {
  /** Text the sequence matches (undefined when this reading cannot tell). */
  readonly sample: string | undefined;
  readonly pumps: Pump[];
}

const CANDIDATES = [
  '中',
  'a',
  '1',
  ' ',
  '“',
  '”',
  '"',
  '.',
  '-',
  '|',
  '，',
  '、',
  '（',
  '）',
  '#',
  '*',
  '\u3000',
  '\t',
  'x',
];

export function pumpsOf(source: string, flags: string): Pump[] {
  const unicode = flags.includes('u') || flags.includes('v') ? 'u' : '';
  const seen = new Set<string>();
  return sequence(source, 0, source.length, '', unicode).pumps.filter((pump) => {
    const key = `${pump.lead}\u0000${pump.unit}`;
    if (seen.has(key) || pump.unit === '') return false;
    seen.add(key);
    return true;
  });
}

/** Alternatives `a|b|c` between from and to, each read on from `lead`. */
function sequence(source: string, from: number, to: number, lead: string, unicode: string): Sequence {
  const pumps: Pump[] = [];
  let first: string | undefined;
  let index = 0;
  for (const [start, end] of topLevel(source, from, to, '|')) {
    const alternative = atoms(source, start, end, lead, unicode);
    pumps.push(...alternative.pumps);
    if (index++ === 0) first = alternative.sample;
  }
  return { sample: first, pumps };
}

function atoms(source: string, from: number, to: number, lead: string, unicode: string): Sequence {
  const pumps: Pump[] = [];
  let text: string | undefined = lead;
  let i = from;
  while (i < to && text !== undefined) {
    const [sample, inner, next] = atom(source, i, to, text, unicode);
    pumps.push(...inner);
    const [min, max, after] = quantifier(source, next);
    if (sample !== undefined && max === Infinity) pumps.push({ lead: text, unit: sample });
    text = sample === undefined ? undefined : text + sample.repeat(min);
    i = after;
  }
  return { sample: text?.slice(lead.length), pumps };
}

/** One atom at i: [a text it matches, pumps inside it, the index after it]. */
function atom(
  source: string,
  i: number,
  to: number,
  lead: string,
  unicode: string,
): [string | undefined, Pump[], number] {
  const c = source[i];
  if (c === '^' || c === '$') return ['', [], i + 1];
  if (c === '.') return ['a', [], i + 1];
  if (c === '\\') return escape(source, i);
  if (c === '[') {
    const end = classEnd(source, i);
    return [classSample(source.slice(i, end), unicode), [], end];
  }
  if (c === '(') {
    const end = groupEnd(source, i, to);
    if (/^\(\?<?[=!]/.test(source.slice(i, i + 4))) return ['', [], end];
    const open = /^\(\?(?::|<[A-Za-z_$][\w$]*>)/.exec(source.slice(i))?.[0].length ?? 1;
    const inner = sequence(source, i + open, end - 1, lead, unicode);
    return [inner.sample, inner.pumps, end];
  }
  return [c, [], i + 1];
}

function escape(source: string, i: number): [string | undefined, Pump[], number] {
  const e = source[i + 1];
  const classes: Record<string, string> = { d: '1', D: 'a', s: ' ', S: 'a', w: 'a', W: ' ' };
  if (e in classes) return [classes[e], [], i + 2];
  if (e === 'b' || e === 'B') return ['', [], i + 2];
  if (e === 'u' && source[i + 2] === '{') {
    const end = source.indexOf('}', i);
    return [String.fromCodePoint(parseInt(source.slice(i + 3, end), 16)), [], end + 1];
  }
  if (e === 'u') return [String.fromCharCode(parseInt(source.slice(i + 2, i + 6), 16)), [], i + 6];
  if (e === 'x') return [String.fromCharCode(parseInt(source.slice(i + 2, i + 4), 16)), [], i + 4];
  const controls: Record<string, string> = { n: '\n', r: '\r', t: '\t', f: '\f', v: '\v', '0': '\0' };
  if (e in controls) return [controls[e], [], i + 2];
  if (/[1-9k]/.test(e)) return [undefined, [], i + 2]; // a back-reference: its text depends on the match
  return [e, [], i + 2];
}

/** [min, max, index after] of the quantifier at i (1, 1 if none); a lazy `?` after it is skipped. */
function quantifier(source: string, i: number): [number, number, number] {
  const c = source[i];
  let result: [number, number, number] = [1, 1, i];
  if (c === '*') result = [0, Infinity, i + 1];
  else if (c === '+') result = [1, Infinity, i + 1];
  else if (c === '?') result = [0, 1, i + 1];
  else if (c === '{') {
    const m = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(i));
    if (m) {
      const min = Number(m[1]);
      const max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
      result = [min, max, i + m[0].length];
    }
  }
  if (result[2] !== i && source[result[2]] === '?') result[2]++;
  return result;
}

function classEnd(source: string, i: number): number {
  let j = i + 1;
  if (source[j] === '^') j++;
  if (source[j] === ']') j++;
  for (; j < source.length && source[j] !== ']'; j++) if (source[j] === '\\') j++;
  return j + 1;
}

/** A character the class matches: its first member if plain, else the first candidate it accepts. */
function classSample(cls: string, unicode: string): string | undefined {
  const re = new RegExp(`^${cls}$`, unicode);
  const first = cls[1] !== '^' && cls[1] !== '\\' ? cls[1] : undefined;
  return [first, ...CANDIDATES].find((c) => c !== undefined && re.test(c));
}

function groupEnd(source: string, i: number, to: number): number {
  let depth = 0;
  for (let j = i; j < to; j++) {
    const c = source[j];
    if (c === '\\') j++;
    else if (c === '[') j = classEnd(source, j) - 1;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return j + 1;
  }
  return to;
}

/** The spans between top-level `separator`s in [from, to). */
function topLevel(source: string, from: number, to: number, separator: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let start = from;
  for (let j = from; j < to; j++) {
    const c = source[j];
    if (c === '\\') j++;
    else if (c === '[') j = classEnd(source, j) - 1;
    else if (c === '(') j = groupEnd(source, j, to) - 1;
    else if (c === separator) {
      spans.push([start, j]);
      start = j + 1;
    }
  }
  spans.push([start, to]);
  return spans;
}
