// One campaign: every property (or the ones asked for) with its share of the runs, one seed. A failure
// is reported with its shrunk counterexample (its shape here, the whole of it in a file), the seed and
// the path that replay it; the count of cases and the slowest time per character come with the report.
import fc from 'fast-check';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Sizes } from './arbitraries.js';
import { FuzzContext } from './context.js';
import { describeTexts, PROPERTIES, type FuzzProperty } from './properties.js';
import { Timings, TooSlow, type TimeBound } from './timing.js';

export interface CampaignOptions {
  /** Cases of the features property; the others run their weight's share (at least one). */
  readonly runs: number;
  readonly seed?: number;
  /** fast-check's path of a failure, to replay that one case (with --only and --seed). */
  readonly path?: string;
  readonly only?: readonly string[];
  readonly sizes: Sizes;
  readonly bound: TimeBound;
  /** List calls over the time bound at the end instead of failing on the first (to find other faults). */
  readonly reportSlow?: boolean;
  /**
   * A time budget for the whole campaign: each property gets an equal share of what is left and stops
   * at it (a property that ends early leaves its time to the rest).
   */
  readonly minutes?: number;
  /** How long a failure may shrink before its smallest counterexample so far is reported. */
  readonly shrinkBudgetMs?: number;
  readonly log: (line: string) => void;
}

export interface Failure {
  readonly property: string;
  readonly seed: number;
  readonly path: string | null;
  readonly message: string;
  /** The shape of each input text of the counterexample. */
  readonly shapes: readonly string[];
  /** Where the whole counterexample is written (JSON). */
  readonly file: string;
  readonly replay: string;
}

export interface PropertyOutcome {
  readonly name: string;
  readonly cases: number;
  readonly shrinks: number;
  readonly seconds: number;
  /** Stopped at its share of --minutes before its runs were done. */
  readonly interrupted: boolean;
}

export interface CampaignReport {
  readonly seed: number;
  /** Findings the features property saw, per code; edits the fix property's --fix applied. */
  readonly findings: ReadonlyMap<string, number>;
  readonly fixEdits: number;
  readonly cases: number;
  readonly outcomes: readonly PropertyOutcome[];
  readonly failures: readonly Failure[];
  readonly timings: Timings;
}

export const propertyNames = () => PROPERTIES.map((p) => p.name);

export async function runCampaign(options: CampaignOptions): Promise<CampaignReport> {
  const seed = options.seed ?? (Math.random() * 2 ** 31) | 0;
  const timings = new Timings(options.bound, !options.reportSlow);
  let current = '';
  const context = new FuzzContext(options.sizes, timings, options.shrinkBudgetMs ?? 120_000, (cases) =>
    options.log(`  [${current}] ${cases} cases…${slowestLine(timings)}`),
  );
  const outcomes: PropertyOutcome[] = [];
  const failures: Failure[] = [];
  const selected = PROPERTIES.filter((p) => !options.only?.length || options.only.includes(p.name));
  const deadline = options.minutes === undefined ? undefined : performance.now() + options.minutes * 60_000;
  try {
    for (const [i, property] of selected.entries()) {
      current = property.name;
      const share =
        deadline === undefined ? undefined : Math.max(1, (deadline - performance.now()) / (selected.length - i));
      const numRuns = Math.max(1, Math.round(options.runs * property.weight));
      context.startProperty();
      const overBefore = timings.overBound.length;
      const started = performance.now();
      const details = await fc.check(property.build(context), {
        numRuns,
        seed,
        ...(options.path ? { path: options.path } : {}),
        ...(share !== undefined ? { plugins: [fc.interruptAfterTimeLimit(share)] } : {}),
      });
      for (const slow of timings.overBound.slice(overBefore)) Object.assign(slow, { property: property.name });
      const seconds = (performance.now() - started) / 1000;
      outcomes.push({
        name: property.name,
        cases: details.numRuns,
        shrinks: details.numShrinks,
        seconds,
        interrupted: details.interrupted,
      });
      options.log(
        `${property.name}: ${details.numRuns} cases in ${seconds.toFixed(1)} s${details.interrupted ? ' (time share spent)' : ''}${details.failed ? ` — FAILED after ${details.numShrinks} shrinks` : ''}`,
      );
      if (details.failed) failures.push(failureOf(property, details, options));
    }
  } finally {
    context.dispose();
  }
  return {
    seed,
    findings: context.findings,
    fixEdits: context.fixEdits,
    cases: outcomes.reduce((sum, o) => sum + o.cases, 0),
    outcomes,
    failures,
    timings,
  };
}

function failureOf(property: FuzzProperty, details: fc.RunDetails<unknown[]>, options: CampaignOptions): Failure {
  const counterexample = details.counterexample ?? [];
  const error = details.errorInstance;
  const message =
    error instanceof TooSlow ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error);
  const file = join(tmpdir(), `policy-lens-fuzz-${property.name}-${details.seed}.json`);
  writeFileSync(
    file,
    JSON.stringify(
      { property: property.name, seed: details.seed, path: details.counterexamplePath, counterexample },
      null,
      1,
    ),
  );
  const sizes = options.sizes.maxLine > 10_000 ? '' : ' --short';
  return {
    property: property.name,
    seed: details.seed,
    path: details.counterexamplePath,
    message,
    shapes: describeTexts(property.texts(counterexample)),
    file,
    replay: `npm run fuzz -- --only ${property.name} --seed ${details.seed} --runs ${options.runs}${sizes}${details.counterexamplePath ? ` --path ${details.counterexamplePath}` : ''}`,
  };
}

const slowestLine = (timings: Timings) =>
  timings.slowestPerChar
    ? ` slowest ${timings.slowestPerChar.usPerChar.toFixed(2)} µs/char (${timings.slowestPerChar.call})`
    : '';

/** The report as printed: cases, the slowest time per character and call, failures with their replay. */
export function formatReport(report: CampaignReport): string[] {
  const t = report.timings;
  const lines = [
    `seed ${report.seed}: ${report.cases} cases, ${t.calls} timed calls`,
    ...report.outcomes.map(
      (o) =>
        `  ${o.name.padEnd(10)} ${String(o.cases).padStart(7)} cases ${o.seconds.toFixed(1).padStart(7)} s${o.interrupted ? ' (time share spent)' : ''}`,
    ),
  ];
  const codes = [...report.findings].sort((a, b) => b[1] - a[1]);
  lines.push(
    `findings seen: ${codes.map(([code, n]) => `${code} ${n}`).join(', ') || 'none'}; --fix edits applied: ${report.fixEdits}`,
  );
  if (t.slowestPerChar) {
    const s = t.slowestPerChar;
    lines.push(
      `slowest per character: ${s.usPerChar.toFixed(2)} µs/char — ${s.call} on ${s.chars} characters in ${Math.round(s.ms)} ms`,
    );
  }
  if (t.slowest)
    lines.push(`slowest call: ${t.slowest.call}, ${Math.round(t.slowest.ms)} ms on ${t.slowest.chars} characters`);
  lines.push(
    `time bound: ${t.bound.constantMs} ms + ${t.bound.msPerKiloChar} ms per 1,000 characters${t.failOnSlow ? '' : ' (reported, not failed)'}`,
  );
  for (const slow of t.overBound)
    lines.push(
      `OVER BOUND [${(slow as { property?: string }).property ?? '?'}] ${slow.message}${slow.shape ? `\n    ${slow.shape}` : ''}`,
    );
  for (const failure of report.failures) {
    lines.push(
      '',
      `FAILED ${failure.property} (seed ${failure.seed}, path ${failure.path})`,
      ...failure.message
        .split('\n')
        .slice(0, 12)
        .map((l) => `  ${clip(l)}`),
      'counterexample (shrunk):',
      ...failure.shapes.map((s) => `  ${s}`),
      `  whole: ${failure.file}`,
      `replay: ${failure.replay}`,
    );
  }
  return lines;
}

/** A line of the report at most 400 characters (an error may quote a 50,000-character input). */
const clip = (line: string) => (line.length > 400 ? `${line.slice(0, 400)}… (${line.length} characters)` : line);

/** Lone surrogates (generated, or a line clipped inside a pair) written as escapes: the report stays UTF-8. */
export const printable = (line: string) =>
  line.replace(
    /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16)}`,
  );
