import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readIndexFile, writeIndexFile } from '../../../server/src/node/indexFile.js';
import type { IndexSnapshot } from '../../../server/src/service/index/corpusIndex.js';

function roundTrip(snapshot: IndexSnapshot): IndexSnapshot {
  const folder = mkdtempSync(join(tmpdir(), 'policy-lens-index-file-'));
  try {
    writeIndexFile(join(folder, 'index'), 7, snapshot);
    return readIndexFile(readFileSync(join(folder, 'index')), 7);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

const name = { name: '粤省事', kind: 'platform', aliases: [] };
const other = { name: '一网统管', kind: 'term', aliases: [] };
const mention = (docId: string) => ({ name: name.name, kind: 'platform', docId, written: '粤省事' });
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
  // The search index in a frame of its own, read when asked.
  assert.equal(typeof read.search, 'function');
  assert.deepEqual((read.search as () => unknown)(), snapshot.search);
  assert.equal(roundTrip({ ...snapshot, search: undefined }).search, undefined);
});

test('another format, a file cut short or one with bytes to spare does not read', () => {
  const folder = mkdtempSync(join(tmpdir(), 'policy-lens-index-file-'));
  try {
    writeIndexFile(join(folder, 'index'), 7, snapshot);
    const bytes = readFileSync(join(folder, 'index'));
    assert.throws(() => readIndexFile(bytes, 8), /not an index of format 8/);
    assert.throws(() => readIndexFile(Buffer.from('not an index'), 7), /not an index of format 7/);
    assert.throws(() => readIndexFile(bytes.subarray(0, bytes.length - 3), 7), /ends inside a frame/);
    assert.throws(() => readIndexFile(bytes.subarray(0, 8), 7), /ends before/);
    assert.throws(() => readIndexFile(Buffer.concat([bytes, Buffer.from([1, 0, 0, 0, 9])]), 7), /more frames/);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});
