import { memoKeyOf } from '../text/canonicalLines.js';
import type { CorpusIndex } from './corpusIndex.js';

/**
 * A value derived from a corpus index (near-miss anchors, figures by measure, descriptions of names).
 * The key is declared next to the code that uses it; the value lives in the index's one cache, so it
 * is built once per index and dropped with it.
 */
export interface DerivedKey<T> {
  /** For debugging and the bench: what is cached. */
  readonly name: string;
  build(index: CorpusIndex): T;
  /** build, yielding between pieces of the corpus: how the warm-up builds a value that takes long. */
  buildSteps?(index: CorpusIndex): Generator<void, T>;
  /**
   * The value is plain data (maps, arrays, records; no functions, no class instances) and depends on the
   * index alone, not on the segmenter's dictionary: it is stored with the index's snapshot and restored
   * with it. Its name is then its identity in the snapshot and must be unique among persisted keys.
   */
  readonly persist?: true;
}

/** The index's cache of derived values: one entry per key, built on first use. */
export class DerivedCache {
  private readonly values = new Map<DerivedKey<unknown>, unknown>();
  /** Persisted values of a restored snapshot, by key name: taken on first use instead of building. */
  private restored = new Map<string, unknown>();

  constructor(private readonly index: CorpusIndex) {}

  get<T>(key: DerivedKey<T>): T {
    if (this.values.has(key)) return this.values.get(key) as T;
    const value =
      key.persist && this.restored.has(key.name) ? (this.restored.get(key.name) as T) : key.build(this.index);
    this.values.set(key, value);
    return value;
  }

  /** The value if it is built or restored; undefined rather than built now. */
  peek<T>(key: DerivedKey<T>): T | undefined {
    if (this.values.has(key) || (key.persist && this.restored.has(key.name))) return this.get(key);
    return undefined;
  }

  /** get, built in steps when the key can be (buildSteps). */
  *steps<T>(key: DerivedKey<T>): Generator<void, T> {
    if (this.values.has(key) || !key.buildSteps || (key.persist && this.restored.has(key.name))) return this.get(key);
    const value = yield* key.buildSteps(this.index);
    // A get while this was building (a check between the steps) built it whole: that value stays.
    if (!this.values.has(key)) this.values.set(key, value);
    return this.values.get(key) as T;
  }

  /** The persisted keys' values built so far (and those restored and not yet asked for), by name. */
  persisted(): Array<[string, unknown]> {
    const built = [...this.values]
      .filter(([key]) => key.persist)
      .map(([key, value]): [string, unknown] => [key.name, value]);
    const names = new Set(built.map(([name]) => name));
    return [...built, ...[...this.restored].filter(([name]) => !names.has(name))];
  }

  /** Values of a snapshot (see persisted). */
  restore(values: Iterable<[string, unknown]>): void {
    this.restored = new Map(values);
  }

  /** Names of the values built so far (for the bench's memory report). */
  built(): string[] {
    return [...this.values.keys()].map((key) => key.name);
  }
}

/**
 * A bounded memo of results by a text key: per line (the checks of an unchanged line are not computed
 * again after an edit), per name looked up. Cleared when full: rare and cheap at these sizes.
 */
export class Memo<T> {
  private readonly entries = new Map<string, T>();

  constructor(private readonly capacity = 20_000) {}

  /**
   * The value for a key, computed on a miss from the key as a detached copy (see text/detached.ts) or as
   * the line's one string (text/canonicalLines.ts): a line of a draft kept as a key, or read by `compute`
   * into the value, must not keep that draft's text alive.
   */
  get(key: string, compute: (key: string) => T): T {
    let value = this.entries.get(key);
    if (value === undefined) {
      const own = memoKeyOf(key);
      value = compute(own);
      if (this.entries.size >= this.capacity) this.entries.clear();
      this.entries.set(own, value);
    }
    return value;
  }
}

/** A derived key for a memo: each index gets its own. */
export function memoKey<T>(name: string): DerivedKey<Memo<T>> {
  return { name, build: () => new Memo<T>() };
}
