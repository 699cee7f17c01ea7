import {
  DocumentDiagnosticReportKind,
  type CancellationToken,
  type Connection,
  type DocumentDiagnosticReport,
} from 'vscode-languageserver/node';
import type { DraftDocument } from '../service/features/documentText.js';
import type { Locale } from '../service/l10n.js';
import type { LanguageService, Logger } from '../service/languageService.js';
import { say } from '../service/messages/entry.js';
import { SERVER_MESSAGES } from '../service/messages/server.js';
import type { WorkerSegmenter } from './workerSegmenter.js';
import { pauseFor } from './turns.js';

export interface DraftValidationDeps {
  readonly connection: Connection;
  readonly service: LanguageService;
  readonly segmenter: Pick<WorkerSegmenter, 'start' | 'whenReady'>;
  readonly logger: Logger;
  readonly locale: () => Locale;
  readonly draftOf: (uri: string) => DraftDocument | undefined;
  /** The open document's version, without making a draft of it (the check asks it at every step). */
  readonly versionOf: (uri: string) => number | undefined;
  readonly openUris: () => Iterable<string>;
  readonly isCorpus: (uri: string) => boolean;
  /**
   * The client pulls diagnostics (textDocument/diagnostic): nothing is pushed for open drafts, and a new
   * index or new settings ask it to pull again (when it can be asked).
   */
  readonly pull?: { readonly refreshSupported: boolean };
}

const yieldToEventLoop = pauseFor('now');

/**
 * Publishes the checker's diagnostics for open drafts: after a short pause in typing (one check per
 * burst of keystrokes, never a stale version), after each indexing, after a settings change. A client
 * that pulls gets the same check per version; the editor itself waits for a pause in typing to pull.
 */
export class DraftValidation {
  private readonly timers = new Map<string, NodeJS.Timeout>();
  /** Bumped by each indexing and settings change: part of every pulled report's resultId. */
  private generation = 0;

  constructor(private readonly deps: DraftValidationDeps) {}

  private failed(uri: string, error: unknown): string {
    return say(this.deps.locale(), SERVER_MESSAGES.checkFailed, {
      uri,
      error: String((error as Error).stack ?? error),
    });
  }

  /**
   * The segmenter's dictionary, loading in its worker thread: settles when it is in use. Nothing waits
   * for it — the checks that need it run once it is there (the server then checks the drafts again).
   */
  warmUp(): Promise<void> {
    this.deps.segmenter.start();
    return this.deps.segmenter.whenReady.then(() => undefined);
  }

  validate(uri: string): void {
    if (this.deps.pull) return;
    const { service, connection, logger } = this.deps;
    const draft = this.deps.draftOf(uri);
    if (!draft || !service.indexed || this.deps.isCorpus(uri)) return;
    // The checks run one by one with a turn of the event loop between them: a hover never waits for a
    // whole draft's check. A version overtaken meanwhile is neither checked further nor published (its
    // successor's check is due): typing does not pile up checks of stale versions.
    const versionOf = this.deps.versionOf;
    const overtaken = {
      get isCancellationRequested() {
        return versionOf(uri) !== draft.version;
      },
    };
    service
      .diagnosticsInSteps(draft, yieldToEventLoop, overtaken)
      .then((diagnostics) => {
        if (this.deps.versionOf(uri) !== draft.version) return;
        void connection.sendDiagnostics({ uri, version: draft.version, diagnostics });
      })
      .catch((error: unknown) => logger.error(this.failed(uri, error)));
  }

  schedule(uri: string, delayMs = 50): void {
    clearTimeout(this.timers.get(uri));
    this.timers.set(
      uri,
      setTimeout(() => {
        this.timers.delete(uri);
        this.validate(uri);
      }, delayMs),
    );
  }

  validateAll(): void {
    this.generation++;
    if (this.deps.pull?.refreshSupported) this.deps.connection.languages.diagnostics.refresh();
    for (const uri of this.deps.openUris()) this.validate(uri);
  }

  /**
   * textDocument/diagnostic: the check of the draft's current version. A report the client already has
   * (same version, same index and settings) is answered "unchanged" without a check.
   */
  async pull(
    uri: string,
    previousResultId: string | undefined,
    token: CancellationToken,
  ): Promise<DocumentDiagnosticReport> {
    const { service, logger } = this.deps;
    const empty: DocumentDiagnosticReport = { kind: DocumentDiagnosticReportKind.Full, items: [] };
    if (!service.indexed || this.deps.isCorpus(uri)) return empty; // an indexing ends with a refresh
    await Promise.resolve();
    const draft = this.deps.draftOf(uri);
    if (!draft || token.isCancellationRequested) return empty;
    const resultId = `${this.generation}:${draft.version}`;
    if (previousResultId === resultId) return { kind: DocumentDiagnosticReportKind.Unchanged, resultId };
    try {
      const items = await service.diagnosticsInSteps(draft, yieldToEventLoop, token);
      return { kind: DocumentDiagnosticReportKind.Full, resultId, items };
    } catch (error) {
      logger.error(this.failed(uri, error));
      return empty;
    }
  }

  /** A closed draft: no pending check, and its diagnostics are cleared. */
  closed(uri: string): void {
    clearTimeout(this.timers.get(uri));
    this.timers.delete(uri);
    // A pulling client drops a closed document's pulled diagnostics itself.
    if (!this.deps.pull && !this.deps.isCorpus(uri))
      void this.deps.connection.sendDiagnostics({ uri, diagnostics: [] });
  }
}
