import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { LookupClausesRequest, type ClauseLookupItem } from '../../../server/src/protocol';
import { clauseLabel } from '../../../server/src/service/features/clauseLabel';

async function openClause(chosen: ClauseLookupItem): Promise<void> {
  try {
    const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(chosen.uri));
    const start = new vscode.Position(chosen.range.start.line, chosen.range.start.character);
    await vscode.window.showTextDocument(document, { selection: new vscode.Range(start, start), preview: true });
  } catch (error) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Cannot open the source: {0}', String(error)));
  }
}

interface ClausePick extends vscode.QuickPickItem {
  readonly item: ClauseLookupItem;
}

/** "Look up clause": a live QuickPick over the server's clause search; choosing opens the source. */
export function registerLookupClause(context: vscode.ExtensionContext, client: () => LanguageClient | undefined): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('policyLens.lookupClause', async (initialQuery?: string) => {
      const languageClient = client();
      if (!languageClient) return;
      const pick = vscode.window.createQuickPick<ClausePick>();
      pick.placeholder = vscode.l10n.t('Search the corpus clauses in Chinese, e.g. 政务云 算力');
      pick.matchOnDescription = true;
      pick.matchOnDetail = true;
      let request = 0;
      const search = async (query: string) => {
        const mine = ++request;
        if (!query.trim()) {
          pick.items = [];
          pick.busy = false;
          return;
        }
        pick.busy = true;
        try {
          const items = await languageClient.sendRequest(LookupClausesRequest.type, {
            query,
            limit: 30,
          });
          if (mine !== request) return; // a newer query is under way
          pick.items = items.map((item) => ({
            label: clauseLabel(item.number, item.title),
            description: item.docNumber ? vscode.l10n.t('{0} ({1})', item.docTitle, item.docNumber) : item.docTitle,
            detail: `${item.leadUnits.length ? `${vscode.l10n.t('Led by {0}', item.leadUnits.join('、'))} · ` : ''}${item.text.replace(/\s*\n\s*/g, ' ')}`,
            alwaysShow: true,
            item,
          }));
        } catch (error) {
          if (mine === request)
            void vscode.window.showWarningMessage(vscode.l10n.t('Clause lookup failed: {0}', String(error)));
        } finally {
          if (mine === request) pick.busy = false;
        }
      };
      pick.onDidChangeValue((value) => void search(value));
      pick.onDidAccept(() => {
        const chosen = pick.selectedItems[0]?.item;
        pick.hide();
        if (chosen) void openClause(chosen);
      });
      pick.onDidHide(() => pick.dispose());
      pick.show();
      if (typeof initialQuery === 'string') {
        pick.value = initialQuery;
        await search(initialQuery);
      }
    }),
  );
}
