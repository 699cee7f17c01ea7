// Runs the same e2e suite in a desktop VS Code through @vscode/test-electron, the ecosystem's standard harness.
// It cannot download VS Code on our offline machines (update.code.visualstudio.com is unreachable), so it only
// runs against an installed one: VSCODE_EXECUTABLE=/path/to/code npm run test:electron
// (on macOS: ".../Visual Studio Code.app/Contents/MacOS/Electron"). Needs `node esbuild.mjs` first.
// Screenshots are taken only by the code-server runner; here the suite just logs its markers.
import { runTests } from '@vscode/test-electron';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSuite } from './buildSuite.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, '..', '..');
const vscodeExecutablePath = process.env.VSCODE_EXECUTABLE;

if (!vscodeExecutablePath) {
  console.error(
    'VSCODE_EXECUTABLE is not set: point it at a desktop VS Code binary to run the e2e suite with @vscode/test-electron.\n' +
      'Without a desktop VS Code (as on the Debian CI machines), use `npm run test:e2e` (code-server + Chromium).',
  );
  process.exit(2);
}
if (!existsSync(vscodeExecutablePath)) {
  console.error(`VSCODE_EXECUTABLE=${vscodeExecutablePath} does not exist`);
  process.exit(2);
}
if (!existsSync(join(repoRoot, 'dist', 'extension.js'))) {
  console.error('dist/extension.js missing: run node esbuild.mjs');
  process.exit(2);
}

const extensionTestsPath = await buildSuite();
// A throwaway profile, so the developer's own settings and extensions cannot change the outcome (and
// test-electron's default, ./.vscode-test, is not created in the checkout).
const profileDir = mkdtempSync(join(tmpdir(), 'policy-lens-e2e-electron-'));
try {
  await runTests({
    vscodeExecutablePath,
    extensionDevelopmentPath: repoRoot,
    extensionTestsPath,
    launchArgs: [
      join(here, 'fixtures', 'workspace'),
      '--disable-extensions', // other installed extensions stay off; the one under development still loads
      `--user-data-dir=${join(profileDir, 'user')}`,
      `--extensions-dir=${join(profileDir, 'ext')}`,
    ],
  });
  process.exitCode = 0;
} catch (error) {
  // runTests rejects when VS Code exits non-zero, i.e. when the suite's run() rejected.
  console.error(`e2e (test-electron) failed: ${error instanceof Error ? error.message : error}`);
  process.exitCode = 1;
} finally {
  rmSync(profileDir, { recursive: true, force: true });
}
