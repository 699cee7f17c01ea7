import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Int32Pieces, PostingsTable, type StoredPostings } from '../../../server/src/service/search/postingsTable.js';

function postingsOf(table: PostingsTable, term: number): Array<[number, number]> {
  const list: Array<[number, number]> = [];
  table.forEachPosting(term, (doc, frequency) => void list.push([doc, frequency]));
  return list;
}

test('a term lists its documents in order with its frequency in each', () => {
  const table = new PostingsTable();
  assert.equal(table.addDocument([7, -1, 7, 3]), 0);
  assert.equal(table.addDocument([]), 1);
  assert.equal(table.addDocument([3, 3, 3]), 2);
  assert.deepEqual(postingsOf(table, 7), [[0, 2]]);
  assert.deepEqual(postingsOf(table, 3), [
    [0, 1],
    [2, 3],
  ]);
  assert.deepEqual(postingsOf(table, -1), [[0, 1]]);
  assert.deepEqual(postingsOf(table, 99), []);
  assert.equal(table.documentFrequency(3), 2);
  assert.equal(table.documentFrequency(99), 0);
  assert.deepEqual([...table.terms()].sort(), [-1, 3, 7]);
});

test('documents added after a read are merged behind the ones already there, new terms included', () => {
  const table = new PostingsTable();
  table.addDocument([1, 2]);
  assert.deepEqual(postingsOf(table, 1), [[0, 1]]);
  table.addDocument([2, 5, 5]);
  assert.equal(table.addDocument([1]), 2, 'numbered on after the merge');
  assert.deepEqual(postingsOf(table, 1), [
    [0, 1],
    [2, 1],
  ]);
  assert.deepEqual(postingsOf(table, 2), [
    [0, 1],
    [1, 1],
  ]);
  assert.deepEqual(postingsOf(table, 5), [[1, 2]]);
});

test('a frequency beyond what a posting holds counts as the highest; many terms and documents grow the table', () => {
  const table = new PostingsTable();
  table.addDocument(new Array<number>(500).fill(4));
  // 90,000 postings: more than one chunk of pending postings.
  for (let doc = 1; doc < 30000; doc++) table.addDocument([doc, doc + 1, 4]);
  assert.deepEqual(postingsOf(table, 4)[0], [0, 63]);
  assert.equal(table.documentFrequency(4), 30000);
  assert.deepEqual(postingsOf(table, 29999), [
    [29998, 1],
    [29999, 1],
  ]);
  assert.deepEqual(postingsOf(table, 1500), [
    [1499, 1],
    [1500, 1],
  ]);
});

test('a visit that returns false stops the walk', () => {
  const table = new PostingsTable();
  for (let doc = 0; doc < 10; doc++) table.addDocument([1]);
  let visits = 0;
  table.forEachPosting(1, () => ++visits < 3);
  assert.equal(visits, 3);
});

/** The stored table with its postings joined, as a store writes them. */
function joined(stored: StoredPostings) {
  return { ...stored, postings: stored.postings instanceof Int32Pieces ? stored.postings.joined() : stored.postings };
}

test('sealed in small batches as documents come, a table lists and stores what one sealed at the end does', () => {
  let seed = 3;
  const random = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
  const documents = Array.from({ length: 400 }, (_, doc) =>
    // New terms keep coming (rows a batch sealed before did not have), and some recur.
    Array.from({ length: random(12) }, () => (random(3) === 0 ? doc * 10 + random(5) : random(40) - 5)),
  );
  const once = new PostingsTable();
  const batched = new PostingsTable({ sealEvery: 16, storePiece: 100 });
  for (const terms of documents) assert.equal(batched.addDocument(terms), once.addDocument(terms));
  const terms = [...once.terms()];
  for (const term of terms) {
    assert.deepEqual(postingsOf(batched, term), postingsOf(once, term), `term ${term}`);
    assert.equal(batched.documentFrequency(term), once.documentFrequency(term));
  }
  const stored = batched.stored();
  assert.ok(stored.postings instanceof Int32Pieces, 'many batches are stored as pieces');
  assert.deepEqual(joined(stored), joined(once.stored()));
  // Read back (one batch), it lists the same, and takes more documents after them.
  const again = PostingsTable.fromStored(stored);
  for (const term of terms) assert.deepEqual(postingsOf(again, term), postingsOf(once, term));
  again.addDocument([terms[0], 12345]);
  assert.deepEqual(postingsOf(again, 12345), [[400, 1]]);
  assert.deepEqual(postingsOf(again, terms[0]).at(-1), [400, 1]);
});
