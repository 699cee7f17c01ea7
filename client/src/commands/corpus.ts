import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { CorpusStatsRequest, ReindexRequest } from '../../../server/src/protocol';
import { documentCount } from '../counts';
import { CorpusStatsView } from './statsView';

/** Show corpus statistics, re-index, show the log. */
export function registerCorpusCommands(
  context: vscode.ExtensionContext,
  client: () => LanguageClient | undefined,
  log: vscode.LogOutputChannel,
): void {
  const statsView = new CorpusStatsView();
  statsView.register(context);
  context.subscriptions.push(
    vscode.commands.registerCommand('policyLens.showCorpusStats', async () => {
      const result = await client()?.sendRequest(CorpusStatsRequest.type);
      if (!result) return;
      await statsView.show(result.markdown);
    }),
    vscode.commands.registerCommand('policyLens.reindex', async () => {
      const status = await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Window, title: vscode.l10n.t('Re-indexing the corpus') },
        async () => client()?.sendRequest(ReindexRequest.type),
      );
      if (status)
        log.info(vscode.l10n.t('Re-indexed: {0} in {1} ms', documentCount(status.documents), status.indexMs ?? '?'));
      return status;
    }),
    vscode.commands.registerCommand('policyLens.showLog', () => log.show()),
  );
}
