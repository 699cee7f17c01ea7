// A deliberately tiny test runner for the extension host: a test is a name and an async function.
// (mocha is what @vscode/test-electron samples use, but it is not a dependency here and we need none of it.)
// Everything goes through console.log, which the extension host forwards to the runner's stdout.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';

export interface E2eTest {
  readonly name: string;
  run(): Promise<void>;
}

const POLL_INTERVAL_MS = 50;

/**
 * Polls `probe` until it returns something truthy and resolves with that value. Language features answer
 * once the server has started and indexed, which takes a variable time: poll for the result, never sleep.
 */
export async function waitFor<T>(
  probe: () => T | undefined | null | false | Promise<T | undefined | null | false>,
  timeoutMs: number,
  what = 'condition',
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value) return value;
    } catch (error) {
      // A probe may throw while the server is still starting (e.g. a command not registered yet); retry.
      lastError = error;
    }
    if (Date.now() > deadline) {
      const cause = lastError instanceof Error ? `; last error: ${lastError.message}` : '';
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${cause}`);
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_INTERVAL_MS));
  }
}

/** A file of the workspace fixture (test/e2e/fixtures/workspace) that the runner opened as the folder. */
export function fixtureUri(relativePath: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('no workspace folder is open: the runner must open test/e2e/fixtures/workspace');
  return vscode.Uri.joinPath(folder.uri, ...relativePath.split('/'));
}

/** Opens a fixture document in an editor, as a person would, so activation events and diagnostics fire. */
export async function openFixture(relativePath: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(fixtureUri(relativePath));
  return vscode.window.showTextDocument(document);
}

/**
 * Asks the runner for a screenshot of the workbench as it looks now. The marker line reaches the runner
 * through the page's codeAutomationLog; the runner saves test/e2e/.artifacts/<name>.png and then drops an
 * acknowledgement file, which we wait for so the next test cannot change the screen before the shot is taken.
 * Runners without a browser (test-electron) set no ack directory: then this only logs the marker.
 */
export async function screenshot(name: string): Promise<void> {
  if (!/^[\w.-]+$/.test(name)) throw new Error(`screenshot name must be a plain file name: ${name}`);
  console.log(`@@screenshot ${name}`);
  const ackDir = process.env.POLICY_LENS_E2E_ACK_DIR;
  if (!ackDir) return;
  const ack = path.join(ackDir, `${name}.done`);
  await waitFor(() => fs.existsSync(ack), 20_000, `screenshot ${name}`);
}

/** Runs the tests in order; rejects (which makes the extension host exit non-zero) if any failed. */
export async function runTests(tests: readonly E2eTest[]): Promise<void> {
  const failures: string[] = [];
  const started = Date.now();
  for (const test of tests) {
    const t0 = Date.now();
    try {
      await test.run();
      console.log(`  ✔ ${test.name} (${Date.now() - t0} ms)`);
    } catch (error) {
      failures.push(test.name);
      const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
      console.log(`  ✖ ${test.name} (${Date.now() - t0} ms)\n${indent(detail)}`);
    }
  }
  const passed = tests.length - failures.length;
  console.log(`e2e: ${passed} passed, ${failures.length} failed (${Date.now() - started} ms)`);
  if (failures.length) throw new Error(`${failures.length} e2e test(s) failed: ${failures.join('; ')}`);
}

function indent(text: string): string {
  return text
    .split('\n')
    .map((line) => `      ${line}`)
    .join('\n');
}
