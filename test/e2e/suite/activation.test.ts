// The extension wakes up on a Markdown draft: the installed .vsix under the code-server runner, the
// development folder under test-electron. The first draft's diagnostics are timed as a user meets them.
import assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { type E2eTest, fixtureUri, openFixture, screenshot, waitFor } from './harness.js';
import { EXTENSION_ID } from './policyLens.js';

/** Cold start: the extension host, the server, the corpus and the first check; allow for a slow CI. */
const FIRST_DIAGNOSTICS_TIMEOUT_MS = 30_000;

export const tests: E2eTest[] = [
  {
    name: 'the extension is loaded (from the installed .vsix when the runner installed one)',
    async run() {
      const extension = vscode.extensions.getExtension(EXTENSION_ID);
      assert.ok(extension, `${EXTENSION_ID} is not among the loaded extensions`);
      assert.equal(extension.packageJSON.name, 'policy-lens');
      // Set by runCodeServer.mjs: the extensions dir it installed the .vsix into.
      const installedInto = process.env.POLICY_LENS_E2E_EXTENSIONS_DIR;
      if (installedInto) {
        const location = extension.extensionUri.fsPath;
        assert.equal(path.dirname(location), path.resolve(installedInto), `loaded from ${location}`);
        // <publisher>.<name>-<version>[-<target>], as VS Code names an installed extension's folder.
        const version = String(extension.packageJSON.version);
        assert.ok(path.basename(location).startsWith(`${EXTENSION_ID}-${version}`), `loaded from ${location}`);
      }
    },
  },
  {
    name: 'opening a Markdown draft activates the extension; its first diagnostics are timed',
    async run() {
      const uri = fixtureUri('draft.md');
      // Listening before the draft opens, so the time is the one a user waits for the first squiggle.
      const firstDiagnostics = timeToFirstDiagnostics(uri, FIRST_DIAGNOSTICS_TIMEOUT_MS);
      const editor = await openFixture('draft.md');
      assert.equal(editor.document.languageId, 'markdown');
      // No extension.activate() here: that would hide a broken activation event.
      const extension = vscode.extensions.getExtension(EXTENSION_ID);
      await waitFor(() => extension?.isActive, 15_000, `${EXTENSION_ID} to activate`);
      // One line, which the runner repeats in its summary.
      console.log(`first diagnostics after open: ${await firstDiagnostics} ms`);
      await screenshot('draft-open');
    },
  },
];

/** Milliseconds from now until Policy Lens has published diagnostics for `uri` (the draft has one). */
function timeToFirstDiagnostics(uri: vscode.Uri, timeoutMs: number): Promise<number> {
  const started = Date.now();
  const ours = () => vscode.languages.getDiagnostics(uri).some((d) => d.source === 'policy-lens');
  return new Promise((resolve, reject) => {
    const done = (settle: () => void) => {
      clearTimeout(timer);
      listener.dispose();
      settle();
    };
    const timer = setTimeout(
      () => done(() => reject(new Error(`no diagnostics for ${uri.path} within ${timeoutMs} ms of opening it`))),
      timeoutMs,
    );
    const listener = vscode.languages.onDidChangeDiagnostics((event) => {
      if (event.uris.some((changed) => changed.toString() === uri.toString()) && ours()) {
        done(() => resolve(Date.now() - started));
      }
    });
  });
}
