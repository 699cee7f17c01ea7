// Long runs of blanks before a figure: a pasted table or a draft indented by an office suite. Every
// pattern that reads a line once retried its leading \s* from each blank, so five such lines blocked
// the server for seconds on open and over a second per keystroke (issue 11, defect 5). The bounds are
// generous for a busy machine and still far below what the quadratic patterns took.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, type ServerSession } from './lspClient.js';
import { ready, scratchFolder } from './lspWaits.js';
import { change, nextPublished, published } from './diagnosticsSession.js';

const OPEN_MS = 2_000;
const EDIT_MS = 500;
const URI = 'untitled:long-blank-lines.md';
// Under the overlong-line limit (20,000 characters), so every line is checked.
const LINE = ' '.repeat(19_990) + '达到95%';
const TEXT = Array.from({ length: 5 }, () => LINE).join('\n');

let session: ServerSession;
let workspace: ReturnType<typeof scratchFolder>;

before(async () => {
  workspace = scratchFolder('long-lines');
  session = await startServer({ rootPath: workspace.path });
  await ready(session);
});

after(async () => {
  await session?.stop();
  workspace?.remove();
});

test('five lines of 19,990 spaces before a figure: diagnostics on open, and after each edit, come quickly', async (t) => {
  const opened = Date.now();
  session.open(URI, TEXT);
  await nextPublished(session, URI, 0, 'diagnostics for version 1', (p) => p.version === 1);
  const openMs = Date.now() - opened;
  t.diagnostic(`first diagnostics after ${openMs} ms`);
  assert.ok(openMs < OPEN_MS, `first diagnostics after ${openMs} ms (bound ${OPEN_MS} ms)`);

  // One character at a time, the way a user types: 95% becomes 96%, 97%, 98%.
  const percent = LINE.indexOf('95%');
  for (let version = 2; version <= 4; version++) {
    const seen = published(session, URI).length;
    const edited = Date.now();
    change(
      session,
      URI,
      version,
      { start: { line: 2, character: percent + 1 }, end: { line: 2, character: percent + 2 } },
      String(version + 4),
    );
    await nextPublished(session, URI, seen, `diagnostics for version ${version}`, (p) => p.version === version);
    const editMs = Date.now() - edited;
    t.diagnostic(`version ${version} re-checked after ${editMs} ms`);
    assert.ok(editMs < EDIT_MS, `version ${version} re-checked after ${editMs} ms (bound ${EDIT_MS} ms)`);
  }
  assert.equal(session.process.exitCode, null);
});
