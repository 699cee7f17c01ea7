// Completion while typing a platform name: through the API after “ and after 粤, then through the suggest
// widget, to see what VS Code really leaves in the line when the drafter accepts. The draft is edited in
// memory only and reverted afterwards (the runner turns auto-save off).
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { type E2eTest, openFixture, waitFor } from './harness.js';
import { waitForServer } from './policyLens.js';

const PLATFORM = '“粤省事”';

/** Types `typed` on the draft's last (empty) line with a WorkspaceEdit and puts the cursor after it. */
async function typeOnLastLine(typed: string): Promise<{ editor: vscode.TextEditor; cursor: vscode.Position }> {
  await waitForServer();
  const editor = await openFixture('draft.md');
  const document = editor.document;
  const lastLine = document.lineAt(document.lineCount - 1);
  assert.equal(lastLine.text, '', 'the fixture draft must end with an empty line');
  const edit = new vscode.WorkspaceEdit();
  edit.insert(document.uri, lastLine.range.start, typed);
  assert.ok(await vscode.workspace.applyEdit(edit), 'the edit was not applied');
  const cursor = new vscode.Position(lastLine.lineNumber, typed.length);
  editor.selection = new vscode.Selection(cursor, cursor);
  return { editor, cursor };
}

/** Undoes the typing: back to the file on disk, never saved. */
async function revert(editor: vscode.TextEditor): Promise<void> {
  await vscode.window.showTextDocument(editor.document);
  await vscode.commands.executeCommand('workbench.action.files.revert');
  await waitFor(() => !editor.document.isDirty, 5_000, 'the draft to be reverted');
}

/** What the line would read after accepting the item, applying its edit the way VS Code does. */
function lineAfterAccepting(line: string, item: vscode.CompletionItem, cursor: vscode.Position): string {
  const range =
    item.range === undefined
      ? new vscode.Range(cursor, cursor)
      : 'replacing' in item.range
        ? item.range.replacing
        : item.range;
  const insert = typeof item.insertText === 'string' ? item.insertText : (item.insertText?.value ?? labelOf(item));
  return line.slice(0, range.start.character) + insert + line.slice(range.end.character);
}

function labelOf(item: vscode.CompletionItem): string {
  return typeof item.label === 'string' ? item.label : item.label.label;
}

async function completionsAt(
  editor: vscode.TextEditor,
  cursor: vscode.Position,
  trigger: string,
): Promise<vscode.CompletionItem[]> {
  const list = await vscode.commands.executeCommand<vscode.CompletionList>(
    'vscode.executeCompletionItemProvider',
    editor.document.uri,
    cursor,
    trigger,
  );
  return list?.items ?? [];
}

async function expectPlatformAfterTyping(typed: string, trigger: string): Promise<void> {
  const { editor, cursor } = await typeOnLastLine(typed);
  try {
    const items = await completionsAt(editor, cursor, trigger);
    const item = items.find((candidate) => labelOf(candidate) === PLATFORM);
    assert.ok(item, `no ${PLATFORM} among ${items.length} items: ${items.slice(0, 15).map(labelOf).join(' ')}`);
    assert.equal(item.kind, vscode.CompletionItemKind.Module, 'a platform');
    const line = lineAfterAccepting(editor.document.lineAt(cursor.line).text, item, cursor);
    assert.equal(line, PLATFORM, `accepting after ${JSON.stringify(typed)} would leave ${JSON.stringify(line)}`);
  } finally {
    await revert(editor);
  }
}

export const tests: E2eTest[] = [
  {
    name: 'completion after “ offers “粤省事” with the canonical quotes (closing ” added)',
    async run() {
      await expectPlatformAfterTyping('“', '“');
    },
  },
  {
    name: 'completion after 粤 offers “粤省事”, replacing the typed 粤 (no doubled characters)',
    async run() {
      await expectPlatformAfterTyping('粤', '粤');
    },
  },
  {
    name: 'completion after “粤 replaces both, leaving exactly “粤省事”',
    async run() {
      await expectPlatformAfterTyping('“粤', '粤');
    },
  },
  {
    name: 'accepting the first suggestion in the editor after “粤省 leaves “粤省事” in the line',
    async run() {
      const { editor, cursor } = await typeOnLastLine('“粤省');
      try {
        await vscode.commands.executeCommand('editor.action.triggerSuggest');
        // The widget fills in after the command returns: accept once it has something to accept.
        const line = await waitFor(
          async () => {
            await vscode.commands.executeCommand('acceptSelectedSuggestion');
            const text = editor.document.lineAt(cursor.line).text;
            return text !== '“粤省' ? text : undefined;
          },
          10_000,
          'the suggest widget to accept a suggestion',
        );
        assert.equal(line, PLATFORM);
      } finally {
        await revert(editor);
      }
    },
  },
];
