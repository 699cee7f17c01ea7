// The extension is loaded from the development path and wakes up on a Markdown draft.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { type E2eTest, openFixture, screenshot, waitFor } from './harness.js';
import { EXTENSION_ID } from './policyLens.js';

export const tests: E2eTest[] = [
  {
    name: 'the extension is loaded from the development path',
    async run() {
      const extension = vscode.extensions.getExtension(EXTENSION_ID);
      assert.ok(extension, `${EXTENSION_ID} is not among the loaded extensions`);
      assert.equal(extension.packageJSON.name, 'policy-lens');
    },
  },
  {
    name: 'opening a Markdown draft activates the extension',
    async run() {
      const editor = await openFixture('draft.md');
      assert.equal(editor.document.languageId, 'markdown');
      // No extension.activate() here: that would hide a broken activation event.
      const extension = vscode.extensions.getExtension(EXTENSION_ID);
      await waitFor(() => extension?.isActive, 15_000, `${EXTENSION_ID} to activate`);
      await screenshot('draft-open');
    },
  },
];
