import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { IndexSnapshot } from '../service/index/corpusIndex.js';
import type { IndexCache, IndexCacheKey } from '../service/index/indexCache.js';
import type { Locale } from '../service/l10n.js';
import type { Logger } from '../service/languageService.js';
import { say } from '../service/messages/entry.js';
import { SERVER_MESSAGES as M } from '../service/messages/server.js';
import { ENGINE_BUILD } from './engineBuild.js';

/** Bumped when the file layout changes (the build id covers changes of the snapshot's content). */
const FORMAT = 1;
/** Corpora kept per folder: a drafter switching between a few workspaces keeps each warm. */
const KEEP = 6;
const PREFIX = 'index-';
const SUFFIX = '.v8';

export interface DiskIndexCacheOptions {
  readonly logger: Logger;
  readonly locale: () => Locale;
  /** The build whose indexes these are (default: this one's, ENGINE_BUILD). */
  readonly engine?: string;
  /** Where to keep indexes; undefined: the cache is off. */
  folder: string | undefined;
  /**
   * When a new index is written: the server waits (serializing costs a step, and the first checks come
   * first); the CLI writes at flush(), before it exits.
   */
  readonly writeDelayMs?: number;
}

/**
 * Built indexes on disk, one file per corpus, named by the hash of everything the index is built from:
 * each file's path and content, the registry, the message language and this engine's build. Another
 * build, a changed file or a changed registry is another name, so nothing stale is ever read; old files
 * are pruned. A file that does not read is deleted and the corpus indexed anew.
 */
export class DiskIndexCache implements IndexCache {
  private pending: { key: IndexCacheKey; snapshot: () => IndexSnapshot } | undefined;
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly options: DiskIndexCacheOptions) {}

  get folder(): string | undefined {
    return this.options.folder;
  }

  set folder(folder: string | undefined) {
    this.options.folder = folder;
  }

  read(key: IndexCacheKey): IndexSnapshot | undefined {
    const path = this.pathOf(key);
    if (!path) return undefined;
    let bytes: Buffer;
    try {
      bytes = readFileSync(path);
    } catch {
      return undefined; // not stored yet
    }
    try {
      const stored = deserialize(bytes) as { format?: unknown; snapshot?: IndexSnapshot };
      if (stored.format !== FORMAT || !stored.snapshot) throw new Error(`not an index of format ${FORMAT}`);
      return stored.snapshot;
    } catch (error) {
      this.remove(path);
      throw new Error(`${path}: ${(error as Error).message}`);
    }
  }

  write(key: IndexCacheKey, snapshot: () => IndexSnapshot): void {
    // Kept even while there is no folder: the CLI names one for its workers before it flushes.
    this.pending = { key, snapshot };
    if (this.options.writeDelayMs === undefined) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.flush(), this.options.writeDelayMs);
    this.timer.unref();
  }

  /** Writes the index offered last, if any. A failure to write is logged; the index in memory serves on. */
  flush(): void {
    const pending = this.pending;
    this.pending = undefined;
    if (this.timer) clearTimeout(this.timer);
    const path = pending && this.pathOf(pending.key);
    if (!pending || !path) return;
    try {
      const bytes = serialize({ format: FORMAT, snapshot: pending.snapshot() });
      const folder = this.options.folder!;
      mkdirSync(folder, { recursive: true });
      // Written whole, then renamed: a reader (another window's server) never sees half a file.
      const temporary = `${path}.${process.pid}.tmp`;
      writeFileSync(temporary, bytes);
      renameSync(temporary, path);
      this.prune(folder, path);
    } catch (error) {
      this.options.logger.warn(say(this.options.locale(), M.indexCacheNotWritten, { error: (error as Error).message }));
    }
  }

  private pathOf(key: IndexCacheKey): string | undefined {
    const folder = this.options.folder;
    const engine = this.options.engine ?? ENGINE_BUILD;
    if (!folder || !engine) return undefined;
    return join(folder, `${PREFIX}${corpusFingerprint(key, engine).slice(0, 32)}${SUFFIX}`);
  }

  /** Keeps the newest few indexes of the folder (and the one just written). */
  private prune(folder: string, keep: string): void {
    const stored = readdirSync(folder)
      .filter((name) => name.startsWith(PREFIX) && (name.endsWith(SUFFIX) || name.endsWith('.tmp')))
      .map((name) => join(folder, name))
      .filter((path) => path !== keep)
      .map((path) => ({ path, time: mtime(path) }))
      .sort((a, b) => b.time - a.time);
    for (const { path } of stored.slice(KEEP - 1)) this.remove(path);
  }

  private remove(path: string): void {
    try {
      unlinkSync(path);
    } catch {
      // already gone (another window pruned it)
    }
  }
}

/**
 * A hash of everything an index (and so every finding) is built from: each file's path and content, the
 * registry, the message language, and the engine's build.
 */
export function corpusFingerprint(key: IndexCacheKey, engine: string): string {
  const hash = createHash('sha256');
  hash.update(`${FORMAT}\0${engine}\0${key.locale}\0`);
  hash.update(serialize(key.registry));
  for (const file of key.files) {
    hash.update(`\0${file.uri}\0`);
    hash.update(file.content);
  }
  return hash.digest('hex');
}

function mtime(path: string): number {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return 0;
  }
}

/**
 * The folder for indexes when the client names none: POLICY_LENS_INDEX_CACHE (a folder, or `off`), else
 * the user's cache folder ($XDG_CACHE_HOME or ~/.cache, %LOCALAPPDATA% on Windows).
 */
export function defaultIndexCacheFolder(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const chosen = env.POLICY_LENS_INDEX_CACHE;
  if (chosen === 'off') return undefined;
  if (chosen) return chosen;
  const base =
    process.platform === 'win32'
      ? (env.LOCALAPPDATA ?? tmpdir())
      : (env.XDG_CACHE_HOME ?? (homedir() ? join(homedir(), '.cache') : tmpdir()));
  return join(base, 'policy-lens', 'index');
}
