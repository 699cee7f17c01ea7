// What VS Code asks of the server beyond hovers and diagnostics: semantic tokens in the contributed legend,
// and the workspace-wide check that puts a closed draft's problems in the Problems panel.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { type E2eTest, fixtureUri, waitFor } from './harness.js';
import { waitForServer } from './policyLens.js';

const CLOSED_DRAFT = 'e2e-closed-draft.md';

export const tests: E2eTest[] = [
  {
    name: 'semantic tokens: “粤省事” is a platform in the legend package.json contributes',
    async run() {
      const editor = await waitForServer();
      const uri = editor.document.uri;
      const legend = await vscode.commands.executeCommand<vscode.SemanticTokensLegend>(
        'vscode.provideDocumentSemanticTokensLegend',
        uri,
      );
      assert.deepEqual(legend.tokenTypes, ['platform', 'unknownBrand', 'glossaryTerm', 'indicator', 'agency']);
      const tokens = await waitFor(
        async () =>
          await vscode.commands.executeCommand<vscode.SemanticTokens | undefined>(
            'vscode.provideDocumentSemanticTokens',
            uri,
          ),
        20_000,
        'semantic tokens for the draft',
      );
      const text = editor.document.getText();
      const types = new Map<string, string>();
      let line = 0;
      let character = 0;
      for (let i = 0; i < tokens.data.length; i += 5) {
        character = tokens.data[i] === 0 ? character + tokens.data[i + 1] : tokens.data[i + 1];
        line += tokens.data[i];
        const written = text.split('\n')[line].slice(character, character + tokens.data[i + 2]);
        types.set(written, legend.tokenTypes[tokens.data[i + 3]]);
      }
      if (text.includes('粤省事')) assert.equal(types.get('粤省事'), 'platform', JSON.stringify([...types]));
      assert.ok(types.size > 0, 'the draft has tokens');
    },
  },
  {
    name: 'policyLens.checkWorkspace lists a closed draft’s problems, without opening it',
    async run() {
      await waitForServer();
      const uri = fixtureUri(CLOSED_DRAFT);
      await vscode.workspace.fs.writeFile(uri, Buffer.from('（一）由省信息中心负责数据共享。\n'));
      try {
        const result = await vscode.commands.executeCommand<{ drafts: number; cancelled: boolean }>(
          'policyLens.checkWorkspace',
        );
        assert.equal(result.cancelled, false);
        assert.ok(result.drafts >= 1, JSON.stringify(result));
        assert.ok(
          !vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString()),
          'the draft stays closed',
        );
        const codes = await waitFor(
          () => {
            const found = vscode.languages
              .getDiagnostics(uri)
              .map((d) => String(d.code && (typeof d.code === 'object' ? d.code.value : d.code)));
            return found.includes('name.deprecated') && found;
          },
          10_000,
          'name.deprecated for the closed draft',
        );
        assert.ok(codes.includes('name.deprecated'));
      } finally {
        await vscode.workspace.fs.delete(uri);
        // The next check drops the deleted draft's problems.
        await vscode.commands.executeCommand('policyLens.checkWorkspace');
        await vscode.commands.executeCommand('workbench.action.closePanel');
      }
    },
  },
];
