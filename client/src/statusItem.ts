import * as vscode from 'vscode';
import type { CorpusStatus } from '../../server/src/protocol';
import { documentCount, errorCount, nameCount, warningCount } from './counts';

/** The status bar item: corpus state at a glance; clicking opens the server log. */
export class CorpusStatusItem implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('policyLens.status', vscode.StatusBarAlignment.Right, 100);

  constructor(private readonly log: vscode.LogOutputChannel) {
    this.item.name = 'Policy Lens';
    this.item.command = 'policyLens.showLog';
    this.item.text = '$(sync~spin) Policy Lens';
    this.item.tooltip = vscode.l10n.t('Indexing the policy corpus…');
    this.item.show();
  }

  update(status: CorpusStatus): void {
    if (status.state === 'failed') {
      this.item.text = '$(error) Policy Lens';
      this.item.tooltip = vscode.l10n.t('The corpus failed to load: {0}', status.message ?? '');
      this.item.backgroundColor = new vscode.ThemeColor('statusBarItem.errorBackground');
      return;
    }
    // Only errors (a file that could not be read) earn the warning icon; warnings are in the tooltip.
    this.item.text = `${status.errors ? '$(warning)' : '$(book)'} ${vscode.l10n.t('Corpus {0}', status.documents)}`;
    this.item.tooltip = vscode.l10n.t(
      'Policy Lens: {0}, {1}, {2}, {3} (indexed in {4} ms). Click for the log.',
      documentCount(status.documents),
      nameCount(status.names),
      errorCount(status.errors),
      warningCount(status.warnings),
      status.indexMs ?? '?',
    );
    this.item.backgroundColor = status.errors ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
    this.log.info(
      vscode.l10n.t('Corpus {0}: {1}, {2}', status.state, documentCount(status.documents), nameCount(status.names)),
    );
  }

  dispose(): void {
    this.item.dispose();
  }
}
