// The custom messages are typed once (server/src/protocol.ts) and the client bundles that file: each
// message's type object carries its method, and the file imports nothing of the server.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as protocol from '../../server/src/protocol.js';

const REPO = join(__dirname, '..', '..');

test('every message namespace has a type object with its own method', () => {
  const messages = Object.entries(protocol as Record<string, unknown>).filter(
    (entry): entry is [string, { method: string; type: { method: string } }] =>
      typeof entry[1] === 'object' && entry[1] !== null && 'method' in entry[1],
  );
  assert.deepEqual(messages.map(([name]) => name).sort(), [
    'CheckWorkspaceRequest',
    'CorpusStatsRequest',
    'CorpusStatusNotification',
    'DocumentDigestRequest',
    'LookupClausesRequest',
    'ReindexRequest',
    'WorkspaceTrustedNotification',
  ]);
  for (const [name, message] of messages) {
    assert.equal(message.type.method, message.method, name);
    assert.match(message.method, /^policyLens\//, name);
  }
});

test('the shared protocol file imports only protocol packages, so the client bundle pulls in no server code', () => {
  const source = readFileSync(join(REPO, 'server', 'src', 'protocol.ts'), 'utf8');
  const imports = [...source.matchAll(/^import .* from '([^']+)';$/gm)].map((m) => m[1]);
  assert.deepEqual(imports, ['vscode-languageserver-protocol', 'vscode-languageserver-types']);
});

test('the client sends and handles the custom messages by their type objects, never by method strings', () => {
  const files = ['extension.ts', 'commands/corpus.ts', 'commands/lookupClause.ts', 'commands/checkWorkspace.ts'];
  for (const file of files) {
    const source = readFileSync(join(REPO, 'client', 'src', file), 'utf8');
    assert.doesNotMatch(source, /\.method\b|'policyLens\//, file);
  }
  const server = readFileSync(join(REPO, 'server', 'src', 'server.ts'), 'utf8');
  assert.doesNotMatch(server, /(Request|Notification)\.method\b/);
});
