import {
  ErrorCodes,
  Message,
  ResponseError,
  type Connection,
  type ConnectionOptions,
  type NotificationMessage,
  type RequestMessage,
} from 'vscode-languageserver/node';

// vscode-languageserver dispatches whatever arrives, `initialize` or not: a client that opens documents
// or asks for hovers first would reach handlers whose state (roots, settings, corpus) is not set yet.

/** Where a request sent before `initialize` is redirected to be answered with ServerNotInitialized. */
const NOT_INITIALIZED = '$/policyLens/notInitialized';

/**
 * The connection option that keeps LSP's rule for the time before `initialize`: a request is answered
 * with error -32002 (ServerNotInitialized), a notification is dropped — except `exit`, which ends the
 * process at any time. `handled` hears of every message the connection takes off its queue.
 */
export function beforeInitialize(handled: () => void = () => undefined): ConnectionOptions {
  let initialized = false;
  return {
    messageStrategy: {
      handleMessage(message, next) {
        handled();
        if (initialized || Message.isResponse(message)) return next(message);
        if (Message.isRequest(message)) {
          if (message.method === 'initialize') {
            initialized = true;
            return next(message);
          }
          // Same id, so the error answers the request the client sent.
          return next({ ...message, method: NOT_INITIALIZED, params: { method: message.method } } as RequestMessage);
        }
        if (Message.isNotification(message) && (message as NotificationMessage).method === 'exit') next(message);
      },
    },
  };
}

/** Answers the requests redirected by beforeInitialize. */
export function answerBeforeInitialize(connection: Connection): void {
  connection.onRequest(NOT_INITIALIZED, (params: { method?: unknown }) => {
    throw new ResponseError(
      ErrorCodes.ServerNotInitialized,
      `${String(params?.method)}: the server is not initialized`,
    );
  });
}
