// `npm run bench`: runs the benchmark sections and prints their figures next to the targets. It never
// fails on a missed target: timing belongs in a report, not in a test that flakes on a busy machine.
//
//   node bench/run.mjs bench/bench.ts [--only <section>[,<section>]] [--list]   (npm run bench -- …)
//
// Prints the report to stdout, progress to stderr, and writes bench/.generated/last-run.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { formatSection, meetsTarget, type Row, type Section, type SectionContext } from './report.js';
import { SECTIONS } from './sections/index.js';

interface SectionResult {
  readonly name: string;
  readonly title: string;
  readonly durationMs: number;
  readonly rows: readonly Row[];
  readonly error?: string;
}

const USAGE = 'usage: node bench/run.mjs bench/bench.ts [--only <section>[,<section>]] [--list]';

function parseArgs(argv: readonly string[]): { only: string[]; list: boolean } | string {
  const only: string[] = [];
  let list = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--list') list = true;
    else if (arg === '--only' && i + 1 < argv.length) only.push(...argv[++i].split(','));
    else if (arg.startsWith('--only=')) only.push(...arg.slice('--only='.length).split(','));
    else return arg === '--help' || arg === '-h' ? USAGE : `unknown argument ${arg}\n${USAGE}`;
  }
  return { only: only.filter(Boolean), list };
}

function selectSections(only: readonly string[]): Section[] | string {
  if (only.length === 0) return SECTIONS.filter((section) => !section.onlyWhenAsked);
  const unknown = only.filter((name) => !SECTIONS.some((section) => section.name === name));
  if (unknown.length > 0)
    return `unknown section(s): ${unknown.join(', ')}; sections: ${SECTIONS.map((s) => s.name).join(', ')}`;
  return SECTIONS.filter((section) => only.includes(section.name));
}

async function runSection(section: Section, context: SectionContext): Promise<SectionResult> {
  const started = performance.now();
  try {
    const rows = await section.run(context);
    return { name: section.name, title: section.title, durationMs: performance.now() - started, rows };
  } catch (error) {
    // One broken section (an engine file mid-edit, a missing addon) must not hide the others' figures.
    const message = error instanceof Error ? error.message : String(error);
    return {
      name: section.name,
      title: section.title,
      durationMs: performance.now() - started,
      rows: [],
      error: message,
    };
  }
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  if (typeof args === 'string') {
    process.stderr.write(`${args}\n`);
    return args === USAGE ? 0 : 2;
  }
  if (args.list) {
    for (const section of SECTIONS) process.stdout.write(`${section.name.padEnd(12)} ${section.title}\n`);
    return 0;
  }
  const sections = selectSections(args.only);
  if (typeof sections === 'string') {
    process.stderr.write(`${sections}\n`);
    return 2;
  }

  const repoRoot = resolve(__dirname, '..');
  const generatedDir = join(repoRoot, 'bench', '.generated');
  mkdirSync(generatedDir, { recursive: true });
  const context: SectionContext = {
    repoRoot,
    generatedDir,
    progress: (message) => process.stderr.write(`… ${message}\n`),
  };
  const machine = {
    node: process.version,
    platform: `${process.platform}-${process.arch}`,
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? '',
    memoryGB: Math.round(totalmem() / 1024 ** 3),
    // Other work on the machine slows every figure: a load above the CPU count makes them pessimistic.
    loadAverage: loadavg()[0],
  };
  process.stdout.write(
    `Policy Lens benchmark: Node ${machine.node}, ${machine.platform}, ${machine.cpus} CPU(s), ${machine.memoryGB} GB, load average ${machine.loadAverage.toFixed(2)}\n\n`,
  );

  const startedAt = new Date().toISOString();
  const started = performance.now();
  const results: SectionResult[] = [];
  for (const section of sections) {
    const result = await runSection(section, context);
    results.push(result);
    const rows = result.error
      ? [...result.rows, { name: 'section failed', value: result.error, unit: '' }]
      : result.rows;
    process.stdout.write(
      `${formatSection(`${result.title}  [${result.name}, ${(result.durationMs / 1000).toFixed(1)} s]`, rows)}\n\n`,
    );
  }

  const verdicts = results.flatMap((result) => result.rows.map(meetsTarget)).filter((v) => v !== undefined);
  const met = verdicts.filter(Boolean).length;
  const failed = results.filter((result) => result.error).length;
  const durationMs = performance.now() - started;
  const loadAverageAtEnd = loadavg()[0];
  process.stdout.write(
    `Targets met: ${met}/${verdicts.length}${failed ? `; ${failed} section(s) failed to run` : ''}. Total ${(durationMs / 1000).toFixed(1)} s, load average at the end ${loadAverageAtEnd.toFixed(2)}.\n`,
  );

  const lastRun = join(generatedDir, 'last-run.json');
  const report = {
    startedAt,
    durationMs,
    machine: { ...machine, loadAverageAtEnd },
    argv: process.argv.slice(2),
    sections: results,
  };
  writeFileSync(lastRun, `${JSON.stringify(report, null, 2)}\n`);
  process.stdout.write(`Figures written to ${lastRun.slice(repoRoot.length + 1)}\n`);
  return 0;
}

main().then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  },
);
