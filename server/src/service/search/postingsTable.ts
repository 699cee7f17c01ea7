// The inverted index of a search: for each term, the documents it occurs in with how often.
//
// All postings live in typed arrays grouped by term (compressed sparse rows), off the JS heap: a corpus of
// 1,000 plans has ten million postings, and pushing them into one growing array per term took 1.5 s of
// garbage collection and copying, where filling one table takes a fraction. Documents are added in order
// and kept pending, compactly; every million pending postings (and when the table is next read) they are
// sealed into a batch of their own, and a term's postings are its rows of each batch in turn. Sealing all
// of a corpus at once held its postings twice, pending and sealed (80 MB at 1,000 documents: the server's
// peak of memory while its search index was built); a store writes the batches as one table, row by row,
// without joining them in memory.

/**
 * A posting is document × FREQUENCY_SLOTS + the term's frequency in it. A frequency above the slots
 * counts as the highest; BM25 has long saturated by then (no clause repeats one bigram 63 times).
 */
const FREQUENCY_SLOTS = 64;
/** Documents (and distinct terms) a table can hold: postings are 32-bit signed integers. */
const MAX_DOCUMENTS = Math.floor(2 ** 31 / FREQUENCY_SLOTS);
const MAX_TERMS = MAX_DOCUMENTS;
/** Pending postings per chunk: 2¹⁶ (256 KB). */
const CHUNK_BITS = 16;
const CHUNK_MASK = (1 << CHUNK_BITS) - 1;
/** Pending postings sealed into a batch of their own once there are this many (4 MB). */
const SEAL_EVERY = 1 << 20;
/** Postings a store copies at a time from the batches into one buffer it writes (1 MB). */
const STORE_PIECE = 1 << 18;

export interface Posting {
  readonly doc: number;
  readonly frequency: number;
}

/**
 * An Int32Array given as its pieces in order, never joined in memory: a store writes them one after the
 * other. A piece may be a buffer the next one reuses, so each is used before the next is asked for.
 */
export class Int32Pieces {
  constructor(
    readonly length: number,
    readonly pieces: () => Iterable<Int32Array>,
  ) {}

  /** The array joined (for a caller that keeps it, such as a restore straight from memory). */
  joined(): Int32Array<ArrayBuffer> {
    const out = new Int32Array(this.length);
    let at = 0;
    for (const piece of this.pieces()) {
      out.set(piece, at);
      at += piece.length;
    }
    return out;
  }
}

/** A sealed table as plain data (typed arrays: a store writes them as bytes). */
export interface StoredPostings {
  /** Each row's term. */
  readonly terms: Int32Array<ArrayBuffer>;
  readonly documentFrequencies: Int32Array<ArrayBuffer>;
  readonly starts: Int32Array<ArrayBuffer>;
  readonly postings: Int32Array<ArrayBuffer> | Int32Pieces;
  readonly documents: number;
}

/** Postings sealed together: row r's are postings[starts[r] .. starts[r + 1]) for the rows known then. */
interface Batch {
  readonly rows: number;
  readonly starts: Int32Array;
  readonly postings: Int32Array;
}

export class PostingsTable {
  private readonly sealEvery: number;
  private readonly storePiece: number;

  /** Tests seal small batches and store in small pieces. */
  constructor(options: { readonly sealEvery?: number; readonly storePiece?: number } = {}) {
    this.sealEvery = options.sealEvery ?? SEAL_EVERY;
    this.storePiece = options.storePiece ?? STORE_PIECE;
  }

  /** A dense number per term, in order of first occurrence: the table's rows. */
  private readonly rows = new Map<number, number>();
  private documentFrequencies = new Int32Array(1024);
  // Scratch for counting one document's terms, by row.
  private countedFor = new Int32Array(1024);
  private counts = new Int32Array(1024);
  private distinct = new Int32Array(1024);
  private documents = 0;

  /** Sealed postings, in the order of their documents. */
  private batches: Batch[] = [];

  // Pending: each pending document's distinct rows, as row × FREQUENCY_SLOTS + frequency, one document
  // after another, in chunks: a growing array would copy itself and, doubling, hold up to twice the
  // postings of a whole corpus just before they are sealed.
  private readonly pendingChunks: Int32Array[] = [];
  private pendingLength = 0;
  private readonly pendingEnds: number[] = [];

  /**
   * The table as plain data, sealed first: one table whose rows hold every batch's postings of the term in
   * turn, as pieces copied out a megabyte at a time when there is more than one batch.
   */
  stored(): StoredPostings {
    this.seal();
    const rowCount = this.rows.size;
    const terms = new Int32Array(rowCount);
    for (const [term, row] of this.rows) terms[row] = term;
    const documentFrequencies = this.documentFrequencies.slice(0, rowCount);
    const only = this.batches.length === 1 && this.batches[0].rows === rowCount ? this.batches[0] : undefined;
    if (only)
      return {
        terms,
        documentFrequencies,
        starts: only.starts as Int32Array<ArrayBuffer>,
        postings: only.postings as Int32Array<ArrayBuffer>,
        documents: this.documents,
      };
    // A term has one posting per document it occurs in.
    const starts = new Int32Array(rowCount + 1);
    for (let row = 0; row < rowCount; row++) starts[row + 1] = starts[row] + documentFrequencies[row];
    const batches = [...this.batches];
    const total = starts[rowCount];
    const size = Math.min(this.storePiece, Math.max(total, 1));
    const pieces = function* (): Generator<Int32Array> {
      const buffer = new Int32Array(size);
      let filled = 0;
      for (let row = 0; row < rowCount; row++)
        for (const batch of batches) {
          if (row >= batch.rows) continue;
          for (let from = batch.starts[row], to = batch.starts[row + 1]; from < to;) {
            const take = Math.min(to - from, buffer.length - filled);
            buffer.set(batch.postings.subarray(from, from + take), filled);
            filled += take;
            from += take;
            if (filled === buffer.length) {
              yield buffer;
              filled = 0;
            }
          }
        }
      if (filled > 0) yield buffer.subarray(0, filled);
    };
    return { terms, documentFrequencies, starts, postings: new Int32Pieces(total, pieces), documents: this.documents };
  }

  /** The table stored (more documents may be added to it). */
  static fromStored(stored: StoredPostings): PostingsTable {
    const table = new PostingsTable();
    for (const term of stored.terms) table.newRow(term);
    table.documentFrequencies.set(stored.documentFrequencies);
    const postings = stored.postings instanceof Int32Pieces ? stored.postings.joined() : stored.postings;
    table.batches = [{ rows: stored.terms.length, starts: stored.starts, postings }];
    table.documents = stored.documents;
    return table;
  }

  /** Adds the next document (numbered from 0 in order of adding) with its terms, repeats included. */
  addDocument(terms: readonly number[]): number {
    if (this.documents >= MAX_DOCUMENTS) throw new RangeError(`a search table holds at most ${MAX_DOCUMENTS} passages`);
    // Counted per row in two scratch arrays (the document a row was last counted for, plus one, and its
    // count so far): no map or sort per document, and one lookup per term.
    const doc = this.documents;
    if (this.distinct.length < terms.length) this.distinct = grown(this.distinct, terms.length);
    let distinct = 0;
    for (const term of terms) {
      const row = this.rows.get(term) ?? this.newRow(term);
      if (this.countedFor[row] !== doc + 1) {
        this.countedFor[row] = doc + 1;
        this.counts[row] = 0;
        this.distinct[distinct++] = row;
      }
      this.counts[row]++;
    }
    for (let i = 0; i < distinct; i++) {
      const row = this.distinct[i];
      this.documentFrequencies[row]++;
      const chunk = this.pendingLength >>> CHUNK_BITS;
      if (chunk === this.pendingChunks.length) this.pendingChunks.push(new Int32Array(1 << CHUNK_BITS));
      this.pendingChunks[chunk][this.pendingLength++ & CHUNK_MASK] =
        row * FREQUENCY_SLOTS + Math.min(this.counts[row], FREQUENCY_SLOTS - 1);
    }
    this.pendingEnds.push(this.pendingLength);
    this.documents++;
    if (this.pendingLength >= this.sealEvery) this.seal();
    return doc;
  }

  /** How many documents have the term. */
  documentFrequency(term: number): number {
    const row = this.rows.get(term);
    return row === undefined ? 0 : this.documentFrequencies[row];
  }

  /** Calls `visit` for each document with the term, in document order. */
  forEachPosting(term: number, visit: (doc: number, frequency: number) => boolean | void): void {
    const row = this.rows.get(term);
    if (row === undefined) return;
    this.seal();
    for (const { rows, starts, postings } of this.batches) {
      // A batch sealed before the term first occurred has no row for it.
      if (row >= rows) continue;
      for (let i = starts[row]; i < starts[row + 1]; i++) {
        const posting = postings[i];
        if (visit(Math.floor(posting / FREQUENCY_SLOTS), posting % FREQUENCY_SLOTS) === false) return;
      }
    }
  }

  /** Every term in the table. */
  terms(): IterableIterator<number> {
    return this.rows.keys();
  }

  private newRow(term: number): number {
    const row = this.rows.size;
    if (row >= MAX_TERMS) throw new RangeError(`a search table holds at most ${MAX_TERMS} distinct terms`);
    this.rows.set(term, row);
    if (row >= this.documentFrequencies.length) {
      this.documentFrequencies = grown(this.documentFrequencies, row + 1);
      this.countedFor = grown(this.countedFor, row + 1);
      this.counts = grown(this.counts, row + 1);
    }
    return row;
  }

  /**
   * Seals the pending documents into a batch of their own. Done every SEAL_EVERY pending postings, when the
   * table is next read, and when the caller has added all it had (then the first search does not wait for
   * it, and the pending arrays are freed at once).
   */
  seal(): void {
    if (this.pendingEnds.length === 0) return;
    const rowCount = this.rows.size;
    const at = (i: number) => this.pendingChunks[i >>> CHUNK_BITS][i & CHUNK_MASK];
    const starts = new Int32Array(rowCount + 1);
    for (let i = 0; i < this.pendingLength; i++) starts[Math.floor(at(i) / FREQUENCY_SLOTS) + 1]++;
    for (let row = 0; row < rowCount; row++) starts[row + 1] += starts[row];
    const postings = new Int32Array(this.pendingLength);
    const next = starts.slice(0, rowCount);
    const firstDocument = this.documents - this.pendingEnds.length;
    let from = 0;
    this.pendingEnds.forEach((end, index) => {
      const doc = firstDocument + index;
      for (let i = from; i < end; i++) {
        const pending = at(i);
        postings[next[Math.floor(pending / FREQUENCY_SLOTS)]++] = doc * FREQUENCY_SLOTS + (pending % FREQUENCY_SLOTS);
      }
      from = end;
    });
    this.batches.push({ rows: rowCount, starts, postings });
    this.pendingEnds.length = 0;
    this.pendingLength = 0;
    this.pendingChunks.length = 0;
  }
}

function grown(array: Int32Array<ArrayBuffer>, needed: number): Int32Array<ArrayBuffer> {
  const next = new Int32Array(Math.max(needed, array.length * 2));
  next.set(array);
  return next;
}
