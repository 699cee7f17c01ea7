import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, renameSync, statSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { serialize } from 'node:v8';
import type { CorpusFile } from '../service/corpus/loadCorpus.js';
import type { IndexSnapshot } from '../service/index/corpusIndex.js';
import type { IndexCache, IndexCacheKey } from '../service/index/indexCache.js';
import type { Locale } from '../service/l10n.js';
import type { Logger } from '../service/languageService.js';
import { say } from '../service/messages/entry.js';
import { SERVER_MESSAGES as M } from '../service/messages/server.js';
import { bundledCorpusFolder } from './corpusFolders.js';
import { ENGINE_BUILD } from './engineBuild.js';
import { FileHashes } from './fileHashes.js';
import { readIndexFile, writeIndexFile } from './indexFile.js';
import { userCacheFolder } from './userCacheFolder.js';

/** Bumped when the file layout changes (the build id covers changes of the snapshot's content). */
const FORMAT = 10;
/** The corpus files' content hashes by their stamps, next to the indexes (fileHashes.ts). */
const HASHES_FILE = 'file-hashes.json';
/** Corpora kept per folder: a drafter switching between a few workspaces keeps each warm. */
const KEEP = 6;
const PREFIX = 'index-';
/** How a relocatable folder's files are named in keys and stored indexes: policy-lens-relocated:<n>:<path>. */
const RELOCATED = 'policy-lens-relocated:';
const SUFFIX = '.v8';

export interface DiskIndexCacheOptions {
  readonly logger: Logger;
  readonly locale: () => Locale;
  /** The build whose indexes these are (default: this one's, ENGINE_BUILD). */
  readonly engine?: string;
  /**
   * Folders whose files are named relative to it, in keys and stored indexes alike (the bundled corpus:
   * an index of it built anywhere serves wherever the extension is installed).
   */
  readonly relocatable?: readonly string[];
  /** Indexes shipped read-only (the package's own, built with it): read when the folder has none. */
  readonly shipped?: string;
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
 * build, a changed file or a changed registry is another name, so nothing stale is read (a file is known
 * unchanged by its size and modification time, as ESLint's cache knows it: fileHashes.ts); old files
 * are pruned. A file that does not read is deleted and the corpus indexed anew.
 */
export class DiskIndexCache implements IndexCache {
  private pending: { key: IndexCacheKey; snapshot: () => IndexSnapshot } | undefined;
  private timer: NodeJS.Timeout | undefined;
  private readonly names = new WeakMap<IndexCacheKey, string>();
  /** The content hashes remembered in the current folder. */
  private hashes: { folder: string | undefined; of: FileHashes } | undefined;

  constructor(private readonly options: DiskIndexCacheOptions) {}

  get folder(): string | undefined {
    return this.options.folder;
  }

  /** Whether an index built in this process waits to be written. */
  get pendingWrite(): boolean {
    return this.pending !== undefined;
  }

  set folder(folder: string | undefined) {
    this.options.folder = folder;
  }

  read(key: IndexCacheKey): IndexSnapshot | undefined {
    const name = this.nameOf(key);
    if (!name) return undefined;
    const own = this.options.folder ? join(this.options.folder, name) : undefined;
    const shipped = this.options.shipped ? join(this.options.shipped, name) : undefined;
    for (const path of [own, shipped]) {
      if (!path) continue;
      if (!existsSync(path)) continue; // not stored there
      try {
        return this.relocate(readIndexFile(path, FORMAT), (uri) => this.fromStored(uri));
      } catch (error) {
        if (path === own) this.remove(path); // never a shipped file: it is not ours to delete
        throw new Error(`${path}: ${(error as Error).message}`);
      }
    }
    return undefined;
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
    let temporary: string | undefined;
    try {
      const folder = this.options.folder!;
      mkdirSync(folder, { recursive: true });
      // Written whole, then renamed: a reader (another window's server) never sees half a file.
      temporary = `${path}.${process.pid}.tmp`;
      writeIndexFile(
        temporary,
        FORMAT,
        this.relocate(pending.snapshot(), (uri) => this.toStored(uri)),
      );
      renameSync(temporary, path);
      this.prune(folder, path);
    } catch (error) {
      if (temporary) this.remove(temporary);
      this.options.logger.warn(say(this.options.locale(), M.indexCacheNotWritten, { error: (error as Error).message }));
    }
  }

  private pathOf(key: IndexCacheKey): string | undefined {
    const name = this.nameOf(key);
    return name && this.options.folder ? join(this.options.folder, name) : undefined;
  }

  /**
   * The stored index's name for a key, worked out once per key: the index built after a miss is stored
   * under the name of the very bytes it was built from, which are let go once it is built.
   */
  private nameOf(key: IndexCacheKey): string | undefined {
    const engine = this.options.engine ?? ENGINE_BUILD;
    if (!engine) return undefined;
    let name = this.names.get(key);
    if (name === undefined) {
      name = `${PREFIX}${this.fingerprint(key, engine, (uri) => this.toStored(uri)).slice(0, 32)}${SUFFIX}`;
      this.names.set(key, name);
    }
    return name;
  }

  /**
   * corpusFingerprint, each file's content hash remembered by its stamp in the folder (fileHashes.ts):
   * an unchanged corpus is not read to be recognised.
   */
  fingerprint(key: IndexCacheKey, engine: string, uriOf: (uri: string) => string = (uri) => uri): string {
    const folder = this.options.folder;
    if (!this.hashes || this.hashes.folder !== folder)
      this.hashes = { folder, of: new FileHashes(folder ? join(folder, HASHES_FILE) : undefined) };
    const hashes = this.hashes.of;
    const fingerprint = corpusFingerprint(key, engine, (file) => hashes.of(file), uriOf);
    hashes.save();
    return fingerprint;
  }

  /** A file URI as keys and stored indexes name it: relative to its relocatable folder, if in one. */
  private toStored(uri: string): string {
    for (const [i, base] of this.relocatableBases().entries())
      if (uri.startsWith(base)) return `${RELOCATED}${i}:${uri.slice(base.length)}`;
    return uri;
  }

  private fromStored(uri: string): string {
    const match = /^policy-lens-relocated:(\d+):/.exec(uri);
    const base = match && this.relocatableBases()[Number(match[1])];
    return base ? base + uri.slice(match[0].length) : uri;
  }

  private relocatableBases(): string[] {
    return (this.options.relocatable ?? []).map((folder) => `${pathToFileURL(folder).toString().replace(/\/$/, '')}/`);
  }

  /** The snapshot with its documents' and problems' URIs mapped (the only places an index holds them). */
  private relocate<S extends { documents: ReadonlyArray<{ uri: string }>; problems: IndexSnapshot['problems'] }>(
    snapshot: S,
    map: (uri: string) => string,
  ): S {
    if (!this.options.relocatable?.length) return snapshot;
    return {
      ...snapshot,
      documents: snapshot.documents.map((document) => ({ ...document, uri: map(document.uri) })),
      problems: snapshot.problems.map((problem) => ({ ...problem, uri: map(problem.uri) })),
    };
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
 * A hash of everything an index (and so every finding) is built from: each file's path and content (by
 * its hash), the registry, the message language, and the engine's build.
 */
function corpusFingerprint(
  key: IndexCacheKey,
  engine: string,
  hashOf: (file: CorpusFile) => string,
  uriOf: (uri: string) => string,
): string {
  const hash = createHash('sha256');
  hash.update(`${FORMAT}\0${engine}\0${key.locale}\0`);
  hash.update(serialize(key.registry));
  for (const file of key.files) hash.update(`\0${uriOf(file.uri)}\0${hashOf(file)}`);
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
 * The language server's index cache: the user's cache folder until the client names its storage, the
 * package's shipped index for the bundled corpus (so even the very first start restores), a write a few
 * seconds after indexing (once the first checks are out).
 */
export function serverIndexCache(logger: Logger, locale: () => Locale): DiskIndexCache {
  return new DiskIndexCache({
    logger,
    locale,
    folder: defaultIndexCacheFolder(),
    writeDelayMs: 3000,
    relocatable: [bundledCorpusFolder()],
    shipped: shippedIndexFolder(),
  });
}

/**
 * The indexes the package ships (dist/index, built with it by esbuild.mjs: the bundled corpus's, for
 * each message language), unless POLICY_LENS_INDEX_CACHE is `off`.
 */
export function shippedIndexFolder(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.POLICY_LENS_INDEX_CACHE === 'off') return undefined;
  const folder = join(__dirname, 'index');
  return existsSync(folder) ? folder : undefined;
}

/**
 * The folder for indexes when the client names none: POLICY_LENS_INDEX_CACHE (a folder, or `off`), else
 * the user's cache folder ($XDG_CACHE_HOME or ~/.cache, %LOCALAPPDATA% on Windows).
 */
export function defaultIndexCacheFolder(env: NodeJS.ProcessEnv = process.env): string | undefined {
  return userCacheFolder('POLICY_LENS_INDEX_CACHE', 'index', env);
}
