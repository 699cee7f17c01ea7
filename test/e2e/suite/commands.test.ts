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
    name: 'policyLens.showCorpusStats opens a Markdown document with the corpus statistics',
    async run() {
      await waitForServer();
      await vscode.commands.executeCommand('policyLens.showCorpusStats');
      const editor = await waitFor(
        () => {
          const active = vscode.window.activeTextEditor;
          return active?.document.uri.scheme === 'untitled' && active.document.getText().includes('语料统计')
            ? active
            : undefined;
        },
        10_000,
        'the statistics document',
      );
      try {
        const text = editor.document.getText();
        assert.equal(editor.document.languageId, 'markdown');
        for (const expected of [
          '状态 state: ready',
          '| 文件 document |',
          '名词解释',
          '广东省数字政府改革建设“十四五”规划',
          '广东省数字政府改革建设2022年工作要点',
          '粤办函〔2021〕44号',
          '合计 total',
        ]) {
          assert.ok(text.includes(expected), `statistics lack ${JSON.stringify(expected)}:\n${text}`);
        }
        assert.match(text, /文件 documents [1-9]\d*/);
      } finally {
        // Untitled with content counts as dirty: close without the "save?" prompt.
        await vscode.window.showTextDocument(editor.document);
        await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
      }
    },
  },
];
