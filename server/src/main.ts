import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { answerBeforeInitialize, beforeInitialize } from './node/beforeInitialize.js';
import { messageHandled } from './node/turns.js';
import { say } from './service/messages/entry.js';
import { SERVER_MESSAGES } from './service/messages/server.js';
import { startServer } from './server.js';

// The transport (--stdio, --node-ipc, --socket=) is chosen from the command line by createConnection.
// Stepped work (checks, indexing) waits while messages are queued: see turns.ts.
const connection = createConnection(ProposedFeatures.all, beforeInitialize(messageHandled));
answerBeforeInitialize(connection);
const server = startServer(connection);
// Backstops: an exception from a timer or a callback, or a promise that fails where nobody waits for it, is
// logged, not fatal to the editor's server.
process.on('uncaughtException', (error) =>
  connection.console.error(
    say(server.locale(), SERVER_MESSAGES.unhandledRejection, { error: String(error.stack ?? error) }),
  ),
);
process.on('unhandledRejection', (reason) =>
  connection.console.error(
    say(server.locale(), SERVER_MESSAGES.unhandledRejection, {
      error: String(reason instanceof Error ? reason.stack : reason),
    }),
  ),
);
