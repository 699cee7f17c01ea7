// The corpus files' content hashes remembered by their stamps (server/src/node/fileHashes.ts): a stored
// index is found again without reading an unchanged corpus; a changed file is read, a touched one too
// (and found the same); a damaged memory or a file gone since it was listed costs a read, never an error.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readCorpusFolders } from '../../server/src/node/corpusFolders.js';
import { DiskIndexCache } from '../../server/src/node/diskIndexCache.js';
import { loadCorpus } from '../../server/src/service/corpus/loadCorpus.js';
import type { CorpusFile } from '../../server/src/service/corpus/loadCorpus.js';

const root = mkdtempSync(join(tmpdir(), 'policy-lens-file-hashes-'));
after(() => rmSync(root, { recursive: true, force: true }));

const quiet = { info: () => undefined, warn: () => undefined, error: () => undefined };
const corpus = join(root, 'corpus');
const cacheFolder = join(root, 'cache');
const document = (id: string, body: string) =>
  `---\nid: ${id}\ntitle: 测试文件${id}\ndate: 2024-01-01\nkind: 工作要点\n---\n\n# 测试文件${id}\n\n${body}\n`;

const paths = ['a', 'b', 'c'].map((id) => join(corpus, `${id}.md`));

/** The corpus as the server lists it, each file's content counted when read. */
function listed(): { files: CorpusFile[]; reads: Map<string, number> } {
  const onDisk = readCorpusFolders([corpus]);
  const reads = new Map<string, number>();
  const files = onDisk.files.map((file) => ({
    uri: file.uri,
    stamp: file.stamp,
    get content() {
      reads.set(file.uri, (reads.get(file.uri) ?? 0) + 1);
      return file.content;
    },
  }));
  return { files, reads };
}

const fingerprint = (files: CorpusFile[], folder = cacheFolder) =>
  new DiskIndexCache({ logger: quiet, locale: () => 'zh', folder }).fingerprint(
    { files, registry: readCorpusFolders([corpus]).registry, locale: 'zh' },
    'test-engine',
  );

test('an unchanged corpus is recognised without reading it; a changed or touched file is read', () => {
  mkdirSync(corpus, { recursive: true });
  paths.forEach((path, i) => writeFileSync(path, document(`doc${i}`, `第${i}条。`)));
  const first = listed();
  const before = fingerprint(first.files);
  assert.equal(first.reads.size, 3, 'the first time, every file is read to be hashed');

  const again = listed();
  assert.equal(fingerprint(again.files), before);
  assert.equal(again.reads.size, 0, 'known by their stamps: none read');

  // Touched (same content, a new time): read, and the same corpus.
  const later = new Date(Date.now() + 5000);
  utimesSync(paths[0], later, later);
  const touched = listed();
  assert.equal(fingerprint(touched.files), before);
  assert.deepEqual([...touched.reads.keys()], [touched.files[0].uri]);
  const remembered = listed();
  assert.equal(fingerprint(remembered.files), before);
  assert.equal(remembered.reads.size, 0, 'the new stamp remembered');

  // Changed: another corpus.
  writeFileSync(paths[1], document('doc1', '第1条，改过了。'));
  const changed = listed();
  assert.notEqual(fingerprint(changed.files), before);
  assert.deepEqual([...changed.reads.keys()], [changed.files[1].uri]);
});

test('a damaged memory of hashes is read past: every file hashed again, the same fingerprint', () => {
  const known = fingerprint(listed().files);
  writeFileSync(join(cacheFolder, 'file-hashes.json'), '{"format":1,"files":{"x":[1,2,"not a hash"]');
  const fresh = listed();
  assert.equal(fingerprint(fresh.files), known);
  assert.equal(fresh.reads.size, 3);
});

test('a file gone after it was listed: a fingerprint still, and the index reports the file', () => {
  const { files } = listed();
  const gone = join(corpus, 'gone.md');
  writeFileSync(gone, document('gone', '将被删除。'));
  const withGone = readCorpusFolders([corpus]).files;
  rmSync(gone);
  assert.match(fingerprint(withGone, join(root, 'other-cache')), /^[0-9a-f]{64}$/);
  const loaded = loadCorpus(withGone, { locale: 'zh' });
  assert.equal(loaded.documents.length, files.length);
  const problem = loaded.problems.find((p) => p.uri.endsWith('gone.md'));
  assert.match(problem?.message ?? '', /无法读取/);
});
