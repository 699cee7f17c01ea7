import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DEFAULT_MAX_FILE_BYTES } from '../service/corpus/decode.js';
import type { CorpusFile } from '../service/corpus/loadCorpus.js';
import { EMPTY_REGISTRY, mergeRegistries, parseRegistry, type Registry } from '../service/corpus/registry.js';
import type { Locale } from '../service/l10n.js';
import { CORPUS_FILE_MESSAGES as M } from '../service/messages/corpusFiles.js';
import { say, type Entry } from '../service/messages/entry.js';
import type { CorpusProblem } from '../service/model.js';
import { runSteps } from '../service/steps.js';
import { walkFolder, WALK_LIMITS } from './folderWalk.js';

export { WALK_LIMITS } from './folderWalk.js';

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
  return runSteps(readCorpusFoldersSteps(folders, extraRegistries, locale));
}

/** readCorpusFolders, a step per folder and per file read: the server pauses (and may stop) between them. */
export function* readCorpusFoldersSteps(
  folders: readonly string[],
  extraRegistries: readonly string[] = [],
  locale: Locale = 'zh',
): Generator<void, CorpusOnDisk> {
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
      yield;
      if (path === undefined) continue;
      const uri = pathToFileURL(path).toString();
      try {
        // Refused by size before reading, registries too: a multi-GB file must not be loaded to be rejected.
        const stat = statSync(path);
        if (stat.size > DEFAULT_MAX_FILE_BYTES) {
          const mb = (stat.size / 1024 / 1024).toFixed(1);
          problems.push({
            uri,
            severity: 'error',
            message: `${basename(path)}: ${text(M.tooLarge, { mb, limitMb: DEFAULT_MAX_FILE_BYTES / 1024 / 1024 })}`,
          });
        } else if (path.endsWith(REGISTRY_FILE)) {
          readRegistry(path);
        } else {
          files.push(fileOnDisk(uri, path, stat));
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

/**
 * A corpus file read when its content is first asked, once: a corpus whose stored index is restored
 * is never read (its files are known unchanged by their stamps, fileHashes.ts).
 */
function fileOnDisk(uri: string, path: string, stat: { size: number; mtimeMs: number }): CorpusFile {
  let content: Buffer | undefined;
  return {
    uri,
    stamp: { size: stat.size, mtimeMs: stat.mtimeMs },
    get content() {
      return (content ??= readFileSync(path));
    },
    release() {
      content = undefined;
    },
  };
}

/**
 * The corpus files under a folder (folderWalk.ts), each skip a problem; undefined after each folder read,
 * so a caller can pause there.
 */
function* listFiles(folder: string, problems: CorpusProblem[], locale: Locale): Generator<string | undefined, void> {
  const warn = (path: string, message: string) =>
    problems.push({ uri: pathToFileURL(path).toString(), severity: 'warning', message });
  const steps = walkFolder(folder, {
    wanted: (name) => ['.md', '.txt'].includes(extname(name).toLowerCase()) || name === REGISTRY_FILE,
    skipped: (skip) => {
      if (skip.kind === 'unreadable')
        problems.push({
          uri: pathToFileURL(skip.path).toString(),
          severity: 'error',
          message: say(locale, M.folderUnreadable, { error: skip.error }),
        });
      else if (skip.kind === 'stopped')
        warn(skip.path, say(locale, M.walkStopped, { count: WALK_LIMITS[skip.limit], limit: skip.limit }));
      else if (skip.kind === 'link') warn(skip.path, say(locale, M.linkSkipped, { why: skip.why }));
      else warn(skip.path, say(locale, M.notRegularFile, {}));
    },
  });
  for (const batch of steps) {
    yield undefined;
    yield* batch;
  }
}

function lineRange(line: number | undefined) {
  if (line === undefined) return undefined;
  const zeroBased = Math.max(0, line - 1);
  return { start: { line: zeroBased, character: 0 }, end: { line: zeroBased, character: 0 } };
}
