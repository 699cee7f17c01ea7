import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server.js';

// The transport (--stdio, --node-ipc, --socket=) is chosen from the command line by createConnection.
const connection = createConnection(ProposedFeatures.all);
// A backstop: a promise that fails where nobody waits for it is logged, not fatal to the editor's server.
process.on('unhandledRejection', (reason) =>
  connection.console.error(
    `未处理的异常 unhandled rejection: ${reason instanceof Error ? reason.stack : String(reason)}`,
  ),
);
startServer(connection);
