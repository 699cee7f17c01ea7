// Finds known names in running Chinese text. Chinese has no spaces, so word-boundary regexes cannot
// tell 政务服务 inside 一体化政务服务平台 from a name of its own; an Aho-Corasick automaton finds every
// dictionary name in one pass, and leftmost-longest selection then lets the longer name win.

export interface NameMatcherOptions {
  /** Match Latin letters regardless of case (API = api, IPv6 = ipv6). Default true. */
  readonly ignoreLatinCase?: boolean;
  /** Match fullwidth ASCII as halfwidth (ＡＰＩ = API, ５Ｇ = 5G). Default true. */
  readonly ignoreFullWidth?: boolean;
}

export interface NameMatch<T> {
  /** Offsets in the original text (UTF-16 code units, as JavaScript and LSP index). */
  readonly start: number;
  readonly end: number;
  /** The dictionary key as first added; the text as written is `text.slice(start, end)`. */
  readonly key: string;
  /** Every value added under this key (or under a key that folds to the same string). */
  readonly values: readonly T[];
}

const ROOT = 0;
const NO_NODE = -1;

export class NameMatcher<T> {
  // Typed arrays sized once (a trie has at most one node per key character) and one edge table, rather
  // than a Map or an object per node: building over 5,000 names allocates a handful of arrays, not 40,000.
  private readonly edges: TrieEdges;
  private readonly depth: Int32Array;
  private readonly parent: Int32Array;
  /** The (folded) UTF-16 code on the edge into the node. */
  private readonly edgeCode: Uint16Array;
  private readonly fail: Int32Array;
  /** Nearest node down the fail chain that ends a key, so reporting overlaps never walks non-key nodes. */
  private readonly nextOutput: Int32Array;
  /** Index into keys/values when the node ends a key, else -1. */
  private readonly keyIndex: Int32Array;
  /**
   * The root's children by code (0: none — the root is no one's child): most characters of a text start
   * at the root or fall back to it, and an array read is cheaper than the edge table's hash probe.
   */
  private readonly rootChild = new Int32Array(0x10000);
  /** Whether any key has the (folded) code: at any other character the automaton is back at the root. */
  private readonly inSomeKey = new Uint8Array(0x10000);
  private nodeCount = 1;
  private readonly keys: string[] = [];
  private readonly values: T[][] = [];
  private readonly foldCase: boolean;
  private readonly foldWidth: boolean;
  private longestKey = 0;

  constructor(entries: Iterable<{ readonly key: string; readonly value: T }>, options: NameMatcherOptions = {}) {
    this.foldCase = options.ignoreLatinCase ?? true;
    this.foldWidth = options.ignoreFullWidth ?? true;
    const list = [...entries];
    const capacity = list.reduce((sum, entry) => sum + entry.key.length, 1);
    this.edges = new TrieEdges(capacity);
    this.depth = new Int32Array(capacity);
    this.parent = new Int32Array(capacity);
    this.edgeCode = new Uint16Array(capacity);
    this.fail = new Int32Array(capacity); // every node fails to the root until linked
    this.nextOutput = new Int32Array(capacity).fill(NO_NODE);
    this.keyIndex = new Int32Array(capacity).fill(-1);
    for (const { key, value } of list) this.insert(key, value);
    this.linkFailures();
  }

  /** Number of distinct (folded) keys. */
  get size(): number {
    return this.keys.length;
  }

  /**
   * Names in the text, in order. By default leftmost-longest and non-overlapping: in 全国一体化政务服务平台
   * only 一体化政务服务平台 is reported, not the 政务服务 inside it. `overlapping` reports every occurrence
   * of every key, ordered by start and then longest first.
   */
  findAll(text: string, options: { readonly overlapping?: boolean } = {}): Array<NameMatch<T>> {
    if (this.keys.length === 0 || text.length === 0) return [];
    if (options.overlapping) {
      const all: Array<NameMatch<T>> = [];
      this.scan(text, 0, text.length, (start, node) => all.push(this.matchOf(start, node)));
      return all.sort((a, b) => a.start - b.start || b.end - a.end);
    }
    // The longest key starting at each offset; a left-to-right sweep over it is leftmost-longest.
    const longestAt = new Int32Array(text.length);
    this.scan(text, 0, text.length, (start, node) => {
      if (this.depth[node] > this.depth[longestAt[start]]) longestAt[start] = node;
    });
    const matches: Array<NameMatch<T>> = [];
    for (let start = 0; start < text.length;) {
      const node = longestAt[start];
      if (node === ROOT) {
        start++;
        continue;
      }
      matches.push(this.matchOf(start, node));
      start += this.depth[node];
    }
    return matches;
  }

  /**
   * The name under the cursor: the longest match with start <= offset < end (the leftmost on a tie),
   * overlaps included, so a hover finds 政务服务平台 even where a longer neighbour would win findAll.
   * Only the text within one key's length of the offset is scanned.
   */
  matchAt(text: string, offset: number): NameMatch<T> | undefined {
    if (this.keys.length === 0 || offset < 0 || offset >= text.length) return undefined;
    const from = Math.max(0, offset - this.longestKey + 1);
    const to = Math.min(text.length, offset + this.longestKey);
    let bestStart = -1;
    let bestNode = ROOT;
    this.scan(text, from, to, (start, node) => {
      const end = start + this.depth[node];
      if (start > offset || end <= offset) return;
      const longer = this.depth[node] > this.depth[bestNode];
      if (longer || (this.depth[node] === this.depth[bestNode] && start < bestStart)) {
        bestStart = start;
        bestNode = node;
      }
    });
    return bestNode === ROOT ? undefined : this.matchOf(bestStart, bestNode);
  }

  private insert(key: string, value: T): void {
    // An empty key would match between every two characters.
    if (key.length === 0) return;
    let node = ROOT;
    for (let i = 0; i < key.length; i++) {
      const code = this.fold(key.charCodeAt(i));
      this.inSomeKey[code] = 1;
      let next = this.edges.get(node, code);
      if (next === NO_NODE) {
        next = this.nodeCount++;
        this.edges.set(node, code, next);
        if (node === ROOT) this.rootChild[code] = next;
        this.depth[next] = this.depth[node] + 1;
        this.parent[next] = node;
        this.edgeCode[next] = code;
      }
      node = next;
    }
    if (this.keyIndex[node] < 0) {
      this.keyIndex[node] = this.keys.length;
      this.keys.push(key);
      this.values.push([]);
      this.longestKey = Math.max(this.longestKey, key.length);
    }
    this.values[this.keyIndex[node]].push(value);
  }

  /** In order of depth, so every node's failure target (a shallower node) is final before it is used. */
  private linkFailures(): void {
    for (const node of this.nodesByDepth()) {
      if (this.depth[node] < 2) continue; // the root and its children fail to the root
      const code = this.edgeCode[node];
      let f = this.fail[this.parent[node]];
      let target = this.edges.get(f, code);
      while (target === NO_NODE && f !== ROOT) {
        f = this.fail[f];
        target = this.edges.get(f, code);
      }
      const failTo = target === NO_NODE ? ROOT : target;
      this.fail[node] = failTo;
      this.nextOutput[node] = this.keyIndex[failTo] >= 0 ? failTo : this.nextOutput[failTo];
    }
  }

  /** Node ids sorted by depth with a counting sort. */
  private nodesByDepth(): Int32Array {
    const countAtDepth = new Int32Array(this.longestKey + 2);
    for (let node = 0; node < this.nodeCount; node++) countAtDepth[this.depth[node] + 1]++;
    for (let d = 1; d < countAtDepth.length; d++) countAtDepth[d] += countAtDepth[d - 1];
    const order = new Int32Array(this.nodeCount);
    for (let node = 0; node < this.nodeCount; node++) order[countAtDepth[this.depth[node]]++] = node;
    return order;
  }

  /** Runs the automaton over text[from, to) and reports every key occurrence as (start, node). */
  private scan(text: string, from: number, to: number, report: (start: number, node: number) => void): void {
    let node = ROOT;
    for (let i = from; i < to; i++) {
      const code = this.fold(text.charCodeAt(i));
      if (this.inSomeKey[code] === 0) {
        node = ROOT;
        continue;
      }
      let next = node === ROOT ? this.rootChild[code] || NO_NODE : this.edges.get(node, code);
      while (next === NO_NODE && node !== ROOT) {
        node = this.fail[node];
        next = node === ROOT ? this.rootChild[code] || NO_NODE : this.edges.get(node, code);
      }
      node = next === NO_NODE ? ROOT : next;
      let out = this.keyIndex[node] >= 0 ? node : this.nextOutput[node];
      while (out !== NO_NODE) {
        report(i + 1 - this.depth[out], out);
        out = this.nextOutput[out];
      }
    }
  }

  private matchOf(start: number, node: number): NameMatch<T> {
    const index = this.keyIndex[node];
    return { start, end: start + this.depth[node], key: this.keys[index], values: this.values[index] };
  }

  private fold(code: number): number {
    if (this.foldWidth && code >= 0xff01 && code <= 0xff5e) code -= 0xfee0;
    if (this.foldCase && code >= 65 /* A */ && code <= 90 /* Z */) code += 32;
    return code;
  }
}

/** Trie edges (node, UTF-16 code) -> child in one open-addressing hash table over typed arrays. */
class TrieEdges {
  private readonly fromNode: Int32Array;
  private readonly code: Uint16Array;
  /** 0 marks an empty slot: the root is never anyone's child. */
  private readonly toNode: Int32Array;
  private readonly mask: number;

  /** Sized for `maxEdges` at most half full, so probe runs stay short and the table never grows. */
  constructor(maxEdges: number) {
    let size = 16;
    while (size < maxEdges * 2) size *= 2;
    this.fromNode = new Int32Array(size);
    this.code = new Uint16Array(size);
    this.toNode = new Int32Array(size);
    this.mask = size - 1;
  }

  get(node: number, code: number): number {
    for (let slot = slotOf(node, code, this.mask); ; slot = (slot + 1) & this.mask) {
      const to = this.toNode[slot];
      if (to === 0) return NO_NODE;
      if (this.fromNode[slot] === node && this.code[slot] === code) return to;
    }
  }

  set(node: number, code: number, child: number): void {
    let slot = slotOf(node, code, this.mask);
    while (this.toNode[slot] !== 0) slot = (slot + 1) & this.mask;
    this.fromNode[slot] = node;
    this.code[slot] = code;
    this.toNode[slot] = child;
  }
}

function slotOf(node: number, code: number, mask: number): number {
  const h = Math.imul(node, 0x9e3779b1) ^ Math.imul(code, 0x85ebca6b);
  return (h ^ (h >>> 15)) & mask;
}
