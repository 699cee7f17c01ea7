// Bundles the extension client, the language server and the CLI into dist/.
// nodejieba is a native addon: it stays outside the bundle and is required lazily at run time.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';

// `--production` (vscode:prepublish, i.e. `npm run package`): minified, no source maps, and dist/ emptied
// first, so the .vsix carries exactly this build and never a stale file of an earlier one.
const production = process.argv.includes('--production');
if (production) rmSync('dist', { recursive: true, force: true });

// The build's id: a hash of the server's sources and the locked dependencies. A corpus index stored on
// disk by one build is never read by another (server/src/node/engineBuild.ts).
function buildId() {
  const hash = createHash('sha256');
  const add = (path) => {
    for (const entry of readdirSync(path, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const child = join(path, entry.name);
      if (entry.isDirectory()) add(child);
      else if (entry.isFile()) hash.update(child).update(readFileSync(child));
    }
  };
  add('server/src');
  hash.update(readFileSync('package-lock.json'));
  return hash.digest('hex').slice(0, 16);
}

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  // Names are never minified, so stack traces in the log stay readable. Not keepNames: it wraps every
  // named function expression in a call that sets its name each time it runs — on the checks' hot paths,
  // a tenth of a draft's check went to naming closures.
  minifyWhitespace: production,
  minifySyntax: production,
  logLevel: 'warning',
  external: ['vscode', 'nodejieba'],
  define: { POLICY_LENS_BUILD: JSON.stringify(buildId()) },
};

await Promise.all([
  build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js' }),
  build({ ...common, entryPoints: ['server/src/main.ts'], outfile: 'dist/serverMain.js' }),
  // What the editor starts: serverMain.js with V8's code cache (server/src/serverLauncher.ts).
  build({ ...common, entryPoints: ['server/src/serverLauncher.ts'], outfile: 'dist/server.js' }),
  // jieba's dictionary loads in this worker thread, off the server's main thread.
  build({ ...common, entryPoints: ['server/src/node/segmenterWorker.ts'], outfile: 'dist/segmenterWorker.js' }),
  // The CLI's check workers (check --concurrency), one per core.
  build({ ...common, entryPoints: ['server/src/node/cli/checkWorker.ts'], outfile: 'dist/checkWorker.js' }),
  build({ ...common, entryPoints: ['server/src/cli.ts'], outfile: 'dist/cliMain.js' }),
  // What `policy-lens` runs: starts cliMain.js with V8's code cache (server/src/cliLauncher.ts).
  build({
    ...common,
    entryPoints: ['server/src/cliLauncher.ts'],
    outfile: 'dist/cli.js',
    banner: { js: '#!/usr/bin/env node' },
  }),
]);

// The bundled corpus's index, built now by the CLI just built, for each message language: the package
// ships it (dist/index), so even an installation's very first server start restores the corpus instead
// of indexing it. Run in an empty folder, so no workspace registry of this checkout joins the key. A
// failure here costs only that first start's speed: said, never fatal.
const shipped = join('dist', 'index');
rmSync(shipped, { recursive: true, force: true });
const emptyFolder = mkdtempSync(join(tmpdir(), 'policy-lens-build-'));
try {
  for (const lang of ['zh', 'en']) {
    const run = spawnSync(process.execPath, [resolve('dist', 'cli.js'), 'corpus', 'stats', '--lang', lang], {
      cwd: emptyFolder,
      env: { ...process.env, POLICY_LENS_INDEX_CACHE: resolve(shipped) },
      encoding: 'utf8',
    });
    if (run.status !== 0) console.warn(`esbuild.mjs: the bundled index (${lang}) was not built: ${run.stderr}`);
  }
} finally {
  rmSync(emptyFolder, { recursive: true, force: true });
  // The build's own memory of the corpus files' hashes (their paths on this machine): of no use shipped.
  rmSync(join(shipped, 'file-hashes.json'), { force: true });
}
