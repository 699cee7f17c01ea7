// The extension's own commands, run as the command palette would: clause lookup (a QuickPick fed by the
// custom request policyLens/lookupClauses) and the corpus statistics document.
import assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { type E2eTest, screenshot, waitFor } from './harness.js';
import { EXTENSION_ID, waitForServer } from './policyLens.js';

const QUERY = '政务云 算力';

function bundledCorpusFolder(): string {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  if (!extension) throw new Error(`${EXTENSION_ID} is not loaded`);
  return path.join(extension.extensionUri.fsPath, 'corpus') + path.sep;
}

function activeCorpusEditor(): vscode.TextEditor | undefined {
  const editor = vscode.window.activeTextEditor;
  return editor && editor.document.uri.scheme === 'file' && editor.document.uri.fsPath.startsWith(bundledCorpusFolder())
    ? editor
    : undefined;
}

export const tests: E2eTest[] = [
  {
    name: `policyLens.lookupClause '${QUERY}' lists clauses; accepting the first opens its corpus document there`,
    async run() {
      await waitForServer();
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      // The command shows the QuickPick, sends the request and fills in the items before it resolves. The page
      // renders them a moment later: the runner waits for a row that mentions the query, and shows it in a
      // screenshot. Without a browser runner (test-electron) accepting may come too early, hence the retries.
      let opened: vscode.TextEditor | undefined;
      for (let attempt = 1; attempt <= 3 && !opened; attempt++) {
        await vscode.commands.executeCommand('policyLens.lookupClause', QUERY);
        await screenshot(attempt === 1 ? 'lookup-clause' : `lookup-clause-${attempt}`, {
          waitForSelector: '.quick-input-widget .monaco-list-row',
          withText: '政务云',
        });
        await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
        opened = await waitFor(activeCorpusEditor, 5_000, 'a corpus document to open').catch(() => undefined);
        if (!opened) {
          console.log(`    (attempt ${attempt}: nothing opened; retrying)`);
          await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
        }
      }
      assert.ok(opened, 'accepting the first clause never opened a corpus document');
      // The cursor is on the clause: the text from there on is about 政务云 (and 算力, the second word).
      const line = opened.selection.active.line;
      const clause = opened.document.getText(
        new vscode.Range(line, 0, Math.min(line + 10, opened.document.lineCount - 1), 0),
      );
      assert.ok(
        clause.includes('政务云') && clause.includes('算力'),
        `the clause at line ${line + 1} of ${path.basename(opened.document.uri.fsPath)}:\n${clause.slice(0, 300)}`,
      );
    },
  },
  {
    name: 'policyLens.showCorpusStats shows the corpus statistics read-only, in the Markdown preview',
    async run() {
      await waitForServer();
      // The statistics are in the server's language: policyLens.language, whose auto follows the UI.
      const setting = vscode.workspace.getConfiguration('policyLens').get<string>('language', 'auto');
      const english = setting === 'auto' ? vscode.env.language.startsWith('en') : setting === 'en';
      const title = english ? 'Policy Lens corpus statistics' : 'Policy Lens 语料统计';
      const untitledBefore = vscode.workspace.textDocuments.filter((d) => d.uri.scheme === 'untitled').length;
      await vscode.commands.executeCommand('policyLens.showCorpusStats');
      // A virtual document the preview renders: nothing to save, nothing the checker lints.
      const document = await waitFor(
        () =>
          vscode.workspace.textDocuments.find(
            (d) => d.uri.scheme === 'policy-lens-stats' && d.getText().includes(title),
          ),
        10_000,
        'the statistics document',
      );
      try {
        const text = document.getText();
        assert.equal(document.isDirty, false);
        assert.equal(
          vscode.workspace.textDocuments.filter((d) => d.uri.scheme === 'untitled').length,
          untitledBefore,
          'no untitled document',
        );
        assert.deepEqual(vscode.languages.getDiagnostics(document.uri), []);
        for (const expected of [
          english ? 'State: ready' : '状态：ready',
          english ? '| Document |' : '| 文件 |',
          english ? 'Glossary' : '名词解释',
          '广东省数字政府改革建设“十四五”规划',
          '广东省数字政府改革建设2022年工作要点',
          '粤办函〔2021〕44号',
          english ? '**Total**' : '**合计**',
        ]) {
          assert.ok(text.includes(expected), `statistics lack ${JSON.stringify(expected)}:\n${text}`);
        }
        assert.match(text, english ? /· [1-9]\d* documents ·/ : /· 文件 [1-9]\d* ·/);
      } finally {
        await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
      }
    },
  },
];
