import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { CheckWorkspaceRequest } from '../../../server/src/protocol';

/**
 * "Check all drafts in the workspace": the server checks the closed Markdown drafts too and publishes
 * their diagnostics, so the Problems panel lists them. Cancelling the notification cancels the request.
 */
export function registerCheckWorkspace(
  context: vscode.ExtensionContext,
  client: () => LanguageClient | undefined,
): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('policyLens.checkWorkspace', async () => {
      const languageClient = client();
      if (!languageClient) return undefined;
      const result = await vscode.window.withProgress(
        {
          location: vscode.ProgressLocation.Notification,
          title: vscode.l10n.t('Checking the workspace drafts'),
          cancellable: true,
        },
        (_progress, token) => languageClient.sendRequest(CheckWorkspaceRequest.type, token),
      );
      if (!result) return undefined; // the server is gone
      const drafts = result.drafts === 1 ? vscode.l10n.t('1 draft') : vscode.l10n.t('{0} drafts', result.drafts);
      void vscode.window.setStatusBarMessage(
        result.cancelled
          ? vscode.l10n.t('Workspace check stopped after {0}', drafts)
          : vscode.l10n.t('Workspace check: {0} checked, {1} with problems', drafts, result.withProblems),
        5000,
      );
      if (!result.cancelled && result.diagnostics > 0)
        await vscode.commands.executeCommand('workbench.actions.view.problems');
      return result;
    }),
  );
}
