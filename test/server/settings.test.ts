// Invalid settings: each is reported to the user by key, its default is used, and the rest still work.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Hover } from 'vscode-languageserver-types';
import { startServer, type ServerSession } from './lspClient.js';
import { corpusStatuses, hoverMarkdown, notificationsOf, ready, request, scratchFolder, until } from './lspWaits.js';

let session: ServerSession;
let workspace: ReturnType<typeof scratchFolder>;

before(async () => {
  workspace = scratchFolder('settings');
  // An English editor, so the default language setting (auto) is visible in the hovers.
  session = await startServer({
    rootPath: workspace.path,
    locale: 'en-US',
    settings: { corpus: { paths: 5, includeBundled: 'yes' }, language: 'klingon' },
  });
  await ready(session);
});

after(async () => {
  await session?.stop();
  workspace?.remove();
});

type ShowMessage = { type: number; message: string };

test('each invalid setting is a warning that names its key', async () => {
  const warnings = await until('three window/showMessage warnings', () => {
    const shown = notificationsOf<ShowMessage>(session, 'window/showMessage').filter((m) => m.type === 2);
    return shown.length >= 3 && shown;
  });
  assert.equal(warnings.length, 3);
  for (const key of ['policyLens.corpus.paths', 'policyLens.corpus.includeBundled', 'policyLens.language']) {
    assert.equal(
      warnings.filter((w) => w.message.includes(`Invalid setting ${key}`)).length,
      1,
      `${key} in ${JSON.stringify(warnings)}`,
    );
  }
  for (const warning of warnings) assert.match(warning.message, /using the default/);
});

test('the defaults apply: the bundled corpus is indexed', () => {
  const [status] = corpusStatuses(session);
  assert.deepEqual([status.state, status.documents, status.errors], ['ready', 4, 0]);
});

test('the default language (auto) follows the editor: hovers are in English', async () => {
  const uri = 'untitled:settings.md';
  session.open(uri, '推进“一网统管”');
  const markdown =
    hoverMarkdown(
      await request<Hover>(session, 'textDocument/hover', {
        textDocument: { uri },
        position: { line: 0, character: 4 },
      }),
    ) ?? '';
  assert.ok(markdown.startsWith('**“一网统管”** · term\n\n“一网”是指'), markdown);
  assert.ok(markdown.includes('名词解释, entry 12 · [Open source (line 1037)]'), markdown);
});
