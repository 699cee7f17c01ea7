// Diagnostics and quick fixes in a real VS Code: the draft's planted mistakes appear in the Problems
// data (vscode.languages.getDiagnostics), the quick fixes come from vscode.executeCodeActionProvider, and
// applying the preferred one edits the document and makes its diagnostic go away. The draft is edited in
// memory only and reverted afterwards (the runner turns auto-save off).
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { type E2eTest, openFixture, screenshot, waitFor } from './harness.js';
import { positionOf, useLanguage, waitForServer } from './policyLens.js';

const FIXTURE = 'diagnostics-draft.md';
/** The server checks 50 ms after the last edit; allow for a slow machine. */
const DIAGNOSTICS_TIMEOUT_MS = 20_000;

function ours(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'policy-lens');
}

function codeOf(diagnostic: vscode.Diagnostic): string {
  const code = diagnostic.code;
  return String(typeof code === 'object' ? code.value : code);
}

/** [code, the text the range covers] of our diagnostics, in document order. */
function brief(document: vscode.TextDocument): Array<[string, string]> {
  return ours(document.uri)
    .sort((a, b) => a.range.start.compareTo(b.range.start))
    .map((d) => [codeOf(d), document.getText(d.range)]);
}

/** Polls until our diagnostics for the document are exactly `expected` (as [code, text] pairs). */
async function waitForDiagnostics(
  document: vscode.TextDocument,
  expected: Array<[string, string]>,
  what: string,
): Promise<vscode.Diagnostic[]> {
  try {
    await waitFor(() => JSON.stringify(brief(document)) === JSON.stringify(expected), DIAGNOSTICS_TIMEOUT_MS, what);
  } catch (error) {
    throw new Error(`${(error as Error).message}; last seen: ${JSON.stringify(brief(document))}`);
  }
  return ours(document.uri).sort((a, b) => a.range.start.compareTo(b.range.start));
}

async function quickFixes(uri: vscode.Uri, range: vscode.Range): Promise<vscode.CodeAction[]> {
  const actions =
    (await vscode.commands.executeCommand<Array<vscode.CodeAction | vscode.Command>>(
      'vscode.executeCodeActionProvider',
      uri,
      range,
    )) ?? [];
  return actions.filter((a): a is vscode.CodeAction => 'edit' in a || 'kind' in a);
}

/** Back to the file on disk, never saved. */
async function revert(editor: vscode.TextEditor): Promise<void> {
  await vscode.window.showTextDocument(editor.document);
  await vscode.commands.executeCommand('workbench.action.files.revert');
  await waitFor(() => !editor.document.isDirty, 5_000, `${FIXTURE} to be reverted`);
}

const PLANTED: Array<[string, string]> = [
  ['name.near-miss', '一网通管'],
  ['name.near-miss', '一网通管'],
  ['name.quotes', '"粤省事"'],
  ['value.outdated', '100万名'],
];

export const tests: E2eTest[] = [
  {
    name: 'diagnostics: the planted mistakes of a draft appear with their codes, spans, source and README links',
    async run() {
      await waitForServer();
      const editor = await openFixture(FIXTURE);
      const document = editor.document;
      const diagnostics = await waitForDiagnostics(document, PLANTED, `the planted mistakes in ${FIXTURE}`);
      const text = document.getText();
      assert.deepEqual(
        diagnostics.map((d) => [d.range.start.line, d.range.start.character]),
        [
          document.positionAt(text.indexOf('一网通管')),
          document.positionAt(text.indexOf('一网通管', text.indexOf('一网通管') + 1)),
          document.positionAt(text.indexOf('"粤省事"')),
          document.positionAt(text.indexOf('100万名')),
        ].map((p) => [p.line, p.character]),
      );
      assert.deepEqual(
        diagnostics.map((d) => d.severity),
        [
          vscode.DiagnosticSeverity.Warning,
          vscode.DiagnosticSeverity.Warning,
          vscode.DiagnosticSeverity.Warning,
          vscode.DiagnosticSeverity.Warning,
        ],
      );
      for (const d of diagnostics) {
        const code = d.code;
        assert.ok(typeof code === 'object', `the code of ${codeOf(d)} carries its documentation link`);
        assert.ok(code.target.toString().endsWith(`README.md#${codeOf(d).replace(/\./g, '')}`), code.target.toString());
      }
      // The messages name the right name and value (in whichever language the hover tests left set).
      assert.ok(diagnostics[0].message.includes('一网统管'), diagnostics[0].message);
      assert.ok(diagnostics[3].message.includes('150万名'), diagnostics[3].message);
      // The corpus sources come along as related information.
      const related = diagnostics[3].relatedInformation ?? [];
      assert.deepEqual(
        related.map((r) => r.location.uri.path.split('/').pop()),
        ['2021-03-25 广东省数字政府改革建设2021年工作要点.md', '2021-07 广东省数字政府改革建设“十四五”规划.md'],
      );
    },
  },
  {
    name: 'diagnostics: a near miss offers its suggestion (not preferred) and the teaching commands; applying it clears it',
    async run() {
      await waitForServer();
      const editor = await openFixture(FIXTURE);
      const document = editor.document;
      try {
        const [first] = await waitForDiagnostics(document, PLANTED, `the planted mistakes in ${FIXTURE}`);
        const actions = await quickFixes(document.uri, first.range);
        const titles = actions.map((a) => a.title).join(' | ');
        // A guess at what the drafter meant is a suggestion: offered, never preferred unless certain.
        assert.deepEqual(
          actions.filter((a) => a.isPreferred),
          [],
          titles,
        );
        const suggestion = actions.find((a) => a.title.includes('一网统管'));
        assert.ok(suggestion?.edit, `the suggestion among ${titles}`);
        assert.ok(
          actions.some((a) => a.command?.command === 'policyLens.teach'),
          `a command that teaches the workspace registry among ${titles}`,
        );

        const line = first.range.start.line;
        const before = document.lineAt(line).text;
        assert.ok(await vscode.workspace.applyEdit(suggestion.edit), 'the edit was not applied');
        assert.equal(document.lineAt(line).text, before.replace('一网通管', '一网统管'));
        assert.equal(document.getText(first.range), '一网统管');

        await waitForDiagnostics(document, PLANTED.slice(1), 'the fixed near miss to disappear (the other one stays)');
      } finally {
        await revert(editor);
      }
      await waitForDiagnostics(document, PLANTED, 'the diagnostics of the reverted draft');
    },
  },
  {
    name: 'diagnostics: the safe fix for ASCII quotes is the preferred one and clears its diagnostic',
    async run() {
      await waitForServer();
      const editor = await openFixture(FIXTURE);
      const document = editor.document;
      try {
        const diagnostics = await waitForDiagnostics(document, PLANTED, `the planted mistakes in ${FIXTURE}`);
        const quotes = diagnostics.find((d) => codeOf(d) === 'name.quotes')!;
        const preferred = (await quickFixes(document.uri, quotes.range)).filter((a) => a.isPreferred);
        assert.equal(preferred.length, 1, 'one preferred fix');
        assert.ok(
          preferred[0].edit && (await vscode.workspace.applyEdit(preferred[0].edit)),
          'the edit was not applied',
        );
        assert.ok(document.getText().includes('依托“粤省事”开展服务'), document.getText());
        await waitForDiagnostics(document, [...PLANTED.slice(0, 2), PLANTED[3]], 'name.quotes to disappear');
      } finally {
        await revert(editor);
      }
    },
  },
  {
    name: 'diagnostics: the preferred quick fix for an outdated figure writes the newer target',
    async run() {
      await waitForServer();
      const editor = await openFixture(FIXTURE);
      const document = editor.document;
      try {
        const diagnostics = await waitForDiagnostics(document, PLANTED, `the planted mistakes in ${FIXTURE}`);
        const outdated = diagnostics.find((d) => codeOf(d) === 'value.outdated')!;
        // As a person would ask: the cursor inside the figure, not the diagnostic's exact range.
        const cursor = outdated.range.start.translate(0, 1);
        const preferred = (await quickFixes(document.uri, new vscode.Range(cursor, cursor))).filter(
          (a) => a.isPreferred,
        );
        assert.equal(preferred.length, 1, 'one preferred fix');
        assert.ok(
          preferred[0].edit && (await vscode.workspace.applyEdit(preferred[0].edit)),
          'the edit was not applied',
        );
        assert.equal(document.getText(outdated.range), '150万名');
        assert.ok(document.getText().includes('“粤省事”日均活跃用户数达到150万名。'), document.getText());
        await waitForDiagnostics(document, PLANTED.slice(0, 3), 'value.outdated to disappear');
      } finally {
        await revert(editor);
      }
    },
  },
];

/** What a person sees (run with the other widget tests, last): squiggles, a diagnostic's hover, the Problems panel. */
export const widgetTests: E2eTest[] = [
  {
    name: 'a person sees the planted mistakes underlined and listed in Problems (screenshot diagnostics.png)',
    async run() {
      // The README shows the Chinese messages, whatever the UI language of this workbench.
      const draft = await waitForServer();
      const glossaryTerm = positionOf(draft.document, '一网统管', 1, '（1）');
      await useLanguage('zh', draft.document.uri, glossaryTerm, '来源');
      try {
        const editor = await openFixture(FIXTURE);
        const document = editor.document;
        await waitFor(
          () => ours(document.uri).some((d) => d.message.includes('疑为')),
          DIAGNOSTICS_TIMEOUT_MS,
          'the diagnostics in Chinese',
        );
        await vscode.commands.executeCommand('workbench.actions.view.problems');
        await vscode.window.showTextDocument(document);
        const slip = positionOf(document, '一网通管', 1);
        editor.selection = new vscode.Selection(slip, slip);
        await vscode.commands.executeCommand('editor.action.showHover');
        // The editor and the Problems panel, without the workbench's title bar and side bar.
        await screenshot('diagnostics', {
          waitForSelector: '.monaco-hover',
          withText: '疑为',
          clipTo: { selector: '.part.editor, .part.panel' },
        });
      } finally {
        await vscode.commands.executeCommand('editor.action.hideHover').then(undefined, () => undefined);
        await vscode.commands.executeCommand('workbench.action.closePanel');
        await useLanguage(undefined, draft.document.uri, glossaryTerm, uiLabel());
      }
    },
  },
];

const uiLabel = () => (vscode.env.language.startsWith('en') ? 'Source' : '来源');
