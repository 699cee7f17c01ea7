// Runs a bench script from an esbuild bundle, as the server and the CLI run (dist/), not through tsx:
//
//   node bench/run.mjs <script.ts> [args...]
//
// What the bench times in its own process (a draft's check, an index build in a child) is then the code
// that ships: tsx keeps function names by wrapping every named function in a call that sets its name,
// which the shipped bundle does not do, and tsx itself holds ~55 MB that no user's process holds. Each
// module keeps its own folder as __dirname (the bench and test helpers find the repository from it), so
// the bundle runs wherever it is written. The bundle goes to bench/.generated/bundle/ (ignored by git).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const here = dirname(fileURLToPath(import.meta.url));

/** The bundle of a script: bench/.generated/bundle/<name>.cjs, rebuilt each time (a build takes < 1 s). */
export async function bundleScript(script) {
  const outfile = join(here, '.generated', 'bundle', basename(script).replace(/\.ts$/, '.cjs'));
  await build({
    entryPoints: [resolve(script)],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    sourcemap: 'linked',
    logLevel: 'warning',
    // The native addon is loaded where it is installed, as dist/ loads it.
    external: ['nodejieba'],
    plugins: [ownFolder],
  });
  return outfile;
}

/** Every TypeScript module's __dirname is its source folder, as under tsx. */
const ownFolder = {
  name: 'own-folder',
  setup(context) {
    context.onLoad({ filter: /\.ts$/ }, (args) => ({
      contents: readFileSync(args.path, 'utf8').replace(/\b__dirname\b/g, JSON.stringify(dirname(args.path))),
      loader: 'ts',
    }));
  },
};

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  // --bundle-only: build and print the bundle's path (the bench's child processes are run so, timed
  // from their own spawn).
  const bundleOnly = process.argv[2] === '--bundle-only';
  const [script, ...args] = process.argv.slice(bundleOnly ? 3 : 2);
  if (!script) {
    process.stderr.write('usage: node bench/run.mjs [--bundle-only] <script.ts> [args...]\n');
    process.exit(2);
  }
  const bundle = await bundleScript(script);
  if (bundleOnly) {
    process.stdout.write(`${bundle}\n`);
    process.exit(0);
  }
  const run = spawnSync(process.execPath, [bundle, ...args], { stdio: 'inherit' });
  process.exit(run.status ?? 1);
}
