import * as vscode from 'vscode';

/** Bundled corpus files ship with the extension: editing them would be lost on update, so they open read-only. */
export function keepBundledCorpusReadonly(context: vscode.ExtensionContext): void {
  const bundled = vscode.Uri.joinPath(context.extensionUri, 'corpus').fsPath;
  const apply = (editor: vscode.TextEditor | undefined) => {
    if (editor && editor.document.uri.scheme === 'file' && editor.document.uri.fsPath.startsWith(bundled)) {
      void vscode.commands.executeCommand('workbench.action.files.setActiveEditorReadonlyInSession');
    }
  };
  context.subscriptions.push(vscode.window.onDidChangeActiveTextEditor(apply));
  apply(vscode.window.activeTextEditor);
}
