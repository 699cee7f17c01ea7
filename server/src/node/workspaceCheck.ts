import type { Connection } from 'vscode-languageserver/node';
import type { CheckWorkspaceRequest } from '../protocol.js';
import type { CancellationToken } from '../service/cancellation.js';
import type { DraftDocument } from '../service/features/documentText.js';
import type { Locale } from '../service/l10n.js';
import type { LanguageService, Logger } from '../service/languageService.js';
import { entry, plural, say } from '../service/messages/entry.js';
import { nextTurn } from './turns.js';

/** Drafts checked at once: each check is synchronous, so more would only delay answers to requests. */
const CONCURRENCY = 4;

const MESSAGES = {
  progress: entry<Record<string, never>>(
    () => '检查工作区草稿',
    () => 'Checking the workspace drafts',
  ),
  failed: entry<{ error: string }>(
    (p) => `工作区检查失败：${p.error}`,
    (p) => `The workspace check failed: ${p.error}`,
  ),
  done: entry<{ drafts: number; diagnostics: number; stopped: boolean }>(
    (p) => `工作区检查：${p.drafts} 个草稿，${p.diagnostics} 个问题${p.stopped ? '（已停止）' : ''}`,
    (p) =>
      `Workspace check: ${plural(p.drafts, 'draft', 'drafts')}, ${plural(p.diagnostics, 'problem', 'problems')}${p.stopped ? ' (stopped)' : ''}`,
  ),
};

export interface WorkspaceCheckDeps {
  readonly connection: Connection;
  readonly service: LanguageService;
  readonly logger: Logger;
  readonly locale: () => Locale;
  /**
   * Markdown drafts of the workspace on disk, corpus folders left out: read one at a time as a bounded
   * walk finds them, which stops when the token is cancelled.
   */
  readonly drafts: (token: CancellationToken) => AsyncIterable<DraftDocument>;
  /** Open drafts have their own diagnostics (pushed or pulled); the workspace check leaves them alone. */
  readonly isOpen: (uri: string) => boolean;
  /** Waits until the checks can run (the segmenter's dictionary is loaded). */
  readonly ready: () => Promise<void>;
  readonly progress: (
    title: string,
  ) => Promise<{ report(message: string): void; done(): void; readonly token?: CancellationToken }>;
}

/**
 * Checks the workspace's closed Markdown drafts and publishes their diagnostics, so the Problems panel
 * lists them as ESLint's lint task does. They are pushed even to a client that pulls diagnostics: it
 * pulls only for open documents. A new run supersedes the one under way.
 */
export class WorkspaceCheck {
  /** Closed drafts with diagnostics published by a workspace check, and what was published (as JSON). */
  private readonly published = new Map<string, string>();
  private run = 0;

  constructor(private readonly deps: WorkspaceCheckDeps) {}

  /** `showProgress` false: the client shows its own (the command does, with a cancel button). */
  async checkAll(token?: CancellationToken, showProgress = true): Promise<CheckWorkspaceRequest.Result> {
    const mine = ++this.run;
    const { service, logger } = this.deps;
    const progress = showProgress
      ? await this.deps.progress(say(this.deps.locale(), MESSAGES.progress, {}))
      : { report: () => undefined, done: () => undefined, token: undefined };
    const stopped = () =>
      mine !== this.run || Boolean(token?.isCancellationRequested || progress.token?.isCancellationRequested);
    const walkToken = {
      get isCancellationRequested() {
        return stopped();
      },
    };
    const result = { drafts: 0, withProblems: 0, diagnostics: 0, cancelled: false };
    const seen = new Set<string>();
    try {
      await this.deps.ready();
      const drafts = this.deps.drafts(walkToken)[Symbol.asyncIterator]();
      const worker = async () => {
        for (;;) {
          if (stopped()) return;
          const next = await drafts.next();
          if (next.done) return;
          const draft = next.value;
          if (this.deps.isOpen(draft.uri)) continue;
          seen.add(draft.uri);
          const diagnostics = service.diagnostics(draft, token);
          if (stopped()) return;
          this.publish(draft.uri, diagnostics);
          result.drafts++;
          result.diagnostics += diagnostics.length;
          if (diagnostics.length) result.withProblems++;
          progress.report(`${result.drafts}: ${draft.uri.slice(draft.uri.lastIndexOf('/') + 1)}`);
          // Let requests (hovers, a cancellation) through between drafts.
          await nextTurn('background');
        }
      };
      await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    } catch (error) {
      logger.error(say(this.deps.locale(), MESSAGES.failed, { error: String((error as Error).stack ?? error) }));
    } finally {
      progress.done();
    }
    result.cancelled = stopped();
    // Drafts deleted (or moved into a corpus folder) since the last complete run lose their diagnostics.
    if (!result.cancelled) for (const uri of [...this.published.keys()]) if (!seen.has(uri)) this.clear(uri);
    logger.info(say(this.deps.locale(), MESSAGES.done, { ...result, stopped: result.cancelled }));
    return result;
  }

  /** A draft opened in the editor: its own diagnostics take over from the workspace check's. */
  opened(uri: string): void {
    if (this.published.has(uri)) this.clear(uri);
  }

  /** The scope went back to open files: closed drafts lose their diagnostics; a run under way stops. */
  clearAll(): void {
    this.run++;
    for (const uri of [...this.published.keys()]) this.clear(uri);
  }

  private publish(uri: string, diagnostics: ReturnType<LanguageService['diagnostics']>): void {
    // A re-run over unchanged drafts (checks are cached per file version) sends nothing.
    const json = JSON.stringify(diagnostics);
    if ((this.published.get(uri) ?? '[]') === json) return;
    if (diagnostics.length) this.published.set(uri, json);
    else this.published.delete(uri);
    void this.deps.connection.sendDiagnostics({ uri, diagnostics });
  }

  private clear(uri: string): void {
    this.published.delete(uri);
    void this.deps.connection.sendDiagnostics({ uri, diagnostics: [] });
  }
}
