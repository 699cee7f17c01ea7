// A deliberately tiny test runner for the extension host: a test is a name and an async function.
// (mocha is what @vscode/test-electron samples use, but it is not a dependency here and we need none of it.)
// Everything goes through console.log, which the extension host forwards to the runner's stdout.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';

export interface E2eTest {
  readonly name: string;
  run(): Promise<void>;
  /** A hung test fails after this long instead of stalling the run until the runner's watchdog (default 60 s). */
  readonly timeoutMs?: number;
}

const DEFAULT_TEST_TIMEOUT_MS = 60_000;

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

/** What the runner should wait for on the page before it takes a screenshot. */
export interface ScreenshotOptions {
  /** A CSS selector (Playwright syntax) that must be visible, e.g. '.monaco-hover'. */
  readonly waitForSelector?: string;
  /** ...and whose text must contain this. */
  readonly withText?: string;
  /** Look for waitForSelector inside the visible webview (an extension's README page, say), not the workbench. */
  readonly inWebview?: boolean;
  /** waitForSelector is an <img> that must have loaded its picture (a broken one shows its alt text). */
  readonly imageLoaded?: boolean;
  /** Keep only this element's box (at most `height` pixels of it): a README image readable at its size. */
  readonly clipTo?: { readonly selector: string; readonly height?: number };
}

/**
 * Asks the runner for a screenshot of the workbench as it looks now. The marker line reaches the runner
 * through the page's codeAutomationLog; the runner saves test/e2e/.artifacts/<name>.png and then drops an
 * acknowledgement file, which we wait for so the next test cannot change the screen before the shot is taken.
 * Widgets (a hover, the suggest list) render in the page after the command that opens them has returned:
 * `waitForSelector` makes the runner wait until the page shows them; if it never does, the shot still
 * happens and this rejects. Runners without a browser (test-electron) set no ack directory: then this
 * only logs the marker.
 */
export async function screenshot(name: string, options: ScreenshotOptions = {}): Promise<void> {
  await askRunner('screenshot', name, options);
}

/**
 * Asks the runner to click an element of the workbench page, as a person would with the mouse (a link in
 * a hover, say): some behaviour is reachable only through the rendered UI. Resolves false without a
 * browser runner (test-electron), so the caller can skip what depends on the click.
 */
export async function clickInWorkbench(name: string, selector: string, withText?: string): Promise<boolean> {
  return askRunner('click', name, { selector, withText });
}

async function askRunner(action: 'screenshot' | 'click', name: string, options: object): Promise<boolean> {
  if (!/^[\w.-]+$/.test(name)) throw new Error(`runner request names must be plain file names: ${name}`);
  const ackDir = process.env.POLICY_LENS_E2E_ACK_DIR;
  const done = ackDir && path.join(ackDir, `${name}.done`);
  const failed = ackDir && path.join(ackDir, `${name}.failed`);
  // A request of the same name earlier in the run must not count as this one's answer.
  for (const file of [done, failed]) if (file) fs.rmSync(file, { force: true });
  // One line: the runner parses "@@<action> <name> <json>" (see RUNNER_REQUEST in runCodeServer.mjs).
  console.log(`@@${action} ${name} ${JSON.stringify(options)}`);
  if (!done || !failed) return false;
  await waitFor(() => fs.existsSync(done) || fs.existsSync(failed), 30_000, `the runner to ${action} ${name}`);
  if (fs.existsSync(failed)) throw new Error(`runner could not ${action} ${name}: ${fs.readFileSync(failed, 'utf8')}`);
  return true;
}

/** Runs the tests in order; rejects (which makes the extension host exit non-zero) if any failed. */
export async function runTests(tests: readonly E2eTest[]): Promise<void> {
  const failures: string[] = [];
  const started = Date.now();
  for (const test of tests) {
    const t0 = Date.now();
    try {
      await withTimeout(test.run(), test.timeoutMs ?? DEFAULT_TEST_TIMEOUT_MS);
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

function withTimeout(running: Promise<void>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`test did not finish within ${ms} ms`)), ms);
  });
  return Promise.race([running, timeout]).finally(() => clearTimeout(timer));
}

function indent(text: string): string {
  return text
    .split('\n')
    .map((line) => `      ${line}`)
    .join('\n');
}
