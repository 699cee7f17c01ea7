// Every regular expression in server/src runs in time linear in its input, whatever the input. A draft
// line is whatever a user pastes: 20,000 blanks before a figure, a run of quotes, a table rule of dashes.
// A pattern whose quantifiers can share characters backtracks over such a run from every start position
// — seconds per line, the server blocked (issue 11, defect 5). The patterns are collected from the source
// (collectRegExps.ts), not listed, so a new one is checked the day it is written.
//
// Each pattern runs as the code runs it: exec once (test, match, search and exec scan from every start
// until a match), or replace-all for /g (exec in a loop, matchAll). Every pattern meets the core inputs
// (runs, each before a character nothing expects) at 100k characters. A pattern with an unbounded
// quantifier (`*`, `+`, `{n,}`) meets them, and lines of them, at 1k, 10k and 100k; and more runs and its
// own pumps (attackStrings.ts) at 1k and 10k, and at 100k where its time grows faster than the input from
// 1k to 10k. A pattern without one spends at most a fixed number of steps per start position.
//
// Super-linear: 100k over 200 ms, or over 50 times the 10k time, best of three of each. Linear measures
// 10 to 30 (the 100k input and the strings a replace builds leave the processor's caches), quadratic 100.
// A busy machine slows both sizes alike, so the ratio holds where the absolute bound would not.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import ts from 'typescript';
import { PROVINCES } from '../../../server/src/service/language/provinces.js';
import { collectRegExps, type CollectedRegExp, type StandIn } from './collectRegExps.js';
import { pumpsOf } from './attackStrings.js';

const SOURCE_ROOT = join(__dirname, '..', '..', '..', 'server', 'src');
const ABSOLUTE_MS = 200;
const MAX_RATIO = 50;
/** Under this a 100k run is plainly linear and not measured again. */
const CLEARLY_FAST_MS = 15;
/**
 * Runs this slow at 1k or 10k characters are worse than linear already, and the larger runs would take
 * seconds or hours (cubic), so they are not made.
 */
const HOPELESS_MS = [
  [1_000, 20],
  [10_000, 60],
] as const;

/** What a draft is made of, repeated: blanks of every width, quotes, table marks, figures, prose. */
const CORE_UNITS = [' ', '\u3000', '\t', '“', '”', '"', 'a', '7', '中', '|', '-', '.', '，', '、', '0.', '20', 'a '];
const MORE_UNITS = ['年', '1 ', '中 ', ' \u3000', '1,', '１', '%', '（', '#', '*', '—', '。', '：'];

/**
 * The run-time parts of the patterns built from data, and why a constant stands for each. A pattern
 * with a run-time part not listed here fails the test: say where its text comes from, or build it
 * from constants.
 */
const standIn: StandIn = (node) => {
  // escapeRegExp() makes a word match only itself; the words are brand prefixes and abbreviations.
  if (ts.isCallExpression(node) && node.expression.getText() === 'escapeRegExp') return '粤';
  // A draft's year, a four-digit number.
  if (ts.isIdentifier(node) && node.text === 'year' && node.getSourceFile().fileName.endsWith('draftFacts.ts'))
    return '2025';
  // The provinces' names: the real list.
  if (node.getText() === "PROVINCES.flatMap((p) => [p.name, p.short]).join('|')")
    return PROVINCES.flatMap((p) => [p.name, p.short]).join('|');
  return undefined;
};

interface Attack {
  readonly name: string;
  readonly text: (size: number) => string;
}

const repeatTo = (unit: string, size: number) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);

const cache = new Map<string, string>();
function cached(key: string, make: () => string): string {
  let text = cache.get(key);
  if (text === undefined) cache.set(key, (text = make()));
  return text;
}

const quote = (unit: string) => JSON.stringify(unit);
const failing = (unit: string): Attack => ({
  name: `${quote(unit)}×n + "\\u0000"`,
  text: (n) => cached(`f${unit}${n}`, () => repeatTo(unit, n - 1) + '\u0000'),
});
const lines = (unit: string): Attack => ({
  name: `(${quote(unit)}×99 + "\\n")×n/100`,
  text: (n) => cached(`l${unit}${n}`, () => (repeatTo(unit, 99) + '\n').repeat(n / 100)),
});
const alone = (unit: string): Attack => ({ name: `${quote(unit)}×n`, text: (n) => repeatTo(unit, n) });

/** Every pattern, at 100k: each run before a character nothing expects. */
const CORE = CORE_UNITS.map(failing);
/** Patterns with an unbounded quantifier, at 100k too: the runs as lines. */
const CORE_LINES = CORE_UNITS.map(lines);
/** Patterns with an unbounded quantifier, at 10k: the runs alone (a match may reach the end), more units. */
const MORE = [...CORE_UNITS.map(alone), ...MORE_UNITS.flatMap((unit) => [failing(unit), lines(unit), alone(unit)])];

/** The pattern's own: the text that reaches each unbounded quantifier, then what it repeats, then a stop. */
function pumpAttacks(pattern: CollectedRegExp): Attack[] {
  return pumpsOf(pattern.source, pattern.flags).flatMap(({ lead, unit }) =>
    ['', '\u0000', '\n'].map((end) => ({
      name: `${quote(lead)} + ${quote(unit)}×n + ${quote(end)}`,
      text: (n: number) => lead + repeatTo(unit, n - lead.length - end.length) + end,
    })),
  );
}

/** `*`, `+` or `{n,}` outside a character class: a part that may repeat as long as the input. */
function hasUnboundedQuantifier(source: string): boolean {
  const outsideClasses = source.replace(/\\./g, '').replace(/\[[^\]]*\]/g, '');
  return /[*+]|\{\d+,\}/.test(outsideClasses);
}

/**
 * /g runs through every match (exec in a loop, matchAll, replace). A sticky pattern is a scanner's: the
 * loop tries it at every position, as a global one without /y does.
 */
function asTheCodeRunsIt(pattern: CollectedRegExp): RegExp {
  const sticky = pattern.flags.includes('y');
  const flags = sticky ? pattern.flags.replace('y', '').replace('g', '') + 'g' : pattern.flags;
  return new RegExp(pattern.source, flags);
}

function timeOf(re: RegExp, text: string): number {
  const start = performance.now();
  if (re.global) text.replace(re, '');
  else re.exec(text);
  return performance.now() - start;
}

const bestOf3 = (re: RegExp, text: string) => Math.min(timeOf(re, text), timeOf(re, text), timeOf(re, text));

/**
 * How far an attack goes. `bounded`: a pattern with no unbounded quantifier, which spends at most a
 * fixed number of steps per start position; one run at 100k shows it. `core`: 1k, 10k and 100k.
 * `further`: 1k and 10k, then 100k only where the time grows faster than the input.
 */
type Depth = 'bounded' | 'core' | 'further';

/** Why the pattern is super-linear on this attack, or undefined. */
function superLinear(re: RegExp, attack: Attack, depth: Depth): string | undefined {
  if (depth === 'bounded') {
    const large = attack.text(100_000);
    const best100 = timeOf(re, large) > ABSOLUTE_MS ? bestOf3(re, large) : 0;
    return best100 > ABSOLUTE_MS ? `${best100.toFixed(1)} ms at 100k` : undefined;
  }
  const texts: string[] = [];
  const once: number[] = [];
  for (const [size, hopeless] of HOPELESS_MS) {
    const text = attack.text(size);
    const ms = timeOf(re, text);
    if (ms > hopeless && bestOf3(re, text) > hopeless) return `${ms.toFixed(0)} ms at ${size} characters already`;
    texts.push(text);
    once.push(ms);
  }
  // From 1k to 10k a linear time grows ten times. A single run may meet a garbage collection, and under
  // a third of a millisecond the clock cannot tell, hence best of three before going on to 100k.
  const growing = (t1: number, t10: number) => t10 > 0.3 && t10 > 20 * t1;
  if (depth === 'further' && !(growing(once[0], once[1]) && growing(bestOf3(re, texts[0]), bestOf3(re, texts[1]))))
    return undefined;
  // A pattern quadratic in the number of lines, each cheap, takes a few milliseconds at 100k characters
  // and seconds at a few million: the growth from 10k says it.
  const large = attack.text(100_000);
  const once100 = timeOf(re, large);
  if (once100 < CLEARLY_FAST_MS && !(once100 > 2 && once100 > 20 * once[1])) return undefined;
  const best10 = bestOf3(re, texts[1]);
  const best100 = bestOf3(re, large);
  const ratio = best100 / Math.max(best10, 0.01);
  if (best100 > ABSOLUTE_MS || ratio > MAX_RATIO)
    return `${best10.toFixed(1)} ms at 10k, ${best100.toFixed(1)} ms at 100k (×${ratio.toFixed(0)})`;
  return undefined;
}

test('every regular expression in server/src is linear on adversarial 100k-character inputs', (t) => {
  const { patterns, dynamic } = collectRegExps(SOURCE_ROOT, standIn);
  const withStandIns = patterns.filter((p) => p.standIns.length > 0);
  t.diagnostic(
    `${patterns.length} patterns collected, ${withStandIns.length} of them with stand-ins for run-time parts:`,
  );
  for (const p of withStandIns) t.diagnostic(`  ${p.where}: ${p.standIns.join(', ')}`);
  for (const d of dynamic) t.diagnostic(`not checked: ${d.where} (${d.unknown} is only known at run time)`);
  assert.deepEqual(
    dynamic.map((d) => `${d.where}: ${d.unknown}`),
    [],
    'a pattern built at run time: give its run-time part a stand-in above, with the reason',
  );
  assert.ok(
    patterns.length > 400,
    `only ${patterns.length} patterns found: is the collector still reading server/src?`,
  );

  // The same pattern in several places (\s+ alone is in dozens) is timed once.
  const places = new Map<string, CollectedRegExp[]>();
  for (const p of patterns) places.set(`${p.flags}/${p.source}`, [...(places.get(`${p.flags}/${p.source}`) ?? []), p]);
  const failures: string[] = [];
  let unbounded = 0;
  let runs = 0;
  for (const [pattern, ...others] of places.values()) {
    const re = asTheCodeRunsIt(pattern);
    const attacks: Array<[Attack, Depth]> = [];
    if (hasUnboundedQuantifier(pattern.source)) {
      unbounded++;
      attacks.push(...[...CORE, ...CORE_LINES].map((attack): [Attack, Depth] => [attack, 'core']));
      attacks.push(...[...MORE, ...pumpAttacks(pattern)].map((attack): [Attack, Depth] => [attack, 'further']));
    } else {
      attacks.push(...CORE.map((attack): [Attack, Depth] => [attack, 'bounded']));
    }
    for (const [attack, depth] of attacks) {
      runs++;
      const why = superLinear(re, attack, depth);
      if (why) {
        const where = [pattern, ...others].map((p) => p.where).join(', ');
        failures.push(`${where} /${pattern.source}/${pattern.flags} on ${attack.name}: ${why}`);
        break; // one input shows it, and the others may be as slow
      }
    }
  }
  t.diagnostic(
    `${places.size} distinct patterns, ${runs} pattern × input pairs. Every pattern: ${CORE.length} inputs at ` +
      `100k characters. The ${unbounded} ` +
      `with an unbounded quantifier also: those and ${CORE_LINES.length} more at 1k, 10k and 100k; ` +
      `${MORE.length} more and their own pumps at 1k and 10k (and 100k where the time grows faster).`,
  );
  assert.deepEqual(failures, [], `super-linear patterns:\n${failures.join('\n')}`);
});
