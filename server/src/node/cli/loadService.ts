import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createLanguageService, type LanguageService } from '../../service/languageService.js';
import type { Locale } from '../../service/l10n.js';
import type { CorpusProblem } from '../../service/model.js';
import { bundledCorpusFolder, readCorpusFolders } from '../corpusFolders.js';
import { defaultIndexCacheFolder, DiskIndexCache, shippedIndexFolder } from '../diskIndexCache.js';
import { ENGINE_BUILD } from '../engineBuild.js';
import { JiebaSegmenter } from '../jiebaSegmenter.js';
import { workspaceRegistryFiles } from '../workspaceRegistry.js';
import type { ParsedArgs } from './args.js';

export interface CliService {
  /** The language service, indexed on first use (restored from the index cache when it holds this corpus). */
  service(): LanguageService;
  /** Problems of the folders (unreadable, bad registry), and of the documents once indexed. */
  problems(): CorpusProblem[];
  /** Whether the corpus has been indexed in this run. */
  readonly indexed: boolean;
  /**
   * A hash of everything findings depend on besides the draft (corpus files, registry, language, this
   * build); undefined when run from source, where no build id tells engines apart.
   */
  readonly fingerprint: string | undefined;
  /** Stores the index for the next run, if this run built it. */
  finish(): void;
  /**
   * Indexes (if not yet) and stores the index where check workers restore it from: the cache folder, or
   * — with the cache off — a folder for this run, removed by the function returned.
   */
  shareIndex(): { folder: string; remove(): void };
}

/**
 * The language service the CLI works with, over the bundled corpus (unless --no-bundled) and every
 * --corpus folder — the same front door the server uses. Built indexes are kept in the user's cache
 * folder (or --cache-location), so the next run over the same corpus restores instead of indexing.
 */
export function loadServiceForCli(
  args: ParsedArgs,
  log: (message: string) => void,
  locale: Locale,
  /** Where the index is kept (a check worker's: the folder its parent shared). */
  indexFolder?: string,
): CliService {
  const folders = [
    ...(args.flags.has('no-bundled') ? [] : [bundledCorpusFolder()]),
    ...(args.options.get('corpus') ?? []).map((folder) => resolve(folder)),
  ];
  const location = args.options.get('cache-location')?.[0];
  const indexCache = new DiskIndexCache({
    logger: { info: () => undefined, warn: log, error: log },
    locale: () => locale,
    folder: indexFolder ?? (location ? join(resolve(location), 'index') : defaultIndexCacheFolder()),
    relocatable: [bundledCorpusFolder()],
    shipped: shippedIndexFolder(),
  });
  // What the drafters taught in the editor (quick fixes) applies in CI too.
  const onDisk = readCorpusFolders(folders, workspaceRegistryFiles([process.cwd()]), locale);
  let service: LanguageService | undefined;
  let fingerprint: string | null | undefined;
  let documentProblems: readonly CorpusProblem[] = [];
  const load = (): LanguageService => {
    if (service) return service;
    service = createLanguageService({
      segmenter: new JiebaSegmenter({ log }),
      logger: { info: () => undefined, warn: log, error: log },
      locale: () => locale,
      workspaceDrafts: () => [],
      indexCache,
    });
    documentProblems = service.indexCorpus(onDisk.files, onDisk.registry).problems;
    return service;
  };
  return {
    service: load,
    problems: () => [...onDisk.problems, ...documentProblems],
    get indexed() {
      return service !== undefined;
    },
    // Hashing every corpus file is only worth it for --cache: computed when first asked.
    get fingerprint() {
      fingerprint ??= ENGINE_BUILD
        ? indexCache.fingerprint({ files: onDisk.files, registry: onDisk.registry, locale }, ENGINE_BUILD)
        : null;
      return fingerprint ?? undefined;
    },
    finish() {
      // An index this run built is stored with the corpus-wide values the checks look up (name histories,
      // measure links): the next run, and the server restoring it, need not build them.
      if (service && indexCache.pendingWrite) service.warmUpNow();
      indexCache.flush();
    },
    shareIndex() {
      const built = load();
      // The workers restore the corpus-wide values with the index instead of each building them.
      if (indexCache.pendingWrite) built.warmUpNow();
      const own = indexCache.folder;
      const folder = own ?? mkdtempSync(join(tmpdir(), 'policy-lens-index-'));
      indexCache.folder = folder;
      indexCache.flush();
      return { folder, remove: () => (own ? undefined : rmSync(folder, { recursive: true, force: true })) };
    },
  };
}
