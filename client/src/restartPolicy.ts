import * as vscode from 'vscode';
import {
  CloseAction,
  ErrorAction,
  type CloseHandlerResult,
  type ErrorHandler,
  type ErrorHandlerResult,
} from 'vscode-languageclient/node';
import { CrashWindow } from './crashWindow';

/**
 * What the client does when the server's connection fails or closes: a server that stopped (crashed,
 * killed) is started again — the client then opens the open documents in it again, unsaved edits
 * included, and their diagnostics come back — at most a few times (CrashWindow); then it says so, in
 * the display language, and offers to start it by hand.
 */
export class RestartPolicy implements ErrorHandler {
  private readonly window = new CrashWindow();

  constructor(
    private readonly log: vscode.LogOutputChannel,
    private readonly startAgain: () => Promise<void>,
  ) {}

  error(error: Error, _message: unknown, count: number | undefined): ErrorHandlerResult {
    // A few write or read errors in a row are tolerated, as by vscode-languageclient's default. Unlike it,
    // an error with no count goes on too, and so does any number of EPIPEs: those are writes to a server
    // that died (every message in flight when it was killed fails so), whose close restarts it — shutting
    // down here would stop the restarted server.
    const deadPipe = (error as NodeJS.ErrnoException).code === 'EPIPE' || /\bEPIPE\b/.test(error.message);
    return { action: deadPipe || count === undefined || count <= 3 ? ErrorAction.Continue : ErrorAction.Shutdown };
  }

  closed(): CloseHandlerResult {
    const { restart, count } = this.window.crashed();
    const minutes = this.window.withinMs / 60_000;
    if (restart) {
      const message = vscode.l10n.t(
        'The Policy Lens language server stopped; starting it again ({0} of {1} restarts within {2} minutes).',
        count,
        this.window.restarts,
        minutes,
      );
      this.log.warn(message);
      return { action: CloseAction.Restart, message, handled: true };
    }
    const message = vscode.l10n.t(
      'The Policy Lens language server stopped {0} times within {1} minutes and will not be started again.',
      count,
      minutes,
    );
    this.log.error(message);
    void this.offerRestart(message);
    return { action: CloseAction.DoNotRestart, message, handled: true };
  }

  private async offerRestart(message: string): Promise<void> {
    const startAgain = vscode.l10n.t('Start It Again');
    const showLog = vscode.l10n.t('Show Log');
    const choice = await vscode.window.showErrorMessage(message, startAgain, showLog);
    if (choice === showLog) this.log.show();
    if (choice !== startAgain) return;
    this.window.reset();
    await this.startAgain().catch((error: unknown) =>
      this.log.error(vscode.l10n.t('The language server failed to start: {0}', String(error))),
    );
  }
}
