// The code cache of the CLI and the server (server/src/launchWithCodeCache.ts), run as a user runs them
// (the BUILT dist/cli.js and dist/server.js): the compiled code is kept after a run, used by the next
// without being written again, and a damaged or foreign file is only ever a slower start.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ensureBuilt, REPO, runCli } from './cli/runCli.js';
import { startServer } from './lspClient.js';
import { request } from './lspWaits.js';

const root = mkdtempSync(join(tmpdir(), 'policy-lens-code-cache-'));
after(() => rmSync(root, { recursive: true, force: true }));

const binaries = (folder: string, name: string) =>
  readdirSync(folder).filter((file) => file.startsWith(`${name}-`) && file.endsWith('.bin'));

const draft = join(REPO, 'test', 'fixtures', 'drafts', 'briefing-notes.md');

test('the CLI keeps its compiled code per command, and the next run uses it as it is', () => {
  ensureBuilt();
  const folder = join(root, 'cli');
  const env = { POLICY_LENS_CODE_CACHE: folder };
  const first = runCli(['check', draft, '--lang', 'zh', '--format', 'json'], REPO, env);
  const [file] = binaries(folder, 'cli');
  assert.match(file ?? '', /-check\.bin$/, `one cache file for the check command: ${readdirSync(folder).join(', ')}`);
  const written = statSync(join(folder, file)).mtimeMs;
  const second = runCli(['check', draft, '--lang', 'zh', '--format', 'json'], REPO, env);
  assert.equal(second.stdout, first.stdout);
  assert.equal(second.status, first.status);
  assert.equal(statSync(join(folder, file)).mtimeMs, written, 'accepted, so not written again');
  runCli(['corpus', 'stats', '--lang', 'zh'], REPO, env);
  assert.equal(binaries(folder, 'cli').length, 2, 'another command keeps its own');
});

test('a damaged cache file is refused by V8 and written anew; the run is the same', () => {
  const folder = join(root, 'damaged');
  const env = { POLICY_LENS_CODE_CACHE: folder };
  const clean = runCli(['check', draft, '--lang', 'zh'], REPO, env);
  const [file] = binaries(folder, 'cli');
  writeFileSync(join(folder, file), 'not V8 code at all');
  const damaged = runCli(['check', draft, '--lang', 'zh'], REPO, env);
  assert.equal(damaged.stdout, clean.stdout);
  assert.equal(damaged.stderr, clean.stderr);
  assert.ok(statSync(join(folder, file)).size > 100_000, 'the compiled code written again');
});

test("by default in the user's cache folder; `off` keeps nothing", () => {
  const home = join(root, 'home');
  const user = { HOME: home, XDG_CACHE_HOME: join(home, '.cache'), POLICY_LENS_CODE_CACHE: '' };
  const off = runCli(['check', draft, '--lang', 'zh'], REPO, { ...user, POLICY_LENS_CODE_CACHE: 'off' });
  assert.equal(off.status, 1, off.stderr);
  assert.throws(() => readdirSync(home), 'nothing written under the home folder');
  const kept = runCli(['check', draft, '--lang', 'zh'], REPO, user);
  assert.equal(kept.stdout, off.stdout);
  assert.equal(binaries(join(home, '.cache', 'policy-lens', 'code'), 'cli').length, 1);
});

test('the server keeps its compiled code when it exits, and a later server starts from it', async () => {
  const folder = join(root, 'server');
  const uri = pathToFileURL(join(root, 'probe.md')).toString();
  const hoverOnce = async () => {
    const session = await startServer({ codeCacheFolder: folder });
    try {
      session.open(uri, '推进“粤省事”建设。\n');
      await session.ready;
      return await request<{ contents?: unknown } | null>(session, 'textDocument/hover', {
        textDocument: { uri },
        position: { line: 0, character: 4 },
      });
    } finally {
      await session.stop();
    }
  };
  const first = await hoverOnce();
  assert.ok(first?.contents, 'the first server answers');
  const [file] = binaries(folder, 'server');
  assert.ok(file, `stored at exit: ${readdirSync(folder).join(', ')}`);
  const written = statSync(join(folder, file)).mtimeMs;
  const second = await hoverOnce();
  assert.deepEqual(second, first);
  assert.equal(statSync(join(folder, file)).mtimeMs, written, 'accepted, so not written again');
});
