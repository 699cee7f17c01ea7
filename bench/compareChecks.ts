// npm run bench:compare -- <revision> [--rounds N]: the check's speed at a revision beside the working
// tree's, in one process, alternating — on a VM whose speed drifts by a third from hour to hour, two
// separate runs compare the machine, not the code. Both sides check the same inputs with the same
// corpus (this tree's); only the server code differs.
//
// The revision is checked out in a temporary git worktree, bench/checkTimings.ts (this tree's) is
// bundled once against each side's source, both bundles are loaded here, and each round runs a full
// check on a fresh index, 40 one-line edits and the CLI's draft set, side A then B, then B then A.
// The first rounds warm the compiler and are not counted. Prints the medians and B's change over A.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CheckTimings, TimingInputs } from './checkTimings.js';
import { ensureDraftSet, ensureLargeDraft } from './fixtureDrafts.js';

const EDITS_PER_ROUND = 40;
const WARM_ROUNDS = 2;
const DRAFT_SET_BYTES = 4 * 1024 * 1024;

interface Side {
  readonly label: string;
  readonly timings: CheckTimings;
  readonly full: number[];
  readonly edits: number[];
  readonly sets: number[];
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
      { label: commit, timings: await loadTimings(tree, 'base', generated, inputs), full: [], edits: [], sets: [] },
      {
        label: 'working tree',
        timings: await loadTimings(repo, 'tree', generated, inputs),
        full: [],
        edits: [],
        sets: [],
      },
    ];
    for (let round = 0; round < rounds; round++) {
      process.stderr.write(`… round ${round + 1}/${rounds}\n`);
      for (const side of round % 2 === 0 ? sides : [...sides].reverse()) {
        const counted = round >= WARM_ROUNDS;
        const full = await side.timings.full();
        const edits = Array.from({ length: EDITS_PER_ROUND }, (_, i) => side.timings.edit(round * EDITS_PER_ROUND + i));
        const setMs = side.timings.draftSet();
        if (!counted) continue;
        side.full.push(full);
        side.edits.push(...edits);
        side.sets.push(setMs);
      }
    }
    const [a, b] = sides;
    const row = (name: string, of: (side: Side) => readonly number[], digits: number) => {
      const [x, y] = [median(of(a)), median(of(b))];
      const change = ((y - x) / x) * 100;
      return `  ${name.padEnd(44)} ${x.toFixed(digits).padStart(8)}  ${y.toFixed(digits).padStart(8)} ms  ${change >= 0 ? '+' : ''}${change.toFixed(1)}%`;
    };
    const counted = rounds - WARM_ROUNDS;
    process.stdout.write(
      [
        `Check speed, ${a.label} (A) beside the ${b.label} (B), alternating in one process; medians of ${counted} rounds`,
        `  ${''.padEnd(44)} ${'A'.padStart(8)}  ${'B'.padStart(8)}`,
        row(`full check, ${Math.round(draft.bytes / 1024)} KB draft, fresh index`, (s) => s.full, 1),
        row(`one-line edit (${counted * EDITS_PER_ROUND} edits)`, (s) => s.edits, 2),
        row(`${set.files} drafts, ${(set.bytes / 1024 / 1024).toFixed(1)} MB, one index`, (s) => s.sets, 0),
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
