import * as vscode from 'vscode';
import type { CorpusStatus } from '../../server/src/protocol';
import { isEnglish } from './locale';

/** The status bar item: corpus state at a glance; clicking opens the server log. */
export class CorpusStatusItem implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('policyLens.status', vscode.StatusBarAlignment.Right, 100);
  private last: CorpusStatus | undefined;
  private readonly configuration: vscode.Disposable;

  constructor(private readonly log: vscode.LogOutputChannel) {
    // The language setting changes the item's words at once, as it does the hovers'.
    this.configuration = vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration('policyLens.language') && this.last) this.update(this.last);
    });
    this.item.name = 'Policy Lens';
    this.item.command = 'policyLens.showLog';
    this.item.text = '$(sync~spin) Policy Lens';
    this.item.tooltip = isEnglish() ? 'Indexing the policy corpus…' : '正在索引政策语料…';
    this.item.show();
  }

  update(status: CorpusStatus): void {
    this.last = status;
    const en = isEnglish();
    if (status.state === 'failed') {
      this.item.text = '$(error) Policy Lens';
      this.item.tooltip = `${en ? 'Corpus failed to load' : '语料加载失败'}: ${status.message ?? ''}`;
      this.item.backgroundColor = new vscode.ThemeColor('statusBarItem.errorBackground');
      return;
    }
    // Only errors (a file that could not be read) earn the warning icon; warnings are in the tooltip.
    this.item.text = `${status.errors ? '$(warning)' : '$(book)'} ${en ? 'Corpus' : '语料'} ${status.documents}`;
    this.item.tooltip = en
      ? `Policy Lens: ${status.documents} documents, ${status.names} names, ${status.errors} errors, ${status.warnings} warnings (indexed in ${status.indexMs ?? '?'} ms). Click for the log.`
      : `Policy Lens：${status.documents} 个文件，${status.names} 个名称，${status.errors} 个错误，${status.warnings} 个警告（索引耗时 ${status.indexMs ?? '?'} ms）。点击查看日志。`;
    this.item.backgroundColor = status.errors ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
    this.log.info(`corpus ${status.state}: ${status.documents} documents, ${status.names} names`);
  }

  dispose(): void {
    this.configuration.dispose();
    this.item.dispose();
  }
}
