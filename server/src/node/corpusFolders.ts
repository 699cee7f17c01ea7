import { existsSync, lstatSync, readdirSync, readFileSync, realpathSync, statSync, type Stats } from 'node:fs';
import { basename, dirname, extname, join, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DEFAULT_MAX_FILE_BYTES } from '../service/corpus/decode.js';
import type { CorpusFile } from '../service/corpus/loadCorpus.js';
import { EMPTY_REGISTRY, mergeRegistries, parseRegistry, type Registry } from '../service/corpus/registry.js';
import type { Locale } from '../service/l10n.js';
import { CORPUS_FILE_MESSAGES as M } from '../service/messages/corpusFiles.js';
import { say, type Entry } from '../service/messages/entry.js';
import type { CorpusProblem } from '../service/model.js';

export const REGISTRY_FILE = 'registry.yaml';

/**
 * The corpus shipped with the extension: `corpus/` at the package root — beside `dist/` in the
 * bundle, a few levels up when run from source (tests, benchmarks).
 */
export function bundledCorpusFolder(): string {
  for (let dir = __dirname; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'corpus', REGISTRY_FILE))) return join(dir, 'corpus');
    if (dirname(dir) === dir) return resolve(__dirname, '..', 'corpus');
  }
}

export interface CorpusOnDisk {
  readonly files: CorpusFile[];
  readonly registry: Registry;
  readonly problems: CorpusProblem[];
}

/**
 * Reads every corpus document (.md, and .txt so it can be refused with advice) and registry file of
 * the folders. Unreadable folders and files become problems; nothing throws.
 */
export function readCorpusFolders(
  folders: readonly string[],
  extraRegistries: readonly string[] = [],
  locale: Locale = 'zh',
): CorpusOnDisk {
  const text = <P>(message: Entry<P>, params: P) => say(locale, message, params);
  const files: CorpusFile[] = [];
  const registries: Registry[] = [EMPTY_REGISTRY];
  const problems: CorpusProblem[] = [];
  const readRegistry = (path: string) => {
    const uri = pathToFileURL(path).toString();
    try {
      const parsed = parseRegistry(readFileSync(path, 'utf8'), locale);
      if (parsed.ok) registries.push(parsed.registry);
      else
        problems.push({
          uri,
          severity: 'error',
          message: `${basename(path)}: ${parsed.message}`,
          field: parsed.field,
          range: lineRange(parsed.line),
        });
    } catch (error) {
      problems.push({ uri, severity: 'error', message: text(M.cannotRead, { error: (error as Error).message }) });
    }
  };
  for (const folder of folders) {
    for (const path of listFiles(folder, problems, locale)) {
      const uri = pathToFileURL(path).toString();
      try {
        // Refused by size before reading, registries too: a multi-GB file must not be loaded to be rejected.
        if (statSync(path).size > DEFAULT_MAX_FILE_BYTES) {
          const mb = (statSync(path).size / 1024 / 1024).toFixed(1);
          problems.push({
            uri,
            severity: 'error',
            message: `${basename(path)}: ${text(M.tooLarge, { mb, limitMb: DEFAULT_MAX_FILE_BYTES / 1024 / 1024 })}`,
          });
        } else if (path.endsWith(REGISTRY_FILE)) {
          readRegistry(path);
        } else {
          files.push({ uri, content: readFileSync(path) });
        }
      } catch (error) {
        problems.push({ uri, severity: 'error', message: text(M.cannotRead, { error: (error as Error).message }) });
      }
    }
  }
  // Workspace registries last: what the drafter taught wins over the corpus's.
  for (const path of extraRegistries) readRegistry(path);
  return { files, registry: mergeRegistries(registries), problems };
}

/** Bounds of one folder's walk: a setting pointed at / or /proc must end, and say where it stopped. */
export const WALK_LIMITS = { depth: 12, entries: 20_000, files: 2_000 } as const;

/**
 * The corpus files under a folder. Bounded (depth, entries looked at, files kept), cycle-safe (each real
 * folder once), never following a link out of the folder, and skipping what is not a regular file (a
 * FIFO named *.md would block the read): each skip and a stop is a problem that says so.
 */
function listFiles(folder: string, problems: CorpusProblem[], locale: Locale): string[] {
  const out: string[] = [];
  const warn = (path: string, message: string) =>
    problems.push({ uri: pathToFileURL(path).toString(), severity: 'warning', message });
  let root: string;
  try {
    root = realpathSync(folder);
  } catch (error) {
    problems.push({
      uri: pathToFileURL(folder).toString(),
      severity: 'error',
      message: say(locale, M.folderUnreadable, { error: (error as Error).message }),
    });
    return out;
  }
  const inside = (real: string) => real === root || real.startsWith(root.endsWith(sep) ? root : root + sep);
  const seen = new Set<string>();
  let entries = 0;
  let stopped = false;
  const stop = (limit: keyof typeof WALK_LIMITS) => {
    if (!stopped) warn(folder, say(locale, M.walkStopped, { count: WALK_LIMITS[limit], limit }));
    stopped = true;
  };
  const visit = (dir: string, real: string, depth: number) => {
    if (stopped || seen.has(real)) return;
    seen.add(real);
    if (depth > WALK_LIMITS.depth) return stop('depth');
    let names: string[];
    try {
      names = readdirSync(dir).sort();
    } catch (error) {
      problems.push({
        uri: pathToFileURL(dir).toString(),
        severity: 'error',
        message: say(locale, M.folderUnreadable, { error: (error as Error).message }),
      });
      return;
    }
    for (const name of names) {
      if (stopped) return;
      if (++entries > WALK_LIMITS.entries) return stop('entries');
      if (name.startsWith('.') || name === 'node_modules') continue;
      const path = join(dir, name);
      const wanted = ['.md', '.txt'].includes(extname(name).toLowerCase()) || name === REGISTRY_FILE;
      let target: string;
      let stats: Stats;
      try {
        const link = lstatSync(path);
        target = link.isSymbolicLink() ? realpathSync(path) : join(real, name);
        stats = link.isSymbolicLink() ? statSync(target) : link;
      } catch {
        continue; // a dangling link: nothing to read
      }
      if (!inside(target)) {
        if (wanted || stats.isDirectory()) warn(path, say(locale, M.linkSkipped, { why: 'outside' }));
        continue;
      }
      if (stats.isDirectory()) {
        if (seen.has(target)) warn(path, say(locale, M.linkSkipped, { why: 'loop' }));
        else visit(path, target, depth + 1);
      } else if (wanted) {
        if (!stats.isFile()) warn(path, say(locale, M.notRegularFile, {}));
        else if (out.length >= WALK_LIMITS.files) return stop('files');
        else out.push(path);
      }
    }
  };
  visit(folder, root, 0);
  return out;
}

function lineRange(line: number | undefined) {
  if (line === undefined) return undefined;
  const zeroBased = Math.max(0, line - 1);
  return { start: { line: zeroBased, character: 0 }, end: { line: zeroBased, character: 0 } };
}
