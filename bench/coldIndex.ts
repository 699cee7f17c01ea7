// Reads and indexes corpus folders in this (fresh) process and prints one line of JSON. The bench
// runs it as a child process: only there is the jieba dictionary load really cold, and only there
// does the peak RSS belong to this one index.
//
//   node bench/run.mjs bench/coldIndex.ts [--preload-dictionary] <folder>...   (the bench runs its bundle)
//
// After the index, the clause search index is built (prepareSearch, which the server runs right after
// its first answers). Without --preload-dictionary the jieba dictionary loads wherever the engine
// first cuts (now: in prepareSearch), as in a process that never called load(); with it, load() runs
// first and the index and search builds are timed without it.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { readCorpusFolders } from '../server/src/node/corpusFolders.js';
import { DiskIndexCache } from '../server/src/node/diskIndexCache.js';
import { JiebaSegmenter, type SegmenterLoadReport } from '../server/src/node/jiebaSegmenter.js';
import { draftDocument } from '../server/src/service/features/documentText.js';
import { createLanguageService } from '../server/src/service/languageService.js';
import { contentBytes, forceGc, maxRssMB, timed, toMB } from './measure.js';

export interface ColdIndexResult {
  readonly folders: readonly string[];
  readonly files: number;
  readonly bytes: number;
  readonly documents: number;
  readonly names: number;
  readonly duplicates: number;
  readonly errors: number;
  readonly warnings: number;
  readonly segmenter: SegmenterLoadReport | undefined;
  /** Where the dictionary loaded when not preloaded: the build's time or the search build's includes it. */
  readonly dictionaryLoadedIn: 'preload' | 'build' | 'search' | 'never';
  /** Process start to this script's first line: Node start-up and loading the bundle. */
  readonly startupMs: number;
  /** The explicit load() with --preload-dictionary; 0 without (the load is then inside buildMs). */
  readonly preloadMs: number;
  readonly readMs: number;
  readonly buildMs: number;
  /** The service's prepareSearch: segmenting every clause and building the BM25 index. */
  readonly searchMs: number;
  readonly rssBeforeReadMB: number;
  readonly heapBeforeReadMB: number;
  /** After a full GC with the index still referenced: what the index keeps. */
  readonly heapAfterBuildMB: number;
  readonly rssAfterBuildMB: number;
  /** After a full GC with the index and its search index referenced. */
  readonly heapAfterSearchMB: number;
  /** Memory outside the JS heap (typed arrays such as the search postings) after the search index. */
  readonly arrayBuffersAfterSearchMB: number;
  readonly arrayBuffersAfterBuildMB: number;
  /** Peak resident set of the whole process up to the end of the index build itself. */
  readonly maxRssAfterIndexMB: number;
  /** … and up to the end of the corpus-wide lookups built before storing. */
  readonly maxRssAfterWarmUpMB: number;
  /** … and up to the end of storing the index and checking a first draft (before the search index). */
  readonly maxRssAfterBuildMB: number;
  /** … and up to the search index built, before it is stored again. */
  readonly maxRssAfterSearchMB: number;
  /** Peak resident set of the whole process, dictionary and search index included. */
  readonly maxRssMB: number;
  /** Writing the built index to the index cache (0 when restored, or without a cache). */
  readonly storeMs: number;
  /** Writing it again with the search index built after it (0 when restored with one). */
  readonly storeWithSearchMs: number;
  /** Building the corpus-wide lookups before storing (0 when restored: they come with the index). */
  readonly warmUpMs: number;
  /**
   * The first check of a draft (examples/) after the index is ready: the first answer a drafter waits
   * for, with whatever of the corpus it reads for the first time (a restored index reads its parts then).
   */
  readonly firstCheckMs: number;
}

const EXAMPLE_DRAFT = join(__dirname, '..', 'examples', '2024-work-points-draft.md');

export async function coldIndex(
  folders: readonly string[],
  preloadDictionary: boolean,
  /** Keep the built index here (and restore it from here when stored): the persistent index cache. */
  indexCacheFolder?: string,
): Promise<ColdIndexResult> {
  const startupMs = performance.now();
  // Run from source there is no build id: the bench names its own engine (it empties the folder first).
  const indexCache = indexCacheFolder
    ? new DiskIndexCache({ logger: quiet, locale: () => 'zh', folder: indexCacheFolder, engine: 'bench' })
    : undefined;
  const segmenter = new JiebaSegmenter({ log: (message) => process.stderr.write(`${message}\n`) });
  const preloadMs = preloadDictionary ? timed(() => segmenter.load()).ms : 0;
  forceGc();
  const before = process.memoryUsage();
  const read = timed(() => readCorpusFolders(folders));
  const service = createLanguageService({
    segmenter,
    logger: quiet,
    locale: () => 'zh',
    workspaceDrafts: () => [],
    indexCache,
  });
  const build = timed(() => service.indexCorpus(read.result.files, read.result.registry));
  const maxRssAfterIndex = maxRssMB();
  // The corpus-wide lookups the checks read (name histories, measure links …), built as the server and
  // the CLI build them before they store an index: stored with it, a restore has them.
  const warmUpStart = performance.now();
  if (indexCache?.pendingWrite) await service.warmUp(() => Promise.resolve());
  const warmUpMs = performance.now() - warmUpStart;
  const maxRssAfterWarmUp = maxRssMB();
  const storeMs = indexCache ? timed(() => indexCache.flush()).ms : 0;
  const example = draftDocument(pathToFileURL(EXAMPLE_DRAFT).toString(), 1, readFileSync(EXAMPLE_DRAFT, 'utf8'));
  const firstCheckMs = timed(() => service.check(example)).ms;
  const loadedByBuild = !preloadDictionary && segmenter.loadReport !== undefined;
  const maxRssAfterBuild = maxRssMB();
  forceGc();
  const after = process.memoryUsage();
  const summary = build.result;
  const searchStart = performance.now();
  await service.prepareSearch(() => Promise.resolve());
  const search = { ms: performance.now() - searchStart };
  const maxRssAfterSearch = maxRssMB();
  // The server stores the index again once its search index is built: the next start restores both.
  const storeWithSearchMs = indexCache?.pendingWrite ? timed(() => indexCache.flush()).ms : 0;
  forceGc();
  const afterSearch = process.memoryUsage();
  const problems = [...read.result.problems, ...summary.problems];
  return {
    folders,
    files: read.result.files.length,
    bytes: contentBytes(read.result.files),
    documents: summary.documents,
    names: summary.names,
    duplicates: summary.duplicates,
    errors: problems.filter((p) => p.severity === 'error').length,
    warnings: problems.filter((p) => p.severity === 'warning').length,
    segmenter: segmenter.loadReport,
    dictionaryLoadedIn: preloadDictionary
      ? 'preload'
      : loadedByBuild
        ? 'build'
        : segmenter.loadReport
          ? 'search'
          : 'never',
    startupMs,
    preloadMs,
    readMs: read.ms,
    buildMs: build.ms,
    searchMs: search.ms,
    rssBeforeReadMB: toMB(before.rss),
    heapBeforeReadMB: toMB(before.heapUsed),
    heapAfterBuildMB: toMB(after.heapUsed),
    rssAfterBuildMB: toMB(after.rss),
    heapAfterSearchMB: toMB(afterSearch.heapUsed),
    arrayBuffersAfterBuildMB: toMB(after.arrayBuffers),
    arrayBuffersAfterSearchMB: toMB(afterSearch.arrayBuffers),
    maxRssAfterIndexMB: maxRssAfterIndex,
    maxRssAfterWarmUpMB: maxRssAfterWarmUp,
    maxRssAfterBuildMB: maxRssAfterBuild,
    maxRssAfterSearchMB: maxRssAfterSearch,
    maxRssMB: maxRssMB(),
    storeMs,
    storeWithSearchMs,
    warmUpMs,
    firstCheckMs,
  };
}

const quiet = { info: () => undefined, warn: () => undefined, error: () => undefined };

if (require.main === module) {
  const args = process.argv.slice(2);
  const folders = args.filter((arg) => !arg.startsWith('--')).map((folder) => resolve(folder));
  if (folders.length === 0) {
    process.stderr.write('usage: node bench/run.mjs bench/coldIndex.ts [--preload-dictionary] <folder>...\n');
    process.exit(2);
  }
  const cacheAt = args.indexOf('--index-cache');
  const indexCache = cacheAt >= 0 ? resolve(args[cacheAt + 1]) : undefined;
  const corpusFolders = folders.filter((folder) => folder !== indexCache);
  void coldIndex(corpusFolders, args.includes('--preload-dictionary'), indexCache).then((result) =>
    process.stdout.write(`${JSON.stringify(result)}\n`),
  );
}
