// Restricted Mode: a client that says the workspace is not trusted gets the bundled corpus only — the
// corpus folder its settings name is ignored, with one message — until it says the workspace is trusted.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { WorkspaceTrustedNotification, type InitializationOptions } from '../../server/src/protocol.js';
import { REPO, startServer, type ServerSession } from './lspClient.js';
import { corpusStatuses, nextCorpusStatus, notificationsOf, ready, scratchFolder } from './lspWaits.js';

const FIXTURE = join(REPO, 'test', 'fixtures', 'drafts-lsp', 'user-corpus');

describe('an untrusted workspace', () => {
  let session: ServerSession;
  let corpus: ReturnType<typeof scratchFolder>;
  let workspace: ReturnType<typeof scratchFolder>;
  before(async () => {
    corpus = scratchFolder('untrusted-corpus', [join(FIXTURE, 'sc_plan.md'), join(FIXTURE, 'broken.md')]);
    workspace = scratchFolder('untrusted-workspace');
    session = await startServer({
      rootPath: workspace.path,
      settings: { corpus: { paths: [corpus.path] } },
      initializationOptions: { workspaceTrusted: false } satisfies InitializationOptions,
    });
    await ready(session);
  });
  after(async () => {
    await session?.stop();
    corpus?.remove();
    workspace?.remove();
  });

  test('indexes the bundled corpus only, says so once, and logs the folder', () => {
    const [status] = corpusStatuses(session);
    // The user corpus would add a document and an error (see userCorpus.test.ts).
    assert.deepEqual([status.state, status.documents, status.errors], ['ready', 4, 0]);
    const messages = notificationsOf<{ type: number; message: string }>(session, 'window/showMessage');
    assert.equal(messages.filter((m) => m.message.includes('受限模式')).length, 1);
    const log = notificationsOf<{ message: string }>(session, 'window/logMessage').map((m) => m.message);
    assert.ok(
      log.some((m) => m.includes(corpus.path)),
      'the log names the ignored folder',
    );
  });

  test('once trusted, re-indexes with the configured folder', async () => {
    const seen = corpusStatuses(session).length;
    await session.connection.sendNotification(WorkspaceTrustedNotification.type, {});
    const status = await nextCorpusStatus(session, seen);
    assert.deepEqual([status.state, status.documents, status.errors], ['ready', 5, 1]);
  });
});
