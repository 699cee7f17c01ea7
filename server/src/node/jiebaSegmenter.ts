// The Node Segmenter over nodejieba. nodejieba is a native addon that esbuild leaves outside the
// bundle and whose dictionary takes about a second and a half to load, so nothing happens until the
// first cut (or an explicit load()); if the addon is missing or was built for another Node ABI the
// server keeps working on the simple segmenter instead of failing to start.
import { readFileSync } from 'node:fs';
import type { Segmenter } from '../service/segmenter.js';
import { SimpleSegmenter } from '../service/search/simpleSegmenter.js';
import { DictionarySegmenter, SEGMENT_SEPARATORS } from '../service/text/dictionarySegmenter.js';
import { trimmedDictionary, type JiebaDefaults } from './jiebaDictionary.js';
import { readPreparedDictionary, writePreparedDictionary } from './preparedDictionaryFile.js';

/** The part of nodejieba we use; a test can inject a fake or a loader that throws. */
export type JiebaModule = Pick<typeof import('nodejieba'), 'cut' | 'insertWord'> &
  Partial<Pick<typeof import('nodejieba'), 'load'>> &
  Partial<JiebaDefaults>;

/**
 * Whether this process loaded jieba's dictionary. It is process-wide (one native addon, however it was
 * required — tsx and the bundle may hand out different wrappers of it), and a second load() drops every
 * word inserted since (another JiebaSegmenter's, say): it is loaded once per process.
 */
let dictionaryLoaded = false;

/** Loads the trimmed dictionary once per process (a fake without load() loads on its first cut). */
export function loadDictionary(jieba: JiebaModule): void {
  if (jieba.load && jieba.DEFAULT_DICT && jieba.DEFAULT_HMM_DICT && jieba.DEFAULT_USER_DICT) {
    if (dictionaryLoaded) return;
    dictionaryLoaded = true;
    jieba.load({ ...trimmedDictionary(jieba as JiebaDefaults) });
  } else jieba.cut('');
}

export interface JiebaSegmenterOptions {
  /** Told once when nodejieba cannot load and the simple segmenter takes over. */
  readonly log?: (message: string) => void;
  /** Defaults to require('nodejieba'), resolved at run time next to the bundle. */
  readonly loadModule?: () => JiebaModule;
}

export interface SegmenterLoadReport {
  readonly backend: 'nodejieba' | 'simple';
  /** Time to require the addon. */
  readonly requireMs: number;
  /**
   * Time to load jieba's dictionaries, reported apart so a benchmark can show the dominant cost;
   * near 0 when another instance in the process already loaded them.
   */
  readonly dictionaryMs: number;
  /** Time to insert the words taught before loading. */
  readonly insertMs: number;
  readonly wordsInserted: number;
  /** Why the simple segmenter is in use. */
  readonly error?: string;
}

const requireNodejieba = (): JiebaModule => require('nodejieba') as JiebaModule;

/**
 * jieba's dictionary read by DictionarySegmenter (the same files nodejieba.load() takes), with the
 * words taught so far; undefined for a module that names no dictionary files (a test's fake).
 */
export function dictionarySegmenterFor(jieba: JiebaModule, taught: Iterable<string>): DictionarySegmenter | undefined {
  if (!jieba.DEFAULT_DICT || !jieba.DEFAULT_HMM_DICT || !jieba.DEFAULT_USER_DICT) return undefined;
  const files = trimmedDictionary(jieba as JiebaDefaults);
  const user = readFileSync(files.userDict, 'utf8');
  const kept = files.prepared ? readPreparedDictionary(files.prepared) : undefined;
  let segmenter: DictionarySegmenter | undefined;
  try {
    if (kept) segmenter = new DictionarySegmenter(kept, user);
  } catch {
    // Words and weights that do not agree: prepared again below, and the file rewritten.
  }
  if (!segmenter) {
    segmenter = new DictionarySegmenter(readFileSync(files.dict, 'utf8'), user);
    if (files.prepared) writePreparedDictionary(files.prepared, segmenter.prepared());
  }
  for (const word of taught) segmenter.addWord(word);
  return segmenter;
}

/**
 * Full cuts come from nodejieba (its HMM guesses unknown words); where words begin and end and
 * whether a span is one word come from DictionarySegmenter over the same dictionary — the same answers
 * (tested), without loading the addon's dictionary: a `check` run never pays for it.
 */
export class JiebaSegmenter implements Segmenter {
  private readonly log: (message: string) => void;
  private readonly loadModule: () => JiebaModule;
  /** Words taught before load, inserted at load; also the fallback's dictionary. */
  private readonly pendingWords: string[] = [];
  private loaded: { readonly backend: Segmenter; readonly report: SegmenterLoadReport } | undefined;
  /** Every word taught: DictionarySegmenter gets them when it loads, isWord never calls one a word. */
  private readonly taught = new Set<string>();
  /** null: not available (no dictionary files, or they did not read): nodejieba answers. */
  private words: DictionarySegmenter | null | undefined;

  constructor(options: JiebaSegmenterOptions = {}) {
    this.log = options.log ?? (() => undefined);
    this.loadModule = options.loadModule ?? requireNodejieba;
  }

  /** How loading went; undefined until something loaded the segmenter. */
  get loadReport(): SegmenterLoadReport | undefined {
    return this.loaded?.report;
  }

  /** Loads nodejieba now (otherwise the first cut does). Idempotent; never throws. */
  load(): SegmenterLoadReport {
    return (this.loaded ??= this.loadBackend()).report;
  }

  cut(text: string): string[] {
    return (this.loaded ??= this.loadBackend()).backend.cut(text);
  }

  isWord(text: string): boolean {
    const words = this.wordSegmenter();
    if (!words) return (this.loaded ??= this.loadBackend()).backend.isWord(text);
    return text.length >= 2 && !this.taught.has(text) && words.hasWord(text);
  }

  segment(text: string): string[] {
    return (this.wordSegmenter() ?? (this.loaded ??= this.loadBackend()).backend).segment(text);
  }

  /** DictionarySegmenter's, when it answers segment (without it, no promise is made). */
  separators(): ReadonlySet<string> | undefined {
    return this.wordSegmenter() ? SEGMENT_SEPARATORS : undefined;
  }

  /** Buffered until load, so teaching the corpus names does not itself pay for loading jieba. */
  addWord(word: string): void {
    this.taught.add(word);
    this.words?.addWord(word);
    if (this.loaded) this.loaded.backend.addWord(word);
    else this.pendingWords.push(word);
  }

  private wordSegmenter(): DictionarySegmenter | undefined {
    if (this.words === undefined) {
      try {
        this.words = dictionarySegmenterFor(this.loadModule(), this.taught) ?? null;
      } catch {
        this.words = null; // the addon or its files are missing: loadBackend says so and falls back
      }
    }
    return this.words ?? undefined;
  }

  private loadBackend(): { backend: Segmenter; report: SegmenterLoadReport } {
    const words = this.pendingWords.splice(0);
    let requireMs = 0;
    let dictionaryMs = 0;
    let phaseStart = performance.now();
    try {
      const jieba = this.loadModule();
      requireMs = performance.now() - phaseStart;
      phaseStart = performance.now();
      loadDictionary(jieba);
      dictionaryMs = performance.now() - phaseStart;
      phaseStart = performance.now();
      for (const word of words) jieba.insertWord(word);
      const insertMs = performance.now() - phaseStart;
      return {
        backend: new NodejiebaSegmenter(jieba, words),
        report: { backend: 'nodejieba', requireMs, dictionaryMs, insertMs, wordsInserted: words.length },
      };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      this.log(
        `nodejieba could not be loaded, using the simple segmenter (word boundaries from the corpus names only): ${message}`,
      );
      phaseStart = performance.now();
      const backend = new SimpleSegmenter(words);
      const insertMs = performance.now() - phaseStart;
      return {
        backend,
        report: { backend: 'simple', requireMs, dictionaryMs, insertMs, wordsInserted: words.length, error: message },
      };
    }
  }
}

/** nodejieba as a Segmenter. Its dictionary is process-wide: words inserted here are seen by every user. */
class NodejiebaSegmenter implements Segmenter {
  private readonly taught: Set<string>;

  constructor(
    private readonly jieba: JiebaModule,
    taught: readonly string[],
  ) {
    this.taught = new Set(taught);
  }

  /** Without the HMM, jieba keeps a span whole only when its dictionary has it. */
  isWord(text: string): boolean {
    if (text.length < 2 || this.taught.has(text)) return false;
    const words = this.jieba.cut(text, false);
    return words.length === 1 && words[0] === text;
  }

  cut(text: string): string[] {
    return this.jieba.cut(text).filter((word) => word.trim().length > 0);
  }

  /** Without the HMM: only dictionary words (and taught names), so an unknown span stays in pieces. */
  segment(text: string): string[] {
    return this.jieba.cut(text, false);
  }

  addWord(word: string): void {
    this.taught.add(word);
    this.jieba.insertWord(word);
  }
}
