// Okapi BM25 over documents given as term ids (clauses, glossary entries). The inverted index means a
// query only touches the documents that contain one of its terms.
import { PostingsTable, type StoredPostings } from './postingsTable.js';

export interface Bm25Options {
  /** Term-frequency saturation: how quickly repeating a term stops adding to the score. */
  readonly k1?: number;
  /** Length normalization: 0 ignores document length, 1 scales fully by it. */
  readonly b?: number;
}

/** Structurally the LSP CancellationToken, so the service can pass a handler's token straight through. */
export interface CancellationFlag {
  readonly isCancellationRequested: boolean;
}

export interface Bm25Hit<T> {
  readonly value: T;
  readonly score: number;
}

/** How many postings to score between two looks at the cancellation flag. */
const CANCELLATION_STRIDE = 1024;

/** An index as plain data. */
export interface StoredBm25<T> {
  readonly k1: number;
  readonly b: number;
  readonly postings: StoredPostings;
  readonly docLengths: readonly number[];
  readonly docValues: readonly T[];
  readonly totalLength: number;
}

export class Bm25Index<T> {
  private readonly k1: number;
  private readonly b: number;
  private postings = new PostingsTable();
  private docLengths: number[] = [];
  private docValues: T[] = [];
  private totalLength = 0;

  constructor(options: Bm25Options = {}) {
    this.k1 = options.k1 ?? 1.2;
    this.b = options.b ?? 0.75;
  }

  stored(): StoredBm25<T> {
    const { k1, b, docLengths, docValues, totalLength } = this;
    return { k1, b, postings: this.postings.stored(), docLengths, docValues, totalLength };
  }

  static fromStored<T>(stored: StoredBm25<T>): Bm25Index<T> {
    const index = new Bm25Index<T>({ k1: stored.k1, b: stored.b });
    index.postings = PostingsTable.fromStored(stored.postings);
    index.docLengths = [...stored.docLengths];
    index.docValues = [...stored.docValues];
    index.totalLength = stored.totalLength;
    return index;
  }

  get size(): number {
    return this.docValues.length;
  }

  add(terms: readonly number[], value: T): void {
    this.postings.addDocument(terms);
    this.docValues.push(value);
    this.docLengths.push(terms.length);
    this.totalLength += terms.length;
  }

  /** Files the documents added so far (PostingsTable.seal). */
  seal(): void {
    this.postings.seal();
  }

  /** The indexed terms that pass the test (a scan of the vocabulary: for the rare query that needs it). */
  termsWhere(test: (term: number) => boolean): number[] {
    return [...this.postings.terms()].filter(test);
  }

  /**
   * The best `limit` documents for the query, best first; equal scores keep insertion order. A term
   * repeated in the query counts once. Returns [] once the token is cancelled: a stale result list
   * is of no use to the editor that cancelled.
   */
  search(queryTerms: readonly number[], limit: number, token?: CancellationFlag): Array<Bm25Hit<T>> {
    if (limit <= 0 || this.docValues.length === 0) return [];
    const averageLength = this.totalLength / this.docValues.length || 1;
    // A score per document in one typed array, and the documents touched in order: a query of common
    // bigrams touches tens of thousands of clauses, which a map of scores makes several times slower.
    const scores = new Float64Array(this.docValues.length);
    const touched: number[] = [];
    let scored = 0;
    let cancelled = false;
    for (const term of new Set(queryTerms)) {
      const idf = this.inverseDocumentFrequency(this.postings.documentFrequency(term));
      this.postings.forEachPosting(term, (doc, termFrequency) => {
        if (++scored % CANCELLATION_STRIDE === 0 && token?.isCancellationRequested) {
          cancelled = true;
          return false;
        }
        const lengthRatio = this.docLengths[doc] / averageLength;
        const saturation = termFrequency + this.k1 * (1 - this.b + this.b * lengthRatio);
        if (scores[doc] === 0) touched.push(doc);
        scores[doc] += (idf * termFrequency * (this.k1 + 1)) / saturation;
      });
      if (cancelled) return [];
    }
    if (token?.isCancellationRequested) return [];
    return bestOf(touched, scores, limit).map((doc) => ({ value: this.docValues[doc], score: scores[doc] }));
  }

  /** The Lucene variant of idf: never negative, so a term in most documents still adds a little. */
  private inverseDocumentFrequency(documentFrequency: number): number {
    const n = this.docValues.length;
    return Math.log(1 + (n - documentFrequency + 0.5) / (documentFrequency + 0.5));
  }
}

/**
 * The `limit` best documents, best first, equal scores in document order. A heap of the best so far
 * (worst on top) instead of sorting every document the query touched.
 */
function bestOf(docs: readonly number[], scores: Float64Array, limit: number): number[] {
  // Whether a ranks below b: a lower score, or an equal score and a later document.
  const below = (a: number, b: number) => scores[a] < scores[b] || (scores[a] === scores[b] && a > b);
  const heap: number[] = [];
  const swap = (i: number, j: number) => ([heap[i], heap[j]] = [heap[j], heap[i]]);
  for (const doc of docs) {
    if (heap.length < limit) {
      heap.push(doc);
      for (let i = heap.length - 1; i > 0 && below(heap[i], heap[(i - 1) >> 1]); i = (i - 1) >> 1)
        swap(i, (i - 1) >> 1);
    } else if (below(heap[0], doc)) {
      heap[0] = doc;
      for (let i = 0; ;) {
        const [left, right] = [2 * i + 1, 2 * i + 2];
        let lowest = i;
        if (left < heap.length && below(heap[left], heap[lowest])) lowest = left;
        if (right < heap.length && below(heap[right], heap[lowest])) lowest = right;
        if (lowest === i) break;
        swap(i, lowest);
        i = lowest;
      }
    }
  }
  return heap.sort((a, b) => (below(a, b) ? 1 : below(b, a) ? -1 : 0));
}
