import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DEFAULT_MAX_FILE_BYTES } from '../service/corpus/decode.js';
import type { CorpusFile } from '../service/corpus/loadCorpus.js';
import { EMPTY_REGISTRY, mergeRegistries, parseRegistry, type Registry } from '../service/corpus/registry.js';
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
export function readCorpusFolders(folders: readonly string[], extraRegistries: readonly string[] = []): CorpusOnDisk {
  const files: CorpusFile[] = [];
  const registries: Registry[] = [EMPTY_REGISTRY];
  const problems: CorpusProblem[] = [];
  const readRegistry = (path: string) => {
    const uri = pathToFileURL(path).toString();
    try {
      const parsed = parseRegistry(readFileSync(path, 'utf8'));
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
      problems.push({ uri, severity: 'error', message: `无法读取 / cannot read: ${(error as Error).message}` });
    }
  };
  for (const folder of folders) {
    for (const path of listFiles(folder, problems)) {
      const uri = pathToFileURL(path).toString();
      try {
        if (path.endsWith(REGISTRY_FILE)) {
          readRegistry(path);
        } else if (statSync(path).size > DEFAULT_MAX_FILE_BYTES) {
          // Refused by size before reading: a multi-GB file must not be loaded to be rejected.
          const mb = (statSync(path).size / 1024 / 1024).toFixed(1);
          problems.push({
            uri,
            severity: 'error',
            message: `${basename(path)}: 文件过大（${mb} MB，上限 ${DEFAULT_MAX_FILE_BYTES / 1024 / 1024} MB），已跳过 / file too large (${mb} MB), skipped`,
          });
        } else {
          files.push({ uri, content: readFileSync(path) });
        }
      } catch (error) {
        problems.push({ uri, severity: 'error', message: `无法读取 / cannot read: ${(error as Error).message}` });
      }
    }
  }
  // Workspace registries last: what the drafter taught wins over the corpus's.
  for (const path of extraRegistries) readRegistry(path);
  return { files, registry: mergeRegistries(registries), problems };
}

function listFiles(folder: string, problems: CorpusProblem[]): string[] {
  const out: string[] = [];
  const visit = (dir: string) => {
    let names: string[];
    try {
      names = readdirSync(dir).sort();
    } catch (error) {
      problems.push({
        uri: pathToFileURL(dir).toString(),
        severity: 'error',
        message: `语料目录无法读取 / corpus folder unreadable: ${(error as Error).message}`,
      });
      return;
    }
    for (const name of names) {
      if (name.startsWith('.') || name === 'node_modules') continue;
      const path = join(dir, name);
      let isDirectory = false;
      try {
        isDirectory = statSync(path).isDirectory();
      } catch {
        continue; // a dangling link: nothing to read
      }
      if (isDirectory) visit(path);
      else if (['.md', '.txt'].includes(extname(name).toLowerCase()) || name === REGISTRY_FILE) out.push(path);
    }
  };
  visit(folder);
  return out;
}

function lineRange(line: number | undefined) {
  if (line === undefined) return undefined;
  const zeroBased = Math.max(0, line - 1);
  return { start: { line: zeroBased, character: 0 }, end: { line: zeroBased, character: 0 } };
}
