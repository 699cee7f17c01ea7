// A crashed language server is started again by the client, and nothing is lost: the server process is
// killed (SIGKILL, as a crash or the OOM killer would), the draft is edited while it is down, and the
// diagnostics come back for the text as edited — the client opened the draft, unsaved edit included, in
// the new server. Runs last: the other tests keep the first server.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { type E2eTest, openFixture, waitFor } from './harness.js';
import { EXTENSION_ID, waitForServer } from './policyLens.js';

const FIXTURE = 'diagnostics-draft.md';
const RESTART_TIMEOUT_MS = 40_000;

/** The server this extension host started: a child of this process running the extension's dist/server.js. */
function serverPids(): number[] {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  if (!extension) throw new Error(`${EXTENSION_ID} is not loaded`);
  const script = path.join(extension.extensionUri.fsPath, 'dist', 'server.js');
  try {
    // -f matches the full command line (node <script> --node-ipc …); -P keeps it to our own children.
    const out = execFileSync('pgrep', ['-P', String(process.pid), '-f', script], { encoding: 'utf8' });
    return out.split('\n').filter(Boolean).map(Number);
  } catch {
    return []; // pgrep exits 1 when nothing matches
  }
}

function nearMisses(uri: vscode.Uri): number {
  return vscode.languages
    .getDiagnostics(uri)
    .filter(
      (d) =>
        d.source === 'policy-lens' && String(typeof d.code === 'object' ? d.code.value : d.code) === 'name.near-miss',
    ).length;
}

export const tests: E2eTest[] = [
  {
    name: 'restart: a killed server is started again; the open draft, edited meanwhile, gets its diagnostics back',
    timeoutMs: 90_000,
    async run() {
      await waitForServer();
      const editor = await openFixture(FIXTURE);
      const document = editor.document;
      await waitFor(() => nearMisses(document.uri) === 2, 20_000, `the two near misses of ${FIXTURE}`);
      const [pid, ...others] = serverPids();
      assert.ok(pid, 'the server process was found');
      assert.deepEqual(others, [], 'one server process');
      try {
        process.kill(pid, 'SIGKILL');
        await waitFor(() => !serverPids().includes(pid), 10_000, `server ${pid} to end`);
        // Edited while the server is down or starting: a third near miss.
        const edit = new vscode.WorkspaceEdit();
        edit.insert(document.uri, document.lineAt(document.lineCount - 1).range.end, '\n\n（四）完善一网通管机制。\n');
        assert.ok(await vscode.workspace.applyEdit(edit), 'the edit was not applied');
        const [restarted] = await waitFor(
          () => serverPids().length > 0 && serverPids(),
          RESTART_TIMEOUT_MS,
          'a new server',
        );
        assert.notEqual(restarted, pid);
        await waitFor(
          () => nearMisses(document.uri) === 3,
          RESTART_TIMEOUT_MS,
          'the diagnostics of the edited draft from the new server',
        ).catch((error: Error) => {
          const seen = vscode.languages.getDiagnostics(document.uri).map((d) => `${String(d.code)} ${d.message}`);
          throw new Error(`${error.message}; servers ${serverPids().join(', ')}; diagnostics: ${seen.join(' | ')}`);
        });
      } finally {
        await vscode.window.showTextDocument(document);
        await vscode.commands.executeCommand('workbench.action.files.revert');
      }
      await waitFor(() => nearMisses(document.uri) === 2, 20_000, 'the diagnostics of the reverted draft');
    },
  },
];
