// dist/server.js: starts the language server's bundle (dist/serverMain.js) with V8's code cache
// (launchWithCodeCache.ts). The command line (--stdio, --node-ipc, --socket=) is the bundle's to read.
import { join } from 'node:path';
import { launchWithCodeCache } from './launchWithCodeCache.js';

// Stored 10 s after the start too: the server is seldom let exit (see storeAfterMs).
launchWithCodeCache({
  main: join(__dirname, 'serverMain.js'),
  name: 'server',
  variant: 'lsp',
  parent: module,
  storeAfterMs: 10_000,
});
