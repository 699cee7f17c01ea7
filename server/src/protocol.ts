// Custom messages between the Policy Lens client and server, typed once for both sides: each message
// has its `method` and a `type` (RequestType / NotificationType) that sendRequest, onRequest,
// sendNotification and onNotification check params and results against. Only plain types and the
// protocol package here: the client bundles this file, so it must not pull in server code.
import { NotificationType, RequestType, RequestType0 } from 'vscode-languageserver-protocol';
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
  export const type = new RequestType<Params, Result, void>(method);
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
  /**
   * Whether the word dictionary is loaded (in its worker thread): until then the checks that need it
   * (near misses, new and unknown names) wait, and a second status follows once it is there.
   */
  readonly dictionary?: 'loading' | 'ready';
}

export namespace CorpusStatusNotification {
  export const method = 'policyLens/corpusStatus';
  export type Params = CorpusStatus;
  export const type = new NotificationType<Params>(method);
}

export namespace CorpusStatsRequest {
  export const method = 'policyLens/corpusStats';
  /** Markdown report, Chinese first. */
  export type Result = { readonly markdown: string; readonly status: CorpusStatus };
  export const type = new RequestType0<Result, void>(method);
}

export namespace ReindexRequest {
  export const method = 'policyLens/reindex';
  export type Result = CorpusStatus;
  export const type = new RequestType0<Result, void>(method);
}

export namespace CheckWorkspaceRequest {
  export const method = 'policyLens/checkWorkspace';
  /** How many closed and open drafts were checked, and what they hold; `cancelled` when stopped early. */
  export type Result = {
    readonly drafts: number;
    readonly withProblems: number;
    readonly diagnostics: number;
    readonly cancelled: boolean;
  };
  export const type = new RequestType0<Result, void>(method);
}

export namespace DocumentDigestRequest {
  /**
   * The server's copy of an open document, as a digest: a client (the soak test, bench/soak.ts) checks
   * after many incremental edits that the server's text is its own. Null for a document not open.
   */
  export const method = 'policyLens/documentDigest';
  export interface Params {
    readonly uri: string;
  }
  export type Result = { readonly version: number; readonly length: number; readonly sha256: string } | null;
  export const type = new RequestType<Params, Result, void>(method);
}

/**
 * What the client tells the server at start (initializationOptions). In a workspace VS Code does not
 * trust (Restricted Mode), corpus folders named by the workspace's settings are not read.
 */
export interface InitializationOptions {
  readonly workspaceTrusted?: boolean;
  /** Where the server keeps built corpus indexes (default: the user's cache folder). */
  readonly indexCacheFolder?: string;
}

export namespace WorkspaceTrustedNotification {
  /** The user trusted the workspace: its corpus folders may now be read. */
  export const method = 'policyLens/workspaceTrusted';
  export const type = new NotificationType<Record<string, never>>(method);
}
