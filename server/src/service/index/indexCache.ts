import type { CorpusFile } from '../corpus/loadCorpus.js';
import type { Registry } from '../corpus/registry.js';
import type { Locale } from '../l10n.js';
import type { Segmenter } from '../segmenter.js';
import { CorpusIndex, type IndexSnapshot } from './corpusIndex.js';

/** What an index is built from: the same files, registry and message language give the same index. */
export interface IndexCacheKey {
  readonly files: readonly CorpusFile[];
  readonly registry: Registry;
  /** Corpus problems are worded in it. */
  readonly locale: Locale;
}

/**
 * A store of built indexes, kept by whoever has a disk (the server in its storage folder, the CLI in its
 * cache folder). The service only asks and offers; keys, engine versions and files are the store's.
 */
export interface IndexCache {
  /** The snapshot of the index built from exactly these inputs by this engine, if stored. */
  read(key: IndexCacheKey): IndexSnapshot | undefined;
  /** Offers a newly built index; `snapshot` is called when the store chooses (it costs a step of its own). */
  write(key: IndexCacheKey, snapshot: () => IndexSnapshot): void;
}

/**
 * The index restored from the cache, or undefined when there is none — or when what is stored does not
 * restore (a damaged or foreign file): the caller then builds, and the cache is told so through `failed`.
 */
export function restoreFromCache(
  cache: IndexCache | undefined,
  key: IndexCacheKey,
  segmenter: Segmenter,
  failed: (error: unknown) => void,
): CorpusIndex | undefined {
  if (!cache) return undefined;
  try {
    const snapshot = cache.read(key);
    return snapshot ? CorpusIndex.restore(snapshot, key.registry, segmenter) : undefined;
  } catch (error) {
    failed(error);
    return undefined;
  }
}
