import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { CorpusStatsRequest, ReindexRequest } from '../../../server/src/protocol';
import { text } from '../locale';

/** Show corpus statistics, re-index, show the log. */
export function registerCorpusCommands(
  context: vscode.ExtensionContext,
  client: () => LanguageClient | undefined,
  log: vscode.LogOutputChannel,
): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('policyLens.showCorpusStats', async () => {
      const result = await client()?.sendRequest<CorpusStatsRequest.Result>(CorpusStatsRequest.method);
      if (!result) return;
      const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: result.markdown });
      await vscode.window.showTextDocument(document, { preview: true });
    }),
    vscode.commands.registerCommand('policyLens.reindex', async () => {
      const status = await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Window, title: text('重新索引语料', 'Re-indexing corpus') },
        async () => client()?.sendRequest<ReindexRequest.Result>(ReindexRequest.method),
      );
      if (status) log.info(`re-indexed: ${status.documents} documents in ${status.indexMs ?? '?'} ms`);
      return status;
    }),
    vscode.commands.registerCommand('policyLens.showLog', () => log.show()),
  );
}
