// Custom messages between the Policy Lens client and server, typed once for both sides
// (only plain types here: the client bundles this file, so it must not pull in server code).
import type { Range } from 'vscode-languageserver-types';

/** One task found by clause lookup. */
export interface ClauseLookupItem {
  readonly uri: string;
  readonly range: Range;
  readonly docId: string;
  readonly docTitle: string;
  readonly docNumber?: string;
  /** As printed: （五）, 3. */
  readonly number: string;
  /** Numbers from the top: 三、 （十一） 2. */
  readonly path: readonly string[];
  readonly title: string;
  readonly text: string;
  readonly leadUnits: readonly string[];
  readonly score: number;
}

export namespace LookupClausesRequest {
  export const method = 'policyLens/lookupClauses';
  export interface Params {
    readonly query: string;
    readonly limit?: number;
  }
  export type Result = ClauseLookupItem[];
}

export interface CorpusStatus {
  readonly state: 'indexing' | 'ready' | 'failed';
  readonly documents: number;
  readonly names: number;
  readonly errors: number;
  readonly warnings: number;
  /** Milliseconds the last indexing took. */
  readonly indexMs?: number;
  readonly message?: string;
}

export namespace CorpusStatusNotification {
  export const method = 'policyLens/corpusStatus';
  export type Params = CorpusStatus;
}

export namespace CorpusStatsRequest {
  export const method = 'policyLens/corpusStats';
  /** Markdown report, Chinese first. */
  export type Result = { readonly markdown: string; readonly status: CorpusStatus };
}

export namespace ReindexRequest {
  export const method = 'policyLens/reindex';
  export type Result = CorpusStatus;
}
