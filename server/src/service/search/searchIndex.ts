// Full-text search over passages of Chinese text: the terms of tokenize.ts ranked by BM25. This is the
// search interface the service uses; a corpus too large for one process would put an external engine
// behind it (docs/scale.md).
import { Bm25Index, type Bm25Hit, type CancellationFlag, type StoredBm25 } from './bm25.js';
import { bigramContains, documentTerms, queryTerms, TermVocabulary } from './tokenize.js';

/** A search index as plain data, for a store (indexFile.ts writes its typed arrays as bytes). */
export interface StoredSearch<T> {
  readonly vocabulary: ReadonlyArray<[string, number]>;
  readonly ranking: StoredBm25<T>;
}

export class SearchIndex<T> {
  private vocabulary = new TermVocabulary();
  private ranking = new Bm25Index<T>();

  stored(): StoredSearch<T> {
    return { vocabulary: this.vocabulary.entries(), ranking: this.ranking.stored() };
  }

  static fromStored<T>(stored: StoredSearch<T>): SearchIndex<T> {
    const index = new SearchIndex<T>();
    index.vocabulary = new TermVocabulary(new Map(stored.vocabulary));
    index.ranking = Bm25Index.fromStored(stored.ranking);
    return index;
  }

  /** Passages indexed. */
  get size(): number {
    return this.ranking.size;
  }

  add(text: string, value: T): void {
    this.ranking.add(documentTerms(text, this.vocabulary), value);
  }

  /** Files what was added, so that the first search does not wait for it. */
  seal(): void {
    this.ranking.seal();
  }

  /** The best `limit` passages for the query, best first; [] once the token is cancelled. */
  search(query: string, limit: number, token?: CancellationFlag): Array<Bm25Hit<T>> {
    const ids: number[] = [];
    for (const term of queryTerms(query, this.vocabulary)) {
      if ('id' in term) ids.push(term.id);
      else ids.push(...this.ranking.termsWhere((id) => bigramContains(id, term.character)));
    }
    return this.ranking.search(ids, limit, token);
  }
}
