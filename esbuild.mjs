// Bundles the extension client, the language server and the CLI into dist/.
// nodejieba is a native addon: it stays outside the bundle and is required lazily at run time.
import { rmSync } from 'node:fs';
import { build } from 'esbuild';

// `--production` (vscode:prepublish, i.e. `npm run package`): minified, no source maps, and dist/ emptied
// first, so the .vsix carries exactly this build and never a stale file of an earlier one.
const production = process.argv.includes('--production');
if (production) rmSync('dist', { recursive: true, force: true });

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  keepNames: true, // class and function names stay readable in the log's stack traces
  logLevel: 'warning',
  external: ['vscode', 'nodejieba'],
};

await Promise.all([
  build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js' }),
  build({ ...common, entryPoints: ['server/src/main.ts'], outfile: 'dist/server.js' }),
  // jieba's dictionary loads in this worker thread, off the server's main thread.
  build({ ...common, entryPoints: ['server/src/node/segmenterWorker.ts'], outfile: 'dist/segmenterWorker.js' }),
  build({
    ...common,
    entryPoints: ['server/src/cli.ts'],
    outfile: 'dist/cli.js',
    banner: { js: '#!/usr/bin/env node' },
  }),
]);
