/** The part of a cancellation token the pure service needs (LSP's CancellationToken fits). */
export interface CancellationToken {
  readonly isCancellationRequested: boolean;
}

export const NEVER_CANCELLED: CancellationToken = { isCancellationRequested: false };
