// `npm run fuzz [-- --runs N] [--seed S] [--only features,fix] [--short] [--report-slow] …`: the
// property-based campaign of test/fuzz (see the README's developer section). Exit 1 on any failure.
import { existsSync } from 'node:fs';
import { LONG_SIZES, SHORT_SIZES } from './arbitraries.js';
import { formatReport, printable, propertyNames, runCampaign } from './campaign.js';
import { CLI } from './cliCases.js';
import { DEFAULT_BOUND } from './timing.js';

const USAGE = `npm run fuzz -- [options]
  --runs N            cases of the features property (default 300); the others run their share
  --seed S            the seed (default random); with --path, replays one case
  --path P            fast-check's path of a failure (use with --only and --seed)
  --only a,b          properties to run: ${propertyNames().join(', ')}
  --short             short lines and documents (as npm test runs them)
  --report-slow       list calls over the time bound at the end instead of failing on the first
  --bound-ms C        time bound constant (default ${DEFAULT_BOUND.constantMs})
  --ms-per-kchar K    time bound per 1,000 characters (default ${DEFAULT_BOUND.msPerKiloChar})
  --minutes M         stop each property at its share of M minutes (the cases run so far count)
  --shrink-seconds S  how long a failure may shrink (default 120)`;

function option(argv: string[], name: string): string | undefined {
  const at = argv.indexOf(`--${name}`);
  if (at < 0) return undefined;
  const value = argv[at + 1];
  if (value === undefined || value.startsWith('--')) throw new Error(`--${name} needs a value\n${USAGE}`);
  return value;
}

function number(argv: string[], name: string, fallback: number): number {
  const text = option(argv, name);
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!Number.isFinite(value)) throw new Error(`--${name} must be a number\n${USAGE}`);
  return value;
}

async function main(argv: string[]): Promise<number> {
  if (argv.includes('--help')) {
    console.log(USAGE);
    return 0;
  }
  const known = [
    'runs',
    'seed',
    'path',
    'only',
    'short',
    'report-slow',
    'bound-ms',
    'ms-per-kchar',
    'shrink-seconds',
    'minutes',
  ];
  for (const arg of argv)
    if (arg.startsWith('--') && !known.includes(arg.slice(2))) throw new Error(`unknown option ${arg}\n${USAGE}`);
  const only = option(argv, 'only')?.split(',').filter(Boolean);
  for (const name of only ?? [])
    if (!propertyNames().includes(name)) throw new Error(`no property ${name}: ${propertyNames().join(', ')}`);
  if (!existsSync(CLI) && (!only || only.includes('cli')))
    console.log('note: dist/cli.js is not built, the cli property will fail (npm run build)');
  const seedText = option(argv, 'seed');
  const report = await runCampaign({
    runs: number(argv, 'runs', 300),
    ...(seedText !== undefined ? { seed: number(argv, 'seed', 0) } : {}),
    ...(option(argv, 'path') ? { path: option(argv, 'path') } : {}),
    ...(only ? { only } : {}),
    sizes: argv.includes('--short') ? SHORT_SIZES : LONG_SIZES,
    bound: {
      constantMs: number(argv, 'bound-ms', DEFAULT_BOUND.constantMs),
      msPerKiloChar: number(argv, 'ms-per-kchar', DEFAULT_BOUND.msPerKiloChar),
    },
    reportSlow: argv.includes('--report-slow'),
    shrinkBudgetMs: number(argv, 'shrink-seconds', 120) * 1000,
    ...(option(argv, 'minutes') ? { minutes: number(argv, 'minutes', 0) } : {}),
    log: (line) => console.log(line),
  });
  for (const line of formatReport(report)) console.log(printable(line));
  return report.failures.length > 0 || report.timings.overBound.length > 0 ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(2);
  },
);
