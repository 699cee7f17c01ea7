// Entry point the extension host loads (extensionTestsPath): it calls run() and exits with 0 when the promise
// resolves, 1 when it rejects. Bundled to test/e2e/out/suite/index.js by test/e2e/buildSuite.mjs.
//
// To add tests: write suite/<feature>.test.ts exporting `tests: E2eTest[]` (see activation.test.ts) and
// list it below. Explicit imports rather than a glob because the suite is bundled into one file.
import { runTests } from './harness.js';
import { tests as activation } from './activation.test.js';
import { tests as hover, widgetTests as hoverWidget } from './hover.test.js';
import { tests as navigation } from './navigation.test.js';
import { tests as completion } from './completion.test.js';
import { tests as commands } from './commands.test.js';
import { tests as diagnostics, widgetTests as diagnosticsWidget } from './diagnostics.test.js';
import { tests as editorFeatures } from './editorFeatures.test.js';
import { widgetTests as extensionPage } from './extensionPage.test.js';
import { tests as restart } from './restart.test.js';

// Activation first (it must see the extension wake up on its own); the hover tests start by waiting for
// the server; the rendered widgets (screenshots, link click), then the server killed and restarted, last.
const all = [
  ...activation,
  ...hover,
  ...navigation,
  ...completion,
  ...commands,
  ...diagnostics,
  ...editorFeatures,
  ...hoverWidget,
  ...diagnosticsWidget,
  ...extensionPage,
  ...restart,
];

export function run(): Promise<void> {
  // POLICY_LENS_E2E_GREP=hover runs only the tests whose name contains "hover".
  const grep = process.env.POLICY_LENS_E2E_GREP;
  return runTests(grep ? all.filter((test) => test.name.includes(grep)) : all);
}
