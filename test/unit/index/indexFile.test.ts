import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readIndexFile, writeIndexFile } from '../../../server/src/node/indexFile.js';
import type { IndexSnapshot } from '../../../server/src/service/index/corpusIndex.js';

/** The snapshot written and read back, given to `use` while its file is still there. */
function roundTrip(snapshot: IndexSnapshot, use: (read: IndexSnapshot) => void = () => undefined): IndexSnapshot {
  const folder = mkdtempSync(join(tmpdir(), 'policy-lens-index-file-'));
  try {
    writeIndexFile(join(folder, 'index'), 7, snapshot);
    const read = readIndexFile(join(folder, 'index'), 7);
    use(read);
    return read;
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

const name = { name: '粤省事', kind: 'platform', aliases: [] };
const other = { name: '一网统管', kind: 'term', aliases: [] };
const mention = (docId: string) => ({
  name: name.name,
  kind: 'platform',
  docId,
  written: '粤省事',
  range: { start: { line: 0, character: 3 }, end: { line: 0, character: 6 } },
});
const snapshot = {
  names: [name, other],
  problems: [],
  duplicates: [],
  documents: [
    { uri: 'file:///c/a.md', text: '推广“粤省事”。\n第二行', meta: { id: 'a' } },
    { uri: 'file:///c/b.md', text: '', meta: { id: 'b' } },
  ],
  mentions: [
    [name, [mention('a')]],
    [other, () => [mention('b')]],
  ],
  statements: [],
  derived: [['history', new Map([[name, ['a']]])]],
  search: { vocabulary: [['ipv6', -1]], postings: new Int32Array([64 + 1, 128 + 2]) },
} as unknown as IndexSnapshot;

test('a stored index reads back whole: texts, mentions on demand, one object per name throughout', () => {
  const read = roundTrip(snapshot);
  assert.deepEqual(
    read.documents.map((d) => [d.uri, d.text]),
    [
      ['file:///c/a.md', '推广“粤省事”。\n第二行'],
      ['file:///c/b.md', ''],
    ],
  );
  const [[first, mentions], [second, unread]] = read.mentions;
  assert.equal(typeof mentions, 'function', 'mentions are read when asked');
  assert.deepEqual((mentions as () => unknown[])(), [mention('a')]);
  assert.deepEqual((unread as () => unknown[])(), [mention('b')]);
  // The names of the head, of the mentions and of the derived values are the same objects.
  assert.equal(first, read.names[0]);
  assert.equal(second, read.names[1]);
  const history = read.derived[0][1] as Map<unknown, unknown>;
  assert.equal([...history.keys()][0], read.names[0]);
  // The search index in a frame of its own, read from the file when asked.
  roundTrip(snapshot, (again) => {
    assert.equal(typeof again.search, 'function');
    assert.deepEqual((again.search as () => unknown)(), snapshot.search);
  });
  assert.equal(roundTrip({ ...snapshot, search: undefined }).search, undefined);
});

test('another format, a file cut short or one with bytes to spare does not read', () => {
  const folder = mkdtempSync(join(tmpdir(), 'policy-lens-index-file-'));
  try {
    const path = join(folder, 'index');
    writeIndexFile(path, 7, snapshot);
    const bytes = readFileSync(path);
    const damaged = join(folder, 'damaged');
    const reads = (content: Uint8Array) => {
      writeFileSync(damaged, content);
      return () => readIndexFile(damaged, 7);
    };
    assert.throws(() => readIndexFile(path, 8), /not an index of format 8/);
    assert.throws(reads(Buffer.from('not an index')), /not an index of format 7/);
    assert.throws(reads(bytes.subarray(0, bytes.length - 3)), /ends inside a frame/);
    assert.throws(reads(bytes.subarray(0, 20)), /ends/);
    assert.throws(reads(Buffer.concat([bytes, Buffer.from([1, 0, 0, 0, 9])])), /more frames/);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});

test('a search index whose file is gone or rewritten since the restore is not read', () => {
  const folder = mkdtempSync(join(tmpdir(), 'policy-lens-index-file-'));
  try {
    const path = join(folder, 'index');
    writeIndexFile(path, 7, snapshot);
    const gone = readIndexFile(path, 7);
    unlinkSync(path);
    assert.throws(() => (gone.search as () => unknown)());
    writeIndexFile(path, 7, snapshot);
    const rewritten = readIndexFile(path, 7);
    writeIndexFile(path, 7, { ...snapshot, search: undefined });
    assert.throws(() => (rewritten.search as () => unknown)(), /changed/);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});
