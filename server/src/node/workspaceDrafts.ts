import type { Pause } from '../service/steps.js';
import { readFileSync, statSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { CancellationToken } from '../service/cancellation.js';
import { draftDocument, type DraftDocument } from '../service/features/documentText.js';
import type { Locale } from '../service/l10n.js';
import { entry, plural, say } from '../service/messages/entry.js';
import { walkFolder, WALK_LIMITS, type WalkLimit } from './folderWalk.js';

/** Bytes a draft may have to be searched, and all drafts of one search together (besides WALK_LIMITS). */
export const DRAFT_LIMITS = { fileBytes: 5 * 1024 * 1024, totalBytes: 64 * 1024 * 1024 } as const;

const UNITS: Record<WalkLimit | 'bytes', readonly [string, string]> = {
  depth: ['层目录', 'folder levels'],
  entries: ['项', 'entries'],
  files: ['个文件', 'files'],
  bytes: ['MB', 'MB'],
};

const MESSAGES = {
  notSearched: entry<{ drafts: number; stopped: string; limit: WalkLimit | 'bytes'; count: number; skipped: number }>(
    (p) =>
      `工作区草稿：已查 ${p.drafts} 个${p.stopped ? `，在 ${p.stopped} 下达到上限 ${p.count} ${UNITS[p.limit][0]}后停止` : ''}${p.skipped ? `，另有 ${p.skipped} 个文件或目录未查（过大、无法读取或链接）` : ''}`,
    (p) =>
      `Workspace drafts: ${plural(p.drafts, 'draft', 'drafts')} searched${p.stopped ? `; stopped under ${p.stopped} at the limit of ${p.count} ${UNITS[p.limit][1]}` : ''}${p.skipped ? `; ${plural(p.skipped, 'file or folder', 'files or folders')} not searched (too large, unreadable or a link)` : ''}`,
  ),
};

export interface WorkspaceDraftsOptions {
  readonly openDrafts: () => Iterable<DraftDocument>;
  readonly isCorpus: (uri: string) => boolean;
  /** Says what a walk did not search (a limit reached, files skipped). */
  readonly log: (message: string) => void;
  readonly locale: () => Locale;
}

/**
 * The workspace's Markdown drafts for "find references" and the workspace check: open documents as
 * edited, the rest as on disk (cached by modification time, so repeated searches do not re-read
 * unchanged files). The walk is bounded (WALK_LIMITS, DRAFT_LIMITS), pauses between folders and files
 * so a workspace at / keeps the server answering, stops when cancelled, and says what it left out.
 */
export class WorkspaceDrafts {
  private roots: string[] = [];
  private readonly cache = new Map<string, { mtimeMs: number; draft: DraftDocument }>();

  constructor(private readonly options: WorkspaceDraftsOptions) {}

  setRoots(roots: readonly string[]): void {
    this.roots = [...roots];
  }

  async *all(pause: Pause, token?: CancellationToken): AsyncGenerator<DraftDocument, void> {
    const open = new Map<string, DraftDocument>();
    for (const draft of this.options.openDrafts()) if (!this.options.isCorpus(draft.uri)) open.set(draft.uri, draft);
    yield* open.values();
    const said = { drafts: open.size, stopped: '', limit: 'files' as WalkLimit | 'bytes', count: 0, skipped: 0 };
    let bytes = 0;
    try {
      for (const root of this.roots) {
        const walk = walkFolder(root, {
          wanted: (name) => name.toLowerCase().endsWith('.md'),
          skipFolder: (name) => name === 'dist' || name === 'out',
          skipped: (skip) => {
            if (skip.kind !== 'stopped') said.skipped++;
            else if (!said.stopped)
              Object.assign(said, { stopped: skip.path, limit: skip.limit, count: WALK_LIMITS[skip.limit] });
          },
        });
        for (const batch of walk) {
          for (const path of batch) {
            if (token?.isCancellationRequested) return;
            const uri = pathToFileURL(path).toString();
            if (open.has(uri) || this.options.isCorpus(uri)) continue;
            const read = this.read(path, uri);
            if (!read) {
              said.skipped++;
              continue;
            }
            bytes += read.bytes;
            if (bytes > DRAFT_LIMITS.totalBytes) {
              Object.assign(said, { stopped: root, limit: 'bytes', count: DRAFT_LIMITS.totalBytes / 1024 / 1024 });
              return;
            }
            said.drafts++;
            yield read.draft; // the caller pauses after each draft it searches
          }
          if (token?.isCancellationRequested) return;
          await pause();
        }
      }
    } finally {
      if (!token?.isCancellationRequested && (said.stopped || said.skipped))
        this.options.log(say(this.options.locale(), MESSAGES.notSearched, said));
    }
  }

  private read(path: string, uri: string): { draft: DraftDocument; bytes: number } | undefined {
    try {
      const stat = statSync(path);
      // Refused before reading: a 30 MB file must not be loaded to be rejected.
      if (stat.size > DRAFT_LIMITS.fileBytes) return undefined;
      const cached = this.cache.get(path);
      if (cached && cached.mtimeMs === stat.mtimeMs) return { draft: cached.draft, bytes: stat.size };
      const draft = draftDocument(uri, 0, readFileSync(path, 'utf8'));
      this.cache.set(path, { mtimeMs: stat.mtimeMs, draft });
      return { draft, bytes: stat.size };
    } catch {
      return undefined; // deleted or unreadable meanwhile: nothing to search
    }
  }
}
