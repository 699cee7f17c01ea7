import * as vscode from 'vscode';

/**
 * Corpus statistics as a read-only virtual document (policy-lens-stats:), opened in the Markdown preview:
 * not an untitled file that the checker would lint and the editor would ask to save.
 */
export class CorpusStatsView implements vscode.TextDocumentContentProvider {
  static readonly scheme = 'policy-lens-stats';
  static readonly uri = vscode.Uri.from({ scheme: CorpusStatsView.scheme, path: '/corpus-stats.md' });
  private markdown = '';
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;

  register(context: vscode.ExtensionContext): void {
    context.subscriptions.push(
      vscode.workspace.registerTextDocumentContentProvider(CorpusStatsView.scheme, this),
      this.changed,
    );
  }

  provideTextDocumentContent(): string {
    return this.markdown;
  }

  /** Shows the report; a second report replaces the first in the same view. */
  async show(markdown: string): Promise<void> {
    this.markdown = markdown;
    this.changed.fire(CorpusStatsView.uri);
    await vscode.commands.executeCommand('markdown.showPreview', CorpusStatsView.uri);
  }
}
