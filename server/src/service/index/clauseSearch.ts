// The corpus's clause search: every clause of every document (title, text, lead units) in one search
// index, whose passages are references to clauses, not the clauses themselves. So the index can be
// stored with the corpus index and restored without the clauses (a restored document parses its clauses
// when first asked), and building it after a restore reads each document's clauses without keeping
// them: only the documents a search hits are parsed for good.
import type { Pause } from '../steps.js';
import type { CancellationToken } from '../cancellation.js';
import type { Clause } from '../model.js';
import { SearchIndex, type StoredSearch } from '../search/searchIndex.js';
import type { IndexedDocument } from './corpusIndex.js';
import { clausesWithoutKeeping } from './indexSnapshot.js';

/** Clauses added per step of buildInSteps (each step a few milliseconds). */
const CLAUSES_PER_STEP = 25;
/** A passage is document ordinal × CLAUSE_SLOTS + the clause's ordinal in it. */
const CLAUSE_SLOTS = 2 ** 20;

export interface ClauseHit {
  readonly clause: Clause;
  readonly document: IndexedDocument;
  readonly score: number;
}

export type StoredClauseSearch = StoredSearch<number>;

export class ClauseSearch {
  private built: SearchIndex<number> | undefined;

  constructor(
    private readonly documents: readonly IndexedDocument[],
    /** Restored with the corpus index: read when first needed (a store may hand back a reading function). */
    private restored?: StoredClauseSearch | (() => StoredClauseSearch),
  ) {}

  /** Passages indexed (0 until built or read). */
  get size(): number {
    return this.built?.size ?? 0;
  }

  stored(): StoredClauseSearch | (() => StoredClauseSearch) | undefined {
    // Not read yet: handed on as it came, a store writes it again as it is.
    return this.restored ?? this.built?.stored();
  }

  /** Builds the index now (or reads the one restored), if not yet done. */
  build(): SearchIndex<number> {
    this.readRestored();
    if (this.built) return this.built;
    const search = new SearchIndex<number>();
    this.documents.forEach((document, ordinal) => add(search, ordinal, clausesWithoutKeeping(document), 0));
    search.seal();
    return (this.built = search);
  }

  /**
   * The same, a few clauses at a time, letting the caller's `pause` run in between — so a server stays
   * responsive while a large corpus is indexed. A search asked for meanwhile builds it at once. True
   * when this call built it.
   */
  async buildInSteps(pause: Pause, token?: CancellationToken): Promise<boolean> {
    if (this.readRestored()) return false;
    const search = new SearchIndex<number>();
    for (const [ordinal, document] of this.documents.entries()) {
      const clauses = clausesWithoutKeeping(document);
      for (let from = 0; from < clauses.length; from += CLAUSES_PER_STEP) {
        if (this.built || token?.isCancellationRequested) return false;
        add(search, ordinal, clauses.slice(from, from + CLAUSES_PER_STEP), from);
        await pause();
      }
    }
    if (this.built) return false;
    search.seal();
    this.built = search;
    return true;
  }

  /** Reads the restored index, if any; true when there is one. */
  private readRestored(): boolean {
    const restored = this.restored;
    if (!restored) return false;
    this.restored = undefined;
    try {
      this.built = SearchIndex.fromStored(typeof restored === 'function' ? restored() : restored);
      return true;
    } catch {
      // The stored index is gone or unreadable (its file pruned since the restore): built instead.
      return false;
    }
  }

  search(query: string, limit: number, token?: CancellationToken): ClauseHit[] {
    return this.build()
      .search(query, limit, token)
      .flatMap(({ value, score }) => {
        const document = this.documents[Math.floor(value / CLAUSE_SLOTS)];
        const clause = document?.clauses[value % CLAUSE_SLOTS];
        return document && clause ? [{ clause, document, score }] : [];
      });
  }
}

function add(search: SearchIndex<number>, ordinal: number, clauses: readonly Clause[], first: number): void {
  clauses.forEach((clause, i) => {
    // A document of more clauses than a passage number holds is searched up to that many.
    if (first + i >= CLAUSE_SLOTS) return;
    const leads = clause.leadUnits.map((unit) => unit.name).join(' ');
    search.add(`${clause.title} ${clause.text} ${leads}`, ordinal * CLAUSE_SLOTS + first + i);
  });
}
