import type { Connection } from 'vscode-languageserver/node';
import type { DraftDocument } from '../service/features/documentText.js';
import type { LanguageService, Logger } from '../service/languageService.js';
import type { JiebaSegmenter } from './jiebaSegmenter.js';

export interface DraftValidationDeps {
  readonly connection: Connection;
  readonly service: LanguageService;
  readonly segmenter: JiebaSegmenter;
  readonly logger: Logger;
  readonly draftOf: (uri: string) => DraftDocument | undefined;
  readonly openUris: () => Iterable<string>;
  readonly isCorpus: (uri: string) => boolean;
}

/**
 * Publishes the checker's diagnostics for open drafts: after a short pause in typing (one check per
 * burst of keystrokes, never a stale version), after each indexing, after a settings change.
 */
export class DraftValidation {
  private warm: Promise<void> | undefined;
  private readonly timers = new Map<string, NodeJS.Timeout>();

  constructor(private readonly deps: DraftValidationDeps) {}

  /**
   * Loads the segmenter's dictionary (about a second) once the first answers are out. Checks, which ask
   * it about ordinary words, wait for it rather than blocking a hover.
   */
  warmUp(): Promise<void> {
    return (this.warm ??= new Promise((resolve) =>
      setTimeout(() => {
        this.deps.segmenter.load();
        resolve();
      }, 150),
    ));
  }

  validate(uri: string): void {
    const { service, connection, logger } = this.deps;
    const draft = this.deps.draftOf(uri);
    if (!draft || !service.indexed || this.deps.isCorpus(uri)) return;
    if (!this.deps.segmenter.loadReport) {
      void this.warmUp().then(() => this.validate(uri));
      return;
    }
    try {
      void connection.sendDiagnostics({ uri, version: draft.version, diagnostics: service.diagnostics(draft) });
    } catch (error) {
      logger.error(`检查失败 check failed for ${uri}: ${(error as Error).stack ?? error}`);
    }
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
    for (const uri of this.deps.openUris()) this.validate(uri);
  }

  /** A closed draft: no pending check, and its diagnostics are cleared. */
  closed(uri: string): void {
    clearTimeout(this.timers.get(uri));
    this.timers.delete(uri);
    if (!this.deps.isCorpus(uri)) void this.deps.connection.sendDiagnostics({ uri, diagnostics: [] });
  }
}
