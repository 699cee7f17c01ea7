// npm run bench:compare -- <revision> [--rounds N]: the check's speed at a revision beside the working
// tree's, in one process, alternating — on a VM whose speed drifts by a third from hour to hour, two
// separate runs compare the machine, not the code. Both sides check the same inputs with the same
// corpus (this tree's); only the server code differs.
//
// The revision is checked out in a temporary git worktree, bench/checkTimings.ts (this tree's) is
// bundled once against each side's source, and both bundles are loaded here. Each round takes three
// full checks on fresh indexes, 40 one-line edits and one pass over the CLI's draft set, every one in a
// pair — A's then B's, or B's then A's — and the first rounds, which warm the compiler, are not counted.
// Prints each side's median and the median of B's change within the pairs.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CheckTimings, TimingInputs } from './checkTimings.js';
import { ensureDraftSet, ensureLargeDraft } from './fixtureDrafts.js';

const EDITS_PER_ROUND = 40;
const FULL_CHECKS_PER_ROUND = 3;
const WARM_ROUNDS = 2;
const DRAFT_SET_BYTES = 4 * 1024 * 1024;

interface Side {
  readonly label: string;
  readonly timings: CheckTimings;
}

/** Timings of A and B taken one after the other, per kind. */
interface Pairs {
  readonly full: Array<readonly [number, number]>;
  readonly edits: Array<readonly [number, number]>;
  readonly sets: Array<readonly [number, number]>;
}

function parseArgs(argv: readonly string[]): { revision: string; rounds: number } {
  const revision = argv.find((arg) => !arg.startsWith('--'));
  const roundsAt = argv.indexOf('--rounds');
  const rounds = roundsAt >= 0 ? Number.parseInt(argv[roundsAt + 1] ?? '', 10) : 10;
  if (!revision || !Number.isInteger(rounds) || rounds <= WARM_ROUNDS) {
    throw new Error(`usage: npm run bench:compare -- <revision> [--rounds N > ${WARM_ROUNDS}]`);
  }
  return { revision, rounds };
}

/** Bundles bench/checkTimings.ts against a source tree and loads it under its own name. */
async function loadTimings(tree: string, name: string, generated: string, inputs: TimingInputs): Promise<CheckTimings> {
  const { bundleScript } = (await import(pathToFileURL(join(__dirname, 'run.mjs')).href)) as {
    bundleScript: (script: string) => Promise<string>;
  };
  const bundle = await bundleScript(join(tree, 'bench', 'checkTimings.ts'));
  const own = join(generated, `checkTimings-${name}.cjs`);
  copyFileSync(bundle, own);
  const loaded = require(own) as { setup: (inputs: TimingInputs) => Promise<CheckTimings> };
  return loaded.setup(inputs);
}

const median = (values: readonly number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function main(): Promise<void> {
  const { revision, rounds } = parseArgs(process.argv.slice(2));
  const repo = resolve(__dirname, '..');
  const generated = join(repo, 'bench', '.generated');
  const draft = ensureLargeDraft(repo, generated);
  const set = ensureDraftSet(repo, join(generated, 'drafts-4mb'), DRAFT_SET_BYTES);
  const inputs: TimingInputs = {
    corpusFolder: join(repo, 'corpus'),
    draftPath: draft.path,
    draftSetFolder: set.folder,
  };
  const commit = execFileSync('git', ['rev-parse', '--short', revision], { cwd: repo, encoding: 'utf8' }).trim();
  const tree = mkdtempSync(join(tmpdir(), 'policy-lens-compare-'));
  execFileSync('git', ['worktree', 'add', '--detach', tree, commit], { cwd: repo, stdio: 'ignore' });
  try {
    symlinkSync(join(repo, 'node_modules'), join(tree, 'node_modules'));
    copyFileSync(join(__dirname, 'checkTimings.ts'), join(tree, 'bench', 'checkTimings.ts'));
    process.stderr.write(`… bundling ${commit} and the working tree, indexing the corpus for each\n`);
    const sides: Side[] = [
      { label: commit, timings: await loadTimings(tree, 'base', generated, inputs) },
      { label: 'working tree', timings: await loadTimings(repo, 'tree', generated, inputs) },
    ];
    // Paired and interleaved, one operation of A then the same of B (then B first, the next time): the
    // VM's slow spells, seconds long, then fall on both sides of a pair alike.
    const pairs = async (
      count: number,
      run: (side: Side, i: number) => number | Promise<number>,
      into: keyof Pairs,
    ) => {
      for (let i = 0; i < count; i++) {
        const order = (i + pairsTaken[into]++) % 2 === 0 ? sides : [...sides].reverse();
        const times = new Map<Side, number>();
        for (const side of order) times.set(side, await run(side, i));
        if (counting) samples[into].push([times.get(sides[0])!, times.get(sides[1])!]);
      }
    };
    const samples: Pairs = { full: [], edits: [], sets: [] };
    const pairsTaken: Record<keyof Pairs, number> = { full: 0, edits: 0, sets: 0 };
    let counting = false;
    for (let round = 0; round < rounds; round++) {
      process.stderr.write(`… round ${round + 1}/${rounds}\n`);
      counting = round >= WARM_ROUNDS;
      await pairs(FULL_CHECKS_PER_ROUND, (side) => side.timings.full(), 'full');
      await pairs(EDITS_PER_ROUND, (side, i) => side.timings.edit(round * EDITS_PER_ROUND + i), 'edits');
      await pairs(1, (side) => side.timings.draftSet(), 'sets');
    }
    const [a, b] = sides;
    const row = (name: string, pairsOf: ReadonlyArray<readonly [number, number]>, digits: number) => {
      const [x, y] = [median(pairsOf.map((p) => p[0])), median(pairsOf.map((p) => p[1]))];
      // The median of B's change within each pair: what the slow spells move least.
      const change = (median(pairsOf.map(([ofA, ofB]) => ofB / ofA)) - 1) * 100;
      return `  ${name.padEnd(44)} ${x.toFixed(digits).padStart(8)}  ${y.toFixed(digits).padStart(8)} ms  ${change >= 0 ? '+' : ''}${change.toFixed(1)}%`;
    };
    const counted = rounds - WARM_ROUNDS;
    process.stdout.write(
      [
        `Check speed, ${a.label} (A) beside the ${b.label} (B), in pairs in one process, ${counted} rounds; medians and B's change within the pairs`,
        `  ${''.padEnd(44)} ${'A'.padStart(8)}  ${'B'.padStart(8)}`,
        row(
          `full check, ${Math.round(draft.bytes / 1024)} KB draft, fresh index (${counted * FULL_CHECKS_PER_ROUND})`,
          samples.full,
          1,
        ),
        row(`one-line edit (${counted * EDITS_PER_ROUND} edits)`, samples.edits, 2),
        row(`${set.files} drafts, ${(set.bytes / 1024 / 1024).toFixed(1)} MB, one index`, samples.sets, 0),
        '',
      ].join('\n'),
    );
  } finally {
    rmSync(tree, { recursive: true, force: true });
    execFileSync('git', ['worktree', 'prune'], { cwd: repo, stdio: 'ignore' });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
