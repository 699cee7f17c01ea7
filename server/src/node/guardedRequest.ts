import type { DraftDocument } from '../service/features/documentText.js';

/**
 * A request handler on one draft that never throws: no draft (a document the server was never told
 * about) answers `empty`, and so does a handler that fails, at once or later (a promise that rejects) —
 * one bad request must not take the server down; the failure is logged.
 */
export function guardedRequests(
  draftOf: (uri: string) => DraftDocument | undefined,
  onError: (error: unknown) => void,
) {
  return <P extends { textDocument: { uri: string } }, R>(
      empty: R,
      run: (draft: DraftDocument, params: P) => R | Promise<R>,
    ) =>
    (params: P): R | Promise<R> => {
      const draft = draftOf(params.textDocument.uri);
      if (!draft) return empty;
      try {
        const answer = run(draft, params);
        return answer instanceof Promise
          ? answer.catch((error: unknown) => {
              onError(error);
              return empty;
            })
          : answer;
      } catch (error) {
        onError(error);
        return empty;
      }
    };
}
