// The server keeps its corpus index on disk: a second start restores it instead of indexing, and
// answers exactly as the first. Each server gets the same scratch cache folder; nothing else shares it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, existsSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { REPO, startServer } from './lspClient.js';
import { notificationsOf, ready, scratchFolder } from './lspWaits.js';
import { nextPublished } from './diagnosticsSession.js';

const DRAFT = [
  '# 2025年工作要点',
  '',
  '（一）依托"粤省事"开展服务，推进一网通管建设。',
  '',
  '（二）到2025年，“粤省事”日均活跃用户数达到100万名，省信息中心牵头。',
  '',
].join('\n');

async function session(
  cacheFolder: string,
  settings?: Record<string, unknown>,
): Promise<{ diagnostics: unknown[]; log: string[] }> {
  const server = await startServer({ indexCacheFolder: cacheFolder, settings });
  try {
    await ready(server);
    const uri = pathToFileURL(join(tmpdir(), 'policy-lens-index-cache-draft.md')).toString();
    server.open(uri, DRAFT);
    const { diagnostics } = await nextPublished(server, uri, 0, 'the draft’s diagnostics');
    const log = notificationsOf<{ message: string }>(server, 'window/logMessage').map((m) => m.message);
    return { diagnostics, log };
  } finally {
    await server.stop(); // shutdown writes the index it has not written yet
  }
}

test('a second start restores the index the first stored and publishes the same diagnostics', async () => {
  const scratch = scratchFolder('index-cache');
  try {
    const cache = join(scratch.path, 'cache');
    // A corpus of the user's (a copy of the bundled documents elsewhere): no index ships for it.
    const own = join(scratch.path, 'corpus');
    cpSync(join(REPO, 'corpus'), own, { recursive: true });
    const settings = { corpus: { includeBundled: false, paths: [own] } };
    const first = await session(cache, settings);
    assert.ok(first.diagnostics.length >= 3, 'the draft has findings');
    assert.ok(!first.log.some((line) => line.includes('从缓存还原')), first.log.join('\n'));
    assert.equal(readdirSync(cache).filter((name) => name.endsWith('.v8')).length, 1);

    const second = await session(cache, settings);
    assert.ok(
      second.log.some((line) => line.includes('语料索引已从缓存还原')),
      `restored, by the log: ${second.log.join('\n')}`,
    );
    assert.deepEqual(second.diagnostics, first.diagnostics);
  } finally {
    scratch.remove();
  }
});

test('the very first start restores the index the package ships (dist/index) and answers as a build', async () => {
  const scratch = scratchFolder('index-shipped');
  try {
    assert.ok(existsSync(join(REPO, 'dist', 'index')), 'the build ships the bundled corpus index');
    const first = await session(join(scratch.path, 'empty-cache'));
    assert.ok(
      first.log.some((line) => line.includes('语料索引已从缓存还原')),
      `restored, by the log: ${first.log.join('\n')}`,
    );
    const built = await session('off');
    assert.ok(!built.log.some((line) => line.includes('从缓存还原')));
    assert.deepEqual(first.diagnostics, built.diagnostics);
  } finally {
    scratch.remove();
  }
});
