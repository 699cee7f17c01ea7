import { readFileSync, watch, type FSWatcher } from 'node:fs';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CorpusStatus } from '../protocol.js';
import type { CancellationToken } from '../service/cancellation.js';
import type { CorpusFile } from '../service/corpus/loadCorpus.js';
import type { Locale } from '../service/l10n.js';
import type { LanguageService, Logger } from '../service/languageService.js';
import { say, type Entry } from '../service/messages/entry.js';
import { SERVER_MESSAGES as M } from '../service/messages/server.js';
import type { CorpusProblem } from '../service/model.js';
import type { Settings } from '../service/settings.js';
import { runStepsPaused, type Pause } from '../service/steps.js';
import { bundledCorpusFolder, readCorpusFoldersSteps } from './corpusFolders.js';
import { workspaceRegistryFiles } from './workspaceRegistry.js';
import { pauseFor } from './turns.js';

export interface CorpusManagerHooks {
  /** Text of corpus files open in the editor: it wins over what is on disk. */
  readonly openCorpusText: (uri: string) => string | undefined;
  /** After each indexing; `problems` is undefined when indexing failed and the old index serves on. */
  readonly onIndexed: (status: CorpusStatus, problems: readonly CorpusProblem[] | undefined) => void;
  readonly progress: () => Promise<{ report(message: string): void; done(): void }>;
  readonly logger: Logger;
  readonly locale: () => Locale;
  /** Where the walk and the indexing pause: the server's turns unless given (a test takes a turn per step). */
  readonly pause?: Pause;
}

/**
 * Knows which folders make up the corpus, (re)indexes them, and re-indexes when a corpus file
 * changes on disk or in the editor — debounced, so a burst of saves costs one rebuild.
 */
export class CorpusManager {
  private folders: string[] = [];
  /** Workspace folders: each may keep a registry of what the drafter taught (.policy-lens/registry.yaml). */
  private roots: string[] = [];
  private watchers: FSWatcher[] = [];
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<CorpusStatus> | undefined;
  /** The run in progress: cancelled by new folders, or by a reindex while it still walks them. */
  private current: { cancelled: boolean; walking: boolean } | undefined;
  private status: CorpusStatus = { state: 'indexing', documents: 0, names: 0, errors: 0, warnings: 0 };
  /** Problems of the last successful indexing: folders, registry and documents. */
  lastProblems: readonly CorpusProblem[] = [];

  constructor(
    private readonly service: LanguageService,
    private readonly hooks: CorpusManagerHooks,
  ) {}

  get currentStatus(): CorpusStatus {
    return this.status;
  }

  /** The bundled corpus (unless turned off) and the user's folders: resolved per workspace folder when given. */
  configure(settings: Settings, workspaceRoots: readonly string[], resolvedUserFolders?: readonly string[]): void {
    const root = workspaceRoots[0] ?? process.cwd();
    const folders = [
      ...(settings.corpus.includeBundled ? [bundledCorpusFolder()] : []),
      ...(resolvedUserFolders ?? settings.corpus.paths.map((path) => (isAbsolute(path) ? path : resolve(root, path)))),
    ];
    const before = JSON.stringify([this.folders, this.roots]);
    this.folders = [...new Set(folders)];
    this.roots = [...workspaceRoots];
    // A run in progress reads or indexes the old folders: the next reindex starts over.
    if (JSON.stringify([this.folders, this.roots]) !== before) this.cancelRun();
    this.watch();
  }

  /** Whether a document belongs to the corpus (it then re-indexes on change). */
  contains(uri: string): boolean {
    if (!uri.startsWith('file:')) return false;
    let path: string;
    try {
      path = fileURLToPath(uri);
    } catch {
      return false; // a file URI this platform cannot map (file://host/share): not ours
    }
    return this.folders.some((folder) => {
      const inside = relative(
        process.platform === 'win32' ? folder.toLowerCase() : folder,
        process.platform === 'win32' ? path.toLowerCase() : path,
      );
      return inside === '' || (!inside.startsWith('..') && !isAbsolute(inside));
    });
  }

  /** An open corpus document whose text is not what the index was built from. */
  differsFromDisk(uri: string, text: string): boolean {
    try {
      return readFileSync(fileURLToPath(uri), 'utf8').replace(/^\uFEFF/, '') !== text.replace(/^\uFEFF/, '');
    } catch {
      return true;
    }
  }

  scheduleReindex(delayMs = 300): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.reindex(), delayMs);
  }

  /**
   * Re-indexes now; concurrent calls share the run in progress — unless it still walks the folders (a walk
   * of a huge folder is not waited out, and a file changed meanwhile may be behind it): it starts over.
   */
  reindex(token?: CancellationToken): Promise<CorpusStatus> {
    if (this.current?.walking) this.cancelRun();
    if (!this.running) {
      const run: Promise<CorpusStatus> = this.run(token).finally(() => {
        if (this.running === run) this.running = undefined;
      });
      this.running = run;
    }
    return this.running;
  }

  /** What a cancelled run answers its callers: the run that replaced it, if one did. */
  private replacement(run: { cancelled: boolean }): Promise<CorpusStatus> | CorpusStatus {
    // Not cancelled by new folders or a new reindex (the caller's token): nothing replaced it.
    return (run.cancelled && this.running) || this.status;
  }

  private cancelRun(): void {
    if (this.current) this.current.cancelled = true;
    this.current = undefined;
    this.running = undefined;
  }

  private async run(token?: CancellationToken): Promise<CorpusStatus> {
    const mine = { cancelled: false, walking: true };
    this.current = mine;
    const stopped = {
      get isCancellationRequested() {
        return mine.cancelled || Boolean(token?.isCancellationRequested);
      },
    };
    const progress = await this.hooks.progress();
    const started = Date.now();
    let problems: CorpusProblem[] | undefined;
    try {
      progress.report(this.text(M.readingFolders, { folders: this.folders.length }));
      const read = readCorpusFoldersSteps(this.folders, workspaceRegistryFiles(this.roots), this.hooks.locale());
      const pause = this.hooks.pause ?? pauseFor('now');
      const onDisk = await runStepsPaused(read, pause, stopped);
      mine.walking = false;
      if (!onDisk) return await this.replacement(mine);
      // An open editor's text wins over the file's (which then is not read at all).
      const files: CorpusFile[] = onDisk.files.map((file) => {
        const open = this.hooks.openCorpusText(file.uri);
        return open === undefined ? file : { uri: file.uri, content: open };
      });
      progress.report(this.text(M.indexingFiles, { files: files.length }));
      // Pauses between documents (the server's turns): hovers and checks are answered while it indexes.
      const summary = await this.service.indexCorpusInSteps(files, onDisk.registry, pause, stopped);
      if (mine.cancelled) return await this.replacement(mine);
      problems = [...onDisk.problems, ...summary.problems];
      this.lastProblems = problems;
      this.status = {
        state: 'ready',
        documents: summary.documents,
        names: summary.names,
        errors: problems.filter((p) => p.severity === 'error').length,
        warnings: problems.filter((p) => p.severity === 'warning').length,
        indexMs: Date.now() - started,
      };
      const { documents, names } = summary;
      this.hooks.logger.info(
        this.text(M.indexed, { documents, names, problems: problems.length, ms: this.status.indexMs ?? 0 }),
      );
    } catch (error) {
      // A bug in indexing must not take the server down: report it and keep the previous index (and
      // the diagnostics it published).
      this.status = { ...this.status, state: 'failed', message: (error as Error).message };
      this.hooks.logger.error(this.text(M.indexingFailed, { error: String((error as Error).stack ?? error) }));
    } finally {
      progress.done();
    }
    try {
      this.hooks.onIndexed(this.status, problems);
    } catch (error) {
      this.hooks.logger.error(this.text(M.afterIndexingFailed, { error: String((error as Error).stack ?? error) }));
    }
    return this.status;
  }

  private text<P>(message: Entry<P>, params: P): string {
    return say(this.hooks.locale(), message, params);
  }

  private watch(): void {
    this.dispose();
    const registryFolders = workspaceRegistryFiles(this.roots).map((path) => dirname(path));
    for (const folder of [...this.folders, ...registryFolders]) {
      try {
        const watcher = watch(folder, { recursive: true }, (_event, file) => {
          if (file && /\.(md|txt|ya?ml)$/i.test(String(file))) this.scheduleReindex();
        });
        watcher.on('error', (error) =>
          this.hooks.logger.warn(this.text(M.cannotWatch, { folder, error: error.message })),
        );
        this.watchers.push(watcher);
      } catch (error) {
        this.hooks.logger.warn(this.text(M.cannotWatch, { folder, error: (error as Error).message }));
      }
    }
  }

  dispose(): void {
    for (const watcher of this.watchers) watcher.close();
    this.watchers = [];
  }
}
