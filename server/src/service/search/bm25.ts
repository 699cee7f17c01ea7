// Okapi BM25 over pre-tokenized documents (clauses, glossary entries). The inverted index means a
// query only touches the documents that contain one of its terms.

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

/**
 * A term's postings as two parallel arrays of small integers: V8 stores those unboxed, where one
 * object per posting costs about six times the memory on a large corpus.
 */
interface Postings {
  readonly docs: number[];
  readonly frequencies: number[];
}

/** How many postings to score between two looks at the cancellation flag. */
const CANCELLATION_STRIDE = 1024;

export class Bm25Index<T> {
  private readonly k1: number;
  private readonly b: number;
  private readonly postings = new Map<string, Postings>();
  private readonly docLengths: number[] = [];
  private readonly docValues: T[] = [];
  private totalLength = 0;

  constructor(options: Bm25Options = {}) {
    this.k1 = options.k1 ?? 1.2;
    this.b = options.b ?? 0.75;
  }

  get size(): number {
    return this.docValues.length;
  }

  add(tokens: readonly string[], value: T): void {
    const doc = this.docValues.length;
    const frequencies = new Map<string, number>();
    for (const token of tokens) frequencies.set(token, (frequencies.get(token) ?? 0) + 1);
    for (const [term, termFrequency] of frequencies) {
      let list = this.postings.get(term);
      if (!list) this.postings.set(term, (list = { docs: [], frequencies: [] }));
      list.docs.push(doc);
      list.frequencies.push(termFrequency);
    }
    this.docValues.push(value);
    this.docLengths.push(tokens.length);
    this.totalLength += tokens.length;
  }

  /**
   * The best `limit` documents for the query, best first; equal scores keep insertion order. A term
   * repeated in the query counts once. Returns [] once the token is cancelled: a stale result list
   * is of no use to the editor that cancelled.
   */
  search(queryTokens: readonly string[], limit: number, token?: CancellationFlag): Array<Bm25Hit<T>> {
    if (limit <= 0 || this.docValues.length === 0) return [];
    const averageLength = this.totalLength / this.docValues.length || 1;
    const scores = new Map<number, number>();
    let scored = 0;
    for (const term of new Set(queryTokens)) {
      const list = this.postings.get(term);
      if (!list) continue;
      const idf = this.inverseDocumentFrequency(list.docs.length);
      for (let i = 0; i < list.docs.length; i++) {
        const doc = list.docs[i];
        const termFrequency = list.frequencies[i];
        if (++scored % CANCELLATION_STRIDE === 0 && token?.isCancellationRequested) return [];
        const lengthRatio = this.docLengths[doc] / averageLength;
        const saturation = termFrequency + this.k1 * (1 - this.b + this.b * lengthRatio);
        scores.set(doc, (scores.get(doc) ?? 0) + (idf * termFrequency * (this.k1 + 1)) / saturation);
      }
    }
    if (token?.isCancellationRequested) return [];
    return [...scores]
      .sort(([docA, scoreA], [docB, scoreB]) => scoreB - scoreA || docA - docB)
      .slice(0, limit)
      .map(([doc, score]) => ({ value: this.docValues[doc], score }));
  }

  /** The Lucene variant of idf: never negative, so a term in most documents still adds a little. */
  private inverseDocumentFrequency(documentFrequency: number): number {
    const n = this.docValues.length;
    return Math.log(1 + (n - documentFrequency + 0.5) / (documentFrequency + 0.5));
  }
}
