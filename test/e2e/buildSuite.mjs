// Bundles the e2e suite (test/e2e/suite/index.ts and the *.test.ts files it imports) into one CommonJS file
// that the extension host can require: test/e2e/out/suite/index.js. `vscode` is provided by the host.
// Not minified, so a failing test's stack (which points into the bundle: the extension host overrides
// Error.prepareStackTrace, so Node does not apply source maps) is still easy to read.
import { build } from 'esbuild';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
export const suiteEntry = join(here, 'out', 'suite', 'index.js');

export async function buildSuite() {
  await build({
    entryPoints: [join(here, 'suite', 'index.ts')],
    outfile: suiteEntry,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    sourcemap: 'inline', // for breakpoints when debugging the suite in a desktop VS Code
    logLevel: 'warning',
    external: ['vscode'],
  });
  return suiteEntry;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(await buildSuite());
}
