// dist/cli.js: starts the CLI bundle (dist/cliMain.js) with V8's code cache (launchWithCodeCache.ts).
// Each command compiles other functions, so each keeps its own code.
import { join } from 'node:path';
import { launchWithCodeCache } from './launchWithCodeCache.js';

const command = /^[a-z]+$/.test(process.argv[2] ?? '') ? process.argv[2] : 'other';
launchWithCodeCache({ main: join(__dirname, 'cliMain.js'), name: 'cli', variant: command, parent: module });
