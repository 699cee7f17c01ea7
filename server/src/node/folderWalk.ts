import { readdirSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { join, sep } from 'node:path';

/**
 * Bounds of one folder's walk: a setting or a workspace at / or /proc must end, and say where it stopped.
 * A provincial library holds thousands of documents: 20,000 files (the bench indexes 10,000).
 */
export const WALK_LIMITS = { depth: 12, entries: 60_000, files: 20_000 } as const;

export type WalkLimit = keyof typeof WALK_LIMITS;

/** What a walk did not look into, for the caller to say in its own words. */
export type WalkSkip =
  | { readonly kind: 'unreadable'; readonly path: string; readonly error: string; readonly root: boolean }
  | { readonly kind: 'stopped'; readonly path: string; readonly limit: WalkLimit }
  | { readonly kind: 'link'; readonly path: string; readonly why: 'outside' | 'loop' }
  | { readonly kind: 'notRegularFile'; readonly path: string };

export interface WalkOptions {
  /** The files wanted, by name. */
  readonly wanted: (name: string) => boolean;
  /** Folders not entered, by name, besides dot folders and node_modules. */
  readonly skipFolder?: (name: string) => boolean;
  readonly skipped: (skip: WalkSkip) => void;
}

/**
 * The wanted files under a folder, one folder's worth per step (in name order, depth first): the caller
 * pauses between steps so a walk of / keeps the server answering. Bounded (depth, entries looked at,
 * files kept), cycle-safe (each real folder once), never following a link out of the folder, and
 * skipping what is not a regular file (a FIFO named *.md would block the read): each skip and a stop
 * is reported.
 */
export function* walkFolder(folder: string, options: WalkOptions): Generator<string[], void> {
  const { wanted, skipped } = options;
  let root: string;
  try {
    root = realpathSync(folder);
  } catch (error) {
    skipped({ kind: 'unreadable', path: folder, error: (error as Error).message, root: true });
    return;
  }
  const inside = (real: string) => real === root || real.startsWith(root.endsWith(sep) ? root : root + sep);
  const seen = new Set<string>();
  let entries = 0;
  let files = 0;
  let stopped = false;
  const stop = (limit: WalkLimit) => {
    if (!stopped) skipped({ kind: 'stopped', path: folder, limit });
    stopped = true;
  };
  function* visit(dir: string, real: string, depth: number): Generator<string[], void> {
    if (stopped || seen.has(real)) return;
    seen.add(real);
    if (depth > WALK_LIMITS.depth) return stop('depth');
    let dirents: Dirent[];
    try {
      dirents = readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
        a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
      );
    } catch (error) {
      skipped({ kind: 'unreadable', path: dir, error: (error as Error).message, root: false });
      return;
    }
    let batch: string[] = [];
    for (const dirent of dirents) {
      if (stopped) break;
      if (++entries > WALK_LIMITS.entries) {
        stop('entries');
        break;
      }
      const name = dirent.name;
      if (name.startsWith('.') || name === 'node_modules') continue;
      const isWanted = wanted(name);
      // Only a link needs a stat: the entry's own type says what a plain file or folder is.
      if (!dirent.isSymbolicLink() && !dirent.isDirectory() && !isWanted) continue;
      const path = join(dir, name);
      let target = join(real, name);
      let isDirectory = dirent.isDirectory();
      let isFile = dirent.isFile();
      if (dirent.isSymbolicLink()) {
        try {
          target = realpathSync(path);
          const stats = statSync(target);
          [isDirectory, isFile] = [stats.isDirectory(), stats.isFile()];
        } catch {
          continue; // a dangling link: nothing to read
        }
        if (!inside(target)) {
          if (isWanted || isDirectory) skipped({ kind: 'link', path, why: 'outside' });
          continue;
        }
      }
      if (isDirectory) {
        if (options.skipFolder?.(name)) continue;
        if (seen.has(target)) {
          skipped({ kind: 'link', path, why: 'loop' });
          continue;
        }
        // Files found so far come first: the order is the walk's, depth first.
        if (batch.length) yield batch;
        batch = [];
        yield* visit(path, target, depth + 1);
      } else if (isWanted) {
        if (!isFile) skipped({ kind: 'notRegularFile', path });
        else if (files >= WALK_LIMITS.files) stop('files');
        else {
          files++;
          batch.push(path);
        }
      }
    }
    yield batch;
  }
  yield* visit(folder, root, 0);
}
