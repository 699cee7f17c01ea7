// The inverted index of a search: for each term, the documents it occurs in with how often.
//
// All postings live in one typed array grouped by term (compressed sparse rows), off the JS heap: a
// corpus of 1,000 plans has ten million postings, and pushing them into one growing array per term
// took 1.5 s of garbage collection and copying, where filling one table takes a fraction. Documents are
// added in order and kept pending, compactly, until the table is next read; then the pending
// documents are merged in one pass.

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

export interface Posting {
  readonly doc: number;
  readonly frequency: number;
}

/** A sealed table as plain data (typed arrays: a store writes them as bytes). */
export interface StoredPostings {
  /** Each row's term. */
  readonly terms: Int32Array<ArrayBuffer>;
  readonly documentFrequencies: Int32Array<ArrayBuffer>;
  readonly starts: Int32Array<ArrayBuffer>;
  readonly postings: Int32Array<ArrayBuffer>;
  readonly documents: number;
}

export class PostingsTable {
  /** A dense number per term, in order of first occurrence: the table's rows. */
  private readonly rows = new Map<number, number>();
  private documentFrequencies = new Int32Array(1024);
  // Scratch for counting one document's terms, by row.
  private countedFor = new Int32Array(1024);
  private counts = new Int32Array(1024);
  private distinct = new Int32Array(1024);
  private documents = 0;

  // Sealed: row r's postings are postings[starts[r] .. starts[r + 1]).
  private starts = new Int32Array(1);
  private postings = new Int32Array(0);
  private sealedDocuments = 0;

  // Pending: each pending document's distinct rows, as row × FREQUENCY_SLOTS + frequency, one document
  // after another, in chunks: a growing array would copy itself and, doubling, hold up to twice the
  // postings of a whole corpus just before they are sealed.
  private readonly pendingChunks: Int32Array[] = [];
  private pendingLength = 0;
  private readonly pendingEnds: number[] = [];

  /** The table as plain data, sealed first. */
  stored(): StoredPostings {
    this.seal();
    const terms = new Int32Array(this.rows.size);
    for (const [term, row] of this.rows) terms[row] = term;
    return {
      terms,
      documentFrequencies: this.documentFrequencies.slice(0, this.rows.size),
      starts: this.starts,
      postings: this.postings,
      documents: this.documents,
    };
  }

  /** The table stored (more documents may be added to it). */
  static fromStored(stored: StoredPostings): PostingsTable {
    const table = new PostingsTable();
    for (const term of stored.terms) table.newRow(term);
    table.documentFrequencies.set(stored.documentFrequencies);
    table.starts = stored.starts;
    table.postings = stored.postings;
    table.documents = table.sealedDocuments = stored.documents;
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
    return this.documents++;
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
    for (let i = this.starts[row]; i < this.starts[row + 1]; i++) {
      const posting = this.postings[i];
      if (visit(Math.floor(posting / FREQUENCY_SLOTS), posting % FREQUENCY_SLOTS) === false) return;
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
   * Merges the pending documents into the table: each row keeps its sealed postings, then gets the new.
   * Done when the table is next read, or when the caller has added all it had (then the first search
   * does not wait for it, and the pending arrays are freed at once).
   */
  seal(): void {
    if (this.pendingEnds.length === 0) return;
    const rowCount = this.rows.size;
    const starts = new Int32Array(rowCount + 1);
    for (let row = 0; row < rowCount; row++) starts[row + 1] = starts[row] + this.documentFrequencies[row];
    const postings = new Int32Array(starts[rowCount]);
    const next = starts.slice(0, rowCount);
    const sealedRows = this.starts.length - 1;
    for (let row = 0; row < sealedRows; row++) {
      postings.set(this.postings.subarray(this.starts[row], this.starts[row + 1]), next[row]);
      next[row] += this.starts[row + 1] - this.starts[row];
    }
    let from = 0;
    this.pendingEnds.forEach((end, index) => {
      const doc = this.sealedDocuments + index;
      for (let i = from; i < end; i++) {
        const pending = this.pendingChunks[i >>> CHUNK_BITS][i & CHUNK_MASK];
        postings[next[Math.floor(pending / FREQUENCY_SLOTS)]++] = doc * FREQUENCY_SLOTS + (pending % FREQUENCY_SLOTS);
      }
      from = end;
    });
    this.starts = starts;
    this.postings = postings;
    this.sealedDocuments = this.documents;
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
