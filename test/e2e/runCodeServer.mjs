// Runs the e2e suite in a real VS Code workbench: code-server 4.100.3 (VS Code 1.100.3, real Node extension
// host) driven by headless Debian Chromium through playwright-core. Desktop VS Code cannot be downloaded on
// these machines; see /work/shared/notes/real-vscode.md. Prerequisites: `bash test/e2e/setup.sh` (tools) and
// `npm run package` (the .vsix of this platform). Exits with the suite's exit code.
//
// The suite runs against the packaged extension as a user gets it: the .vsix is installed into a fresh
// extensions dir with `code-server --install-extension`, so a file missing from the package (the native
// addon, a dictionary, the corpus) fails here. VS Code runs extension tests only next to an extension under
// development, so the development path is an empty stand-in extension, not this folder.
//
// Environment:
//   POLICY_LENS_E2E_CACHE       where setup.sh installed code-server + playwright-core (~/.cache/policy-lens-e2e)
//   POLICY_LENS_E2E_TIMEOUT_MS  overall limit for the whole run (default 180000)
//   POLICY_LENS_E2E_GREP        run only tests whose name contains this text
//   POLICY_LENS_E2E_VERBOSE=1   also print the workbench's own log lines and code-server's output
//   POLICY_LENS_E2E_UPDATE_DOCS=1  copy the README screenshots (DOC_IMAGES) to docs/images/ after a passing run
//   CHROMIUM_PATH               browser binary (default /usr/bin/chromium)
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import {
  copyFileSync,
  cpSync,
  createWriteStream,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { homedir, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { vsixPath } from '../../scripts/package.mjs';
import { buildSuite } from './buildSuite.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, '..', '..');
const workspaceFolder = join(here, 'fixtures', 'workspace');
const artifactsDir = join(here, '.artifacts');
const cacheDir = process.env.POLICY_LENS_E2E_CACHE || join(homedir(), '.cache', 'policy-lens-e2e');
const codeServerBin = join(cacheDir, 'node_modules', '.bin', 'code-server');
const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const overallTimeoutMs = Number(process.env.POLICY_LENS_E2E_TIMEOUT_MS) || 180_000;
const healthTimeoutMs = 60_000;
const verbose = process.env.POLICY_LENS_E2E_VERBOSE === '1';

// Printed by screenshot() and clickInWorkbench() in suite/harness.ts: "@@<action> <name> <json options>".
const RUNNER_REQUEST = /@@(screenshot|click) ([\w.-]+)(?: (\{.*\}))?/;
// How long the page may take to show what a request waits for (a hover renders after its command returned).
const UI_TIMEOUT_MS = 10_000;
// Screenshots the README shows: POLICY_LENS_E2E_UPDATE_DOCS=1 copies them from .artifacts to docs/images.
const DOC_IMAGES = ['hover-glossary', 'diagnostics'];
const updateDocs = process.env.POLICY_LENS_E2E_UPDATE_DOCS === '1';
// The gallery is unreachable on an offline machine; the workbench's failing lookups are not our concern.
const OFFLINE_NOISE = /open-vsx\.org/;
// Printed by the activation test; repeated in the run's summary.
const FIRST_DIAGNOSTICS = /first diagnostics after open: \d+ ms/;

const t0 = Date.now();
const elapsed = () => `${((Date.now() - t0) / 1000).toFixed(1)} s`;
const say = (message) => console.log(`[e2e] ${message}`);

/** Everything started here, so that one cleanup path can stop it whatever happened. */
const started = {
  codeServer: undefined,
  browserServer: undefined,
  browser: undefined,
  page: undefined,
  tempDir: undefined,
};

// One watchdog for the whole run (start-up, page load, tests), so that nothing can hang a CI job.
const watchdog = setTimeout(async () => {
  say(`overall timeout of ${overallTimeoutMs} ms reached; the screen at that moment is in timeout.png`);
  if (started.page) await withTimeout(takeScreenshot(started.page, 'timeout'), 5_000);
  await finish(1);
}, overallTimeoutMs);

main().then(
  (code) => finish(code),
  (error) => {
    if (finishing) return; // the watchdog or a signal closed the browser under main(): already reported
    console.error(`[e2e] ${error instanceof Error ? error.stack : error}`);
    return finish(1);
  },
);
for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => finish(130));

async function main() {
  if (!existsSync(codeServerBin))
    throw new Error(`code-server not found at ${codeServerBin}: run bash test/e2e/setup.sh`);
  if (!existsSync(chromiumPath)) throw new Error(`${chromiumPath} not found: run bash test/e2e/setup.sh`);
  const vsix = vsixPath();
  if (!existsSync(vsix)) throw new Error(`${vsix} missing: run npm run package`);
  const suiteEntry = await buildSuite();

  // Stale screenshots from an earlier run would be mistaken for this run's.
  rmSync(artifactsDir, { recursive: true, force: true });
  mkdirSync(join(artifactsDir, 'logs'), { recursive: true });

  const tempDir = (started.tempDir = mkdtempSync(join(tmpdir(), 'policy-lens-e2e-')));
  const ackDir = join(tempDir, 'ack');
  // The extensions dir MUST exist beforehand, otherwise the extension host silently loads no extensions.
  for (const dir of ['ext', 'user/User', 'ack']) mkdirSync(join(tempDir, dir), { recursive: true });
  writeFileSync(join(tempDir, 'user', 'User', 'settings.json'), JSON.stringify(workbenchSettings(), null, 2));
  const { testHost, testsEntry } = writeTestHost(tempDir, suiteEntry);

  const port = await freeLoopbackPort();
  const base = `http://127.0.0.1:${port}`;
  // --config: otherwise code-server writes ~/.config/code-server/config.yaml.
  writeFileSync(join(tempDir, 'config.yaml'), `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);
  const profileArgs = [
    '--config',
    join(tempDir, 'config.yaml'),
    '--extensions-dir',
    join(tempDir, 'ext'),
    '--user-data-dir',
    join(tempDir, 'user'),
  ];
  await installExtension(vsix, profileArgs);

  say(`starting code-server on ${base}`);
  const codeServerLog = createWriteStream(join(artifactsDir, 'code-server.log'));
  const codeServer = (started.codeServer = spawn(
    codeServerBin,
    [
      ...profileArgs,
      '--auth',
      'none',
      '--bind-addr',
      `127.0.0.1:${port}`,
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--disable-getting-started-override',
    ],
    {
      cwd: repoRoot,
      // The extension host inherits this environment: the suite finds the screenshot acknowledgements here,
      // and checks that Policy Lens was loaded from the extensions dir the .vsix went into.
      env: { ...process.env, POLICY_LENS_E2E_ACK_DIR: ackDir, POLICY_LENS_E2E_EXTENSIONS_DIR: join(tempDir, 'ext') },
      // Own process group, so that cleanup also stops the extension host, pty host and file watcher it forks.
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  ));
  for (const stream of [codeServer.stdout, codeServer.stderr]) {
    stream.pipe(codeServerLog, { end: false });
    if (verbose) stream.on('data', (chunk) => process.stdout.write(`[code-server] ${chunk}`));
  }
  const codeServerExited = once(codeServer, 'exit').then(([code, signal]) => {
    throw new Error(
      `code-server exited early (code ${code}, signal ${signal}); see ${join(artifactsDir, 'code-server.log')}`,
    );
  });
  codeServerExited.catch(() => {}); // observed below through Promise.race; avoid an unhandled rejection

  await Promise.race([waitForHealthy(base), codeServerExited]);
  say(`code-server healthy after ${elapsed()}`);

  const { chromium } = loadPlaywright();
  // launchServer rather than launch: it tells us the browser's PID, so cleanup can always kill it.
  const browserServer = (started.browserServer = await chromium.launchServer({
    executablePath: chromiumPath,
    headless: true,
    // Playwright's own signal handlers would exit the process before finish() stops code-server.
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  }));
  const browser = (started.browser = await chromium.connect(browserServer.wsEndpoint()));
  const page = (started.page = await browser.newPage({ viewport: { width: 1400, height: 860 } }));
  if (verbose) page.on('console', (message) => console.log(`[page:${message.type()}] ${message.text()}`));
  page.on('pageerror', (error) => console.log(`[page:error] ${error.message}`));

  // The workbench reports the extension host's console and the tests' result through these two functions.
  let requests = Promise.resolve();
  let reportExit;
  const testsExited = new Promise((resolve) => (reportExit = resolve));
  await page.exposeFunction('codeAutomationLog', (type, message) => {
    const text = String(message);
    const request = RUNNER_REQUEST.exec(text);
    if (request) {
      const [, action, name, json] = request;
      const options = parseOptions(json);
      // Chained so that two quick requests cannot interleave; the suite waits for the .done/.failed file.
      requests = requests.then(() =>
        action === 'click' ? click(page, name, options, ackDir) : takeScreenshot(page, name, options, ackDir),
      );
      return;
    }
    // A test's own failure report is never noise, whatever it mentions.
    if (OFFLINE_NOISE.test(text) && !verbose && !text.includes('✖')) return;
    firstDiagnostics = FIRST_DIAGNOSTICS.exec(text)?.[0] ?? firstDiagnostics;
    // This is the workbench's log service, which during a test run also carries the extension host's console.
    console.log(type === 'info' ? text : `[vscode:${type}] ${text}`);
  });
  await page.exposeFunction('codeAutomationExit', (code, logs) => {
    saveWorkbenchLogs(logs);
    reportExit(Number(code));
  });

  const url = `${base}/?folder=${encodeURIComponent(workspaceFolder)}&payload=${encodeURIComponent(
    JSON.stringify([
      ['extensionDevelopmentPath', `vscode-remote://127.0.0.1:${port}${testHost}`],
      ['extensionTestsPath', `vscode-remote://127.0.0.1:${port}${testsEntry}`],
    ]),
  )}`;
  say('opening the workbench with the test payload');
  await page.goto(url);

  const result = await Promise.race([testsExited, codeServerExited]);
  await requests;
  if (result !== 0) await takeScreenshot(page, 'failure');
  say(`tests exited with code ${result} after ${elapsed()}`);
  say(firstDiagnostics ?? 'first diagnostics after open: not measured');
  if (result === 0 && updateDocs) copyDocImages();
  return result;
}

let firstDiagnostics;

/**
 * The stand-in extension under development: VS Code's extension host runs extensionTestsPath only when an
 * extensionDevelopmentPath is given. It contributes nothing, so Policy Lens itself comes from the .vsix.
 * The suite goes inside it, so that the suite's `require('vscode')` is attributed to an extension.
 */
function writeTestHost(tempDir, suiteEntry) {
  const dir = join(tempDir, 'test-host');
  mkdirSync(join(dir, 'out'), { recursive: true });
  const testsEntry = join(dir, 'out', 'index.js');
  copyFileSync(suiteEntry, testsEntry);
  const manifest = {
    name: 'policy-lens-e2e-host',
    displayName: 'Policy Lens e2e host',
    publisher: 'policy-lens',
    version: '0.0.0',
    engines: { vscode: '^1.90.0' },
    // Runs in the Node extension host next to Policy Lens, where the tests must run too.
    extensionKind: ['workspace'],
    // An entry point that does nothing: VS Code maps `require('vscode')` only to extensions that have one.
    main: './host.js',
  };
  writeFileSync(join(dir, 'package.json'), JSON.stringify(manifest, null, 2));
  writeFileSync(join(dir, 'host.js'), 'exports.activate = () => {};\n');
  return { testHost: dir, testsEntry };
}

/** `code-server --install-extension`, into the run's own extensions dir, as a user installs the .vsix. */
async function installExtension(vsix, profileArgs) {
  const install = spawn(codeServerBin, [...profileArgs, '--install-extension', vsix], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  for (const stream of [install.stdout, install.stderr]) stream.on('data', (chunk) => (output += chunk));
  const [code] = await once(install, 'exit');
  if (code !== 0) throw new Error(`code-server --install-extension ${vsix} failed (exit ${code}):\n${output}`);
  say(`installed ${vsix.slice(repoRoot.length + 1)} after ${elapsed()}`);
}

/** Quiet, reproducible workbench: no welcome page, tips, update checks or trust prompt on top of the draft. */
function workbenchSettings() {
  return {
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'workbench.enableExperiments': false,
    'telemetry.telemetryLevel': 'off',
    'update.mode': 'none',
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'extensions.ignoreRecommendations': true,
    'security.workspace.trust.enabled': false,
    'chat.commandCenter.enabled': false,
    // /work/main is a git checkout: without this a "open the parent repository?" toast covers the screenshot.
    'git.openRepositoryInParentFolders': 'never',
    // The suite edits the fixture draft (completion) and reverts it: nothing may be written to the checkout.
    'files.autoSave': 'off',
  };
}

/**
 * Saves .artifacts/<name>.png. With options.waitForSelector, first waits (bounded) until the page shows that
 * element; if it never does, the screenshot is still taken (it shows what was there instead) and the
 * request is acknowledged as failed, so the test fails with the reason.
 */
async function takeScreenshot(page, name, options = {}, ackDir = undefined) {
  const file = join(artifactsDir, `${name}.png`);
  let failure;
  if (options.waitForSelector) {
    try {
      const root = options.inWebview ? webviewContent(page) : page;
      const target = locate(root, options.waitForSelector, options.withText);
      await target.waitFor({ state: 'visible', timeout: UI_TIMEOUT_MS });
      // A broken image is visible too (its alt text): an <img> must also have loaded its picture.
      if (options.imageLoaded) await waitForImage(target);
    } catch (error) {
      failure = `the page did not show ${describeTarget(options.waitForSelector, options.withText)}: ${firstLine(error)}`;
    }
  }
  try {
    const clip = options.clipTo ? await clipRegion(page, options.clipTo) : undefined;
    // Written under a temporary name and renamed, so nobody ever sees half a PNG.
    // animations: 'disabled' fast-forwards the hover's fade-in, which would otherwise leave it see-through.
    await page.screenshot({ path: `${file}.tmp.png`, animations: 'disabled', clip });
    renameSync(`${file}.tmp.png`, file);
    say(`screenshot ${file}`);
  } catch (error) {
    failure ??= `screenshot failed: ${firstLine(error)}`;
  }
  if (failure) say(`screenshot ${name}: ${failure}`);
  // Acknowledge even after a failure: the test should go on (and report it) rather than wait for its timeout.
  acknowledge(ackDir, name, failure);
}

/**
 * The part of the page to keep: the box around the elements `selector` matches (several, e.g.
 * '.part.editor, .part.panel'), cut to at most `height` pixels from its top.
 */
async function clipRegion(page, { selector, height }) {
  const all = page.locator(selector);
  await all.first().waitFor({ state: 'visible', timeout: UI_TIMEOUT_MS });
  const boxes = (await Promise.all((await all.all()).map((element) => element.boundingBox()))).filter(Boolean);
  if (!boxes.length) throw new Error(`${selector} is not visible`);
  const x = Math.min(...boxes.map((box) => box.x));
  const y = Math.min(...boxes.map((box) => box.y));
  const width = Math.max(...boxes.map((box) => box.x + box.width)) - x;
  const full = Math.max(...boxes.map((box) => box.y + box.height)) - y;
  return { x, y, width, height: height ? Math.min(height, full) : full };
}

/** Clicks an element of the page with the mouse, as a person would. */
async function click(page, name, options, ackDir) {
  let failure;
  if (!options.selector) failure = 'no selector given';
  else {
    try {
      await locate(page, options.selector, options.withText).click({ timeout: UI_TIMEOUT_MS });
      say(`clicked ${describeTarget(options.selector, options.withText)} (${name})`);
    } catch (error) {
      failure = `could not click ${describeTarget(options.selector, options.withText)}: ${firstLine(error)}`;
      await takeScreenshot(page, `${name}-failed`);
    }
  }
  acknowledge(ackDir, name, failure);
}

async function waitForImage(image) {
  const deadline = Date.now() + UI_TIMEOUT_MS;
  while (!(await image.evaluate((element) => element.complete && element.naturalWidth > 0))) {
    if (Date.now() > deadline) throw new Error(`the image ${await image.getAttribute('src')} did not load`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The document inside the workbench's (one visible) webview: VS Code nests it in two iframes. */
function webviewContent(page) {
  return page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
}

/** The first element of `root` (the page or a frame) that matches, containing `withText` if given. */
function locate(root, selector, withText) {
  const all = root.locator(selector);
  return (withText ? all.filter({ hasText: withText }) : all).first();
}

function acknowledge(ackDir, name, failure) {
  if (!ackDir) return;
  writeFileSync(join(ackDir, `${name}.${failure ? 'failed' : 'done'}`), failure ?? '');
}

function parseOptions(json) {
  if (!json) return {};
  try {
    return JSON.parse(json);
  } catch {
    return {};
  }
}

function describeTarget(selector, withText) {
  return withText ? `${selector} containing ${JSON.stringify(withText)}` : selector;
}

function firstLine(error) {
  return String(error instanceof Error ? error.message : error).split('\n')[0];
}

function copyDocImages() {
  const docsDir = join(repoRoot, 'docs', 'images');
  mkdirSync(docsDir, { recursive: true });
  for (const name of DOC_IMAGES) {
    const source = join(artifactsDir, `${name}.png`);
    if (!existsSync(source)) {
      say(`no ${name}.png to copy to docs/images (did its test run?)`);
      continue;
    }
    copyFileSync(source, join(docsDir, `${name}.png`));
    say(`copied ${name}.png to ${docsDir}`);
  }
}

function saveWorkbenchLogs(logs) {
  if (!Array.isArray(logs)) return;
  for (const { relativePath, contents } of logs) {
    const file = join(artifactsDir, 'logs', relativePath);
    if (!file.startsWith(join(artifactsDir, 'logs'))) continue; // a path from the page must stay in logs/
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, contents);
  }
}

// Errors and warnings that concern this extension or its grammar: the tests cannot see them, a person would.
const OUR_PROBLEM = /\[(error|warning)\].*(policy-?lens|policyLens|grammar|textmate|injection)/i;

function reportWorkbenchProblems() {
  const logsDir = join(artifactsDir, 'logs');
  if (!existsSync(logsDir)) return;
  const files = readdirSync(logsDir, { recursive: true }).filter((file) => String(file).endsWith('.log'));
  for (const file of files) {
    const lines = readFileSync(join(logsDir, String(file)), 'utf8').split('\n');
    for (const line of lines) if (OUR_PROBLEM.test(line) && !OFFLINE_NOISE.test(line)) say(`log ${file}: ${line}`);
  }
}

function loadPlaywright() {
  // playwright-core lives in the tools cache, not in the project's node_modules.
  const require = createRequire(join(cacheDir, 'package.json'));
  try {
    return require('playwright-core');
  } catch {
    throw new Error(`playwright-core not found in ${cacheDir}: run bash test/e2e/setup.sh`);
  }
}

async function freeLoopbackPort() {
  // Ask the OS for a free port, then hand it to code-server. Another process could take it in between;
  // on a CI machine that is rare enough, and the failure would be loud (code-server exits early).
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address();
  server.close();
  await once(server, 'close');
  return port;
}

async function waitForHealthy(base) {
  const deadline = Date.now() + healthTimeoutMs;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`${base}/healthz`, { signal: AbortSignal.timeout(2_000) });
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`code-server did not answer ${base}/healthz within ${healthTimeoutMs} ms`);
}

let finishing = false;
async function finish(code) {
  if (finishing) return;
  finishing = true;
  clearTimeout(watchdog);
  const { codeServer, browserServer, browser, tempDir } = started;
  // Bounded: a hung browser must not keep the CI job alive.
  await withTimeout(browser?.close(), 5_000);
  const browserProcess = browserServer?.process();
  await withTimeout(browserServer?.close(), 5_000);
  if (browserProcess?.pid && isRunning(browserProcess)) killGroup(browserProcess.pid, 'SIGKILL');
  if (codeServer?.pid && isRunning(codeServer)) {
    const exited = once(codeServer, 'exit');
    killGroup(codeServer.pid, 'SIGTERM');
    if ((await withTimeout(exited, 5_000)) === 'timeout') killGroup(codeServer.pid, 'SIGKILL');
  }
  if (tempDir) {
    // The extension host's logs (the Policy Lens output channel, the language client's trace) live on the
    // code-server side; keep them with the workbench's before the profile goes.
    const remoteLogs = join(tempDir, 'user', 'logs');
    try {
      if (existsSync(remoteLogs)) cpSync(remoteLogs, join(artifactsDir, 'logs', 'remote'), { recursive: true });
    } catch (error) {
      say(`could not keep the extension host logs: ${firstLine(error)}`);
    }
    rmSync(tempDir, { recursive: true, force: true });
  }
  reportWorkbenchProblems();
  // The tests pass on the simple segmenter too; a user would get worse search. The native addon and its
  // dictionary are the part of the .vsix most likely to be missing or built for another platform.
  const fallback = segmenterFallback();
  if (fallback) {
    say(`the installed extension could not use nodejieba: ${fallback}`);
    if (code === 0) code = 1;
  }
  say(`done in ${elapsed()}, exit code ${code}`);
  process.exit(code);
}

/** The Policy Lens log line saying that nodejieba could not be loaded, if there is one. */
function segmenterFallback() {
  const logsDir = join(artifactsDir, 'logs', 'remote');
  if (!existsSync(logsDir)) return undefined;
  for (const file of readdirSync(logsDir, { recursive: true })) {
    if (!String(file).endsWith('Policy Lens.log')) continue;
    const lines = readFileSync(join(logsDir, String(file)), 'utf8').split('\n');
    const line = lines.find((text) => /nodejieba could not be loaded|simple segmenter takes over/.test(text));
    if (line) return line;
  }
  return undefined;
}

function isRunning(child) {
  return child.exitCode === null && child.signalCode === null;
}

function killGroup(pid, signal) {
  for (const target of [-pid, pid]) {
    try {
      process.kill(target, signal);
      return;
    } catch {
      // already gone, or not a group leader: try the plain PID next
    }
  }
}

function withTimeout(promise, ms) {
  if (!promise) return Promise.resolve();
  let timer;
  return Promise.race([
    promise.catch(() => {}),
    new Promise((resolve) => (timer = setTimeout(() => resolve('timeout'), ms))),
  ]).finally(() => clearTimeout(timer));
}
