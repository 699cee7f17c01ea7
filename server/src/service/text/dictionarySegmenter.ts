// Dictionary-only word segmentation, as jieba does it without its HMM (cppjieba's MPSegment): every
// dictionary word starting at each character forms a graph, and the cut is the path of highest
// probability, a word weighing log(frequency / total). The checks only ask where dictionary words begin
// and end, and whether a span is one word; answering that here, from the dictionary file, spares them
// the native addon's own dictionary load (≈0.3 s). (Search needs no segmenter: it indexes bigrams.)
// Written to give jieba's answers exactly: a test compares the two over the corpora and drafts.

/**
 * What jieba splits on before segmenting (cppjieba's symbols): each is a token of its own, and the text
 * between two of them is segmented alone.
 */
export const SEGMENT_SEPARATORS: ReadonlySet<string> = new Set([' ', '\t', '\n', '，', '。']);
const SEPARATORS = SEGMENT_SEPARATORS;
/** jieba's weight of a path not yet scored (MIN_DOUBLE in cppjieba). */
const NOT_SCORED = -3.14e100;
/** jieba's longest word, in characters. */
const MAX_WORD_LENGTH = 512;

/**
 * A main dictionary read and sorted: what a process can keep on disk and load in a few milliseconds
 * instead of parsing and sorting the text file (≈70 ms) on every CLI run.
 */
export interface PreparedDictionary {
  /** The words in code-unit order, each once, joined by line feeds (no word holds one). */
  readonly words: string;
  /** Their weights, log(frequency / total), in the same order. */
  readonly weights: Float64Array;
  /** The sum of the frequencies: a user dictionary's own frequencies weigh against it. */
  readonly total: number;
  /** The lowest and the median weight of the file's lines (duplicates included, as jieba counts them). */
  readonly minWeight: number;
  readonly medianWeight: number;
  /**
   * Where the words beginning with each code unit lie, in order: triples of the code unit, its first word's
   * index and that word's offset in `words` (bucketsOf). Kept with the rest, a load neither splits the
   * 80,000 words nor looks for where each first unit begins: a bucket is split when a text first asks it.
   */
  readonly buckets: Uint32Array;
}

/** The buckets of words in code-unit order (see PreparedDictionary.buckets). */
export function bucketsOf(words: string): Uint32Array {
  const table: number[] = [];
  let previous = -1;
  for (let at = 0, index = 0; at < words.length; index++) {
    const code = words.charCodeAt(at);
    if (code !== previous) table.push(code, index, at);
    previous = code;
    const end = words.indexOf('\n', at);
    if (end < 0) break;
    at = end + 1;
  }
  return Uint32Array.from(table);
}

/** Reads a main dictionary file (`word frequency tag` per line) into its prepared form. */
export function prepareDictionary(text: string): PreparedDictionary {
  const words: string[] = [];
  const frequencies: number[] = [];
  let total = 0;
  for (let from = 0; from < text.length;) {
    let to = text.indexOf('\n', from);
    if (to < 0) to = text.length;
    const space = text.indexOf(' ', from);
    if (space > from && space < to) {
      const after = text.indexOf(' ', space + 1);
      const value = Number.parseFloat(text.slice(space + 1, after > space && after < to ? after : to));
      words.push(text.slice(from, space));
      frequencies.push(value);
      total += value;
    }
    from = to + 1;
  }
  if (words.length === 0) throw new Error('the main dictionary holds no word');
  // The same arithmetic as cppjieba's (log of frequency over the sum), so the same paths win.
  const weights = new Float64Array(words.length);
  for (let i = 0; i < words.length; i++) weights[i] = Math.log(frequencies[i] / total);
  const sorted = weights.slice().sort();
  // In code-unit order (jieba's file is in byte order, nearly the same: the sort is a pass); a word
  // listed twice keeps its last weight, as in jieba's trie.
  const order = words.map((_, i) => i).sort((x, y) => (words[x] < words[y] ? -1 : words[x] > words[y] ? 1 : x - y));
  const kept = order.filter((i, k) => k + 1 === order.length || words[order[k + 1]] !== words[i]);
  const joined = kept.map((i) => words[i]).join('\n');
  return {
    words: joined,
    weights: Float64Array.from(kept, (i) => weights[i]),
    total,
    minWeight: sorted[0],
    medianWeight: sorted[Math.floor(sorted.length / 2)],
    buckets: bucketsOf(joined),
  };
}

/** The words beginning with one code unit: their place among all words and in the joined text. */
interface Bucket {
  /** The index of the first, and past the last. */
  readonly from: number;
  readonly to: number;
  /** Where they lie in the joined words (without the last line feed). */
  readonly start: number;
  readonly end: number;
  /** Split when first asked. */
  words?: string[];
}

/** A surrogate pair: one character of two code units. */
function isOneCodePoint(text: string): boolean {
  return text.length === 2 && text.codePointAt(0)! > 0xffff;
}

/**
 * A segmenter over a jieba dictionary (`word frequency tag` per line) and jieba's user dictionary
 * (`word`, `word tag` or `word frequency tag`). Words added later weigh what jieba gives them: the
 * median weight of the main dictionary.
 */
export class DictionarySegmenter {
  /**
   * The main dictionary's words in code-unit order, joined by line feeds, and their weights: looked up by
   * binary search in the bucket of their first code unit (a hash map of 80,000 words and their prefixes
   * costs ten times the load).
   */
  private readonly words: string;
  private readonly wordWeights: Float64Array;
  private readonly table: Uint32Array;
  private readonly buckets = new Map<number, Bucket>();
  /** Words of the user dictionary and words taught since: they win over the main dictionary's. */
  private readonly added = new Map<string, number>();
  /** Proper prefixes of the added words. */
  private readonly addedPrefixes = new Set<string>();
  private readonly minWeight: number;
  private readonly medianWeight: number;
  private readonly total: number;

  constructor(mainDictionary: string | PreparedDictionary, userDictionary = '') {
    const prepared = typeof mainDictionary === 'string' ? prepareDictionary(mainDictionary) : mainDictionary;
    this.words = prepared.words;
    this.wordWeights = prepared.weights;
    this.table = prepared.buckets;
    this.total = prepared.total;
    if (this.words === '' || this.words[0] === '\n' || this.wordWeights.length === 0)
      throw new Error('the main dictionary holds no word');
    this.minWeight = prepared.minWeight;
    this.medianWeight = prepared.medianWeight;
    // Words, weights and buckets must agree: each bucket starts a line with its code unit, in order, and
    // the last ends with the words (a damaged prepared file is refused here and prepared again).
    const { table, words } = this;
    if (table.length === 0 || table.length % 3 !== 0 || table[1] !== 0 || table[2] !== 0)
      throw new Error('the dictionary buckets do not match its words');
    for (let k = 0; k < table.length; k += 3) {
      const last = k + 3 >= table.length;
      const bucket: Bucket = {
        from: table[k + 1],
        to: last ? this.wordWeights.length : table[k + 4],
        start: table[k + 2],
        end: last ? words.length : table[k + 5] - 1,
      };
      const opensLine = bucket.start === 0 || words.charCodeAt(bucket.start - 1) === 10;
      if (
        words.charCodeAt(bucket.start) !== table[k] ||
        !opensLine ||
        bucket.to <= bucket.from ||
        bucket.end <= bucket.start
      )
        throw new Error('the dictionary buckets do not match its words');
      this.buckets.set(table[k], bucket);
    }
    for (const line of userDictionary.split('\n')) {
      const columns = line.split(' ');
      if (!columns[0]) continue;
      const weight = columns.length === 3 ? Math.log(Number.parseInt(columns[1], 10) / this.total) : this.medianWeight;
      this.add(columns[0], weight);
    }
  }

  /** The main dictionary as read and sorted (the words taught since are not in it). */
  prepared(): PreparedDictionary {
    const { total, minWeight, medianWeight } = this;
    return { words: this.words, weights: this.wordWeights, total, minWeight, medianWeight, buckets: this.table };
  }

  /** Teaches a word (jieba's insertWord): it then weighs the median weight, whatever it weighed before. */
  addWord(word: string): void {
    if (word) this.add(word, this.medianWeight);
  }

  /** The words of the text in order, covering it exactly: joined, they give the text back. */
  segment(text: string): string[] {
    const words: string[] = [];
    let start = 0;
    for (let i = 0; i < text.length; i++) {
      if (!SEPARATORS.has(text[i])) continue;
      if (i > start) this.segmentRange(text.slice(start, i), words);
      words.push(text[i]);
      start = i + 1;
    }
    if (start < text.length) this.segmentRange(text.slice(start), words);
    return words;
  }

  /** Whether the dictionary holds the text as one word (segmenting it gives it back whole). */
  hasWord(text: string): boolean {
    // Segmenting gives back whole only one character or a word of the dictionary: a text of several
    // characters that is no word is answered by one lookup, without the segmentation's graph (most texts
    // the checks ask about are no words).
    if (text.length > 1 && !isOneCodePoint(text) && !this.holds(text)) return false;
    const words = this.segment(text);
    return words.length === 1 && words[0] === text;
  }

  /** Whether the text is a word of the main dictionary or one added. */
  private holds(text: string): boolean {
    if (this.added.has(text)) return true;
    const bucket = this.buckets.get(text.charCodeAt(0));
    if (!bucket) return false;
    const words = this.wordsOf(bucket);
    return words[DictionarySegmenter.lowerBound(words, text, 0)] === text;
  }

  private add(word: string, weight: number): void {
    this.added.set(word, weight);
    // Proper prefixes that end on a whole character (never between the halves of a surrogate pair).
    for (let end = 1; end < word.length; end++) {
      const code = word.charCodeAt(end);
      if (code < 0xdc00 || code > 0xdfff) this.addedPrefixes.add(word.slice(0, end));
    }
  }

  /** The words of a bucket, split from the joined words the first time. */
  private wordsOf(bucket: Bucket): string[] {
    if (!bucket.words) {
      bucket.words = this.words.slice(bucket.start, bucket.end).split('\n');
      // A prepared file whose bucket holds another count of words than its weights say: none of its words.
      if (bucket.words.length !== bucket.to - bucket.from) bucket.words = [];
    }
    return bucket.words;
  }

  /** The first place in `words` whose word is not below the text, from `from` (known not to be past it). */
  private static lowerBound(words: readonly string[], text: string, from: number): number {
    let low = from;
    let high = words.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (words[middle] < text) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  private segmentRange(text: string, out: string[]): void {
    // Characters as code points (as jieba reads UTF-8): offsets[i] is where the i-th starts.
    const offsets: number[] = [];
    for (let i = 0; i < text.length; i++) {
      offsets.push(i);
      const code = text.charCodeAt(i);
      if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
        const next = text.charCodeAt(i + 1);
        if (next >= 0xdc00 && next <= 0xdfff) i++;
      }
    }
    const n = offsets.length;
    offsets.push(text.length);
    const slice = (from: number, to: number) => text.slice(offsets[from], offsets[to + 1]);
    // best[i]: the weight of the best path from character i to the end; end[i]: where its first word
    // ends (inclusive), -1 for a single character the dictionary does not know.
    const best = new Float64Array(n + 1);
    const end = new Int32Array(n);
    const { wordWeights, added, addedPrefixes } = this;
    for (let i = n - 1; i >= 0; i--) {
      best[i] = NOT_SCORED;
      end[i] = -1;
      // Every word starting at i begins with its code unit: they are all in that one bucket.
      const bucket = this.buckets.get(text.charCodeAt(offsets[i]));
      const words = bucket ? this.wordsOf(bucket) : [];
      const base = bucket?.from ?? 0;
      // The words starting at i, longer and longer: each one binary search (weightOf and isPrefix in one),
      // from where the shorter one's ended — a longer text sorts after its prefix.
      let from = 0;
      for (let j = i; j < n && j - i + 1 <= MAX_WORD_LENGTH; j++) {
        const candidate = slice(i, j);
        const at = DictionarySegmenter.lowerBound(words, candidate, from);
        const inMain = words[at] === candidate;
        const weight = added.get(candidate) ?? (inMain ? wordWeights[base + at] : undefined);
        if (j === i) this.consider(i, i, weight, best, end, n);
        else if (weight !== undefined) this.consider(i, j, weight, best, end, n);
        const next = inMain ? at + 1 : at;
        const isPrefix = addedPrefixes.has(candidate) || (next < words.length && words[next].startsWith(candidate));
        if (j > i && !isPrefix) break;
        from = at;
      }
    }
    for (let i = 0; i < n;) {
      const last = end[i] < 0 ? i : end[i];
      out.push(slice(i, last));
      i = last + 1;
    }
  }

  /** Scores the path whose first word spans characters i..j (weight undefined: an unknown character). */
  private consider(
    i: number,
    j: number,
    weight: number | undefined,
    best: Float64Array,
    end: Int32Array,
    n: number,
  ): void {
    let value = 0;
    if (j + 1 < n) value += best[j + 1];
    value += weight ?? this.minWeight;
    if (value > best[i]) {
      best[i] = value;
      end[i] = weight === undefined ? -1 : j;
    }
  }
}
