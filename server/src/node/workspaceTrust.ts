import type { Locale } from '../service/l10n.js';
import type { Logger } from '../service/languageService.js';
import { entry, plural, say } from '../service/messages/entry.js';
import type { Settings } from '../service/settings.js';

/** What the corpus is built from: the settings' folders and the workspace roots (their registries). */
const MESSAGES = {
  ignoredFolders: entry<{ folders: readonly string[] }>(
    (p) => `受限模式：忽略工作区语料目录 ${p.folders.join('、')}`,
    (p) => `Restricted Mode: ignoring the corpus folders ${p.folders.join(', ')}`,
  ),
  onlyBundled: entry<{ count: number }>(
    (p) => `Policy Lens：受限模式下只读取自带语料，已忽略 ${p.count} 个语料目录；信任此工作区后将重新索引。`,
    (p) =>
      `Policy Lens: in Restricted Mode only the bundled corpus is read; ${plural(p.count, 'corpus folder', 'corpus folders')} ignored until you trust this workspace.`,
  ),
};

export interface CorpusSources {
  readonly settings: Settings;
  readonly roots: readonly string[];
  readonly folders: readonly string[] | undefined;
}

/**
 * Restricted Mode. In a workspace VS Code does not trust, the corpus folders its settings name (which
 * may point anywhere on disk) and its registries are not read: only the bundled corpus is. A client that
 * says nothing about trust (Neovim, the CLI's server tests) is trusted, as its editor has no such mode.
 */
export class WorkspaceTrust {
  private told = false;

  constructor(
    private trusted: boolean,
    private readonly logger: Logger,
    private readonly locale: () => Locale,
    /** Shown once per session, the first time folders are left out. */
    private readonly tell: (message: string) => void,
  ) {}

  get isTrusted(): boolean {
    return this.trusted;
  }

  grant(): void {
    this.trusted = true;
  }

  /** The sources to index: as configured when trusted, else the bundled corpus alone. */
  corpusSources(sources: CorpusSources): CorpusSources {
    if (this.trusted) return sources;
    const ignored = [...(sources.folders ?? sources.settings.corpus.paths)];
    if (ignored.length) {
      this.logger.warn(say(this.locale(), MESSAGES.ignoredFolders, { folders: ignored }));
      if (!this.told) {
        this.told = true;
        this.tell(say(this.locale(), MESSAGES.onlyBundled, { count: ignored.length }));
      }
    }
    const settings = { ...sources.settings, corpus: { ...sources.settings.corpus, paths: [] } };
    return { settings, roots: [], folders: [] };
  }
}
