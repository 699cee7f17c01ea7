// The search frame of an index file: its Int32Arrays written as their own bytes and read back as views
// of the bytes read — neither way copied — with the rest of the value as it was.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  frameLength,
  readTypedArrayFrame,
  typedArrayFrame,
  type FramePieces,
} from '../../../server/src/node/typedArrayFrame.js';
import { Int32Pieces } from '../../../server/src/service/search/postingsTable.js';

const postings = new Int32Array([64 + 1, 128 + 2, -7, 2 ** 31 - 1]);
const inLargerBuffer = new Int32Array([9, 8, 7, 6, 5]).subarray(1, 4);
const value = {
  k1: 1.2,
  vocabulary: [
    ['ipv6', -1],
    ['5g', -2],
  ],
  ranking: {
    postings: { starts: new Int32Array([0, 2, 4]), postings, empty: new Int32Array(0) },
    docValues: [3, 2 ** 40],
  },
  more: [inLargerBuffer, null, 'text'],
};

/** The pieces joined as a file read would hand them back, starting `offset` bytes into a buffer. */
function bytesOf(pieces: FramePieces, offset = 0): Uint8Array {
  const buffer = new Uint8Array(offset + frameLength(pieces));
  let at = offset;
  for (const piece of pieces) {
    buffer.set(piece, at);
    at += piece.byteLength;
  }
  return buffer.subarray(offset);
}

test('a value with Int32Arrays reads back equal, its arrays as views of the bytes read', () => {
  const pieces = typedArrayFrame(value);
  assert.ok(
    [...pieces].some((piece) => piece.buffer === postings.buffer),
    'the postings are written from their own memory',
  );
  const bytes = bytesOf(pieces);
  const read = readTypedArrayFrame(bytes) as typeof value;
  assert.deepEqual(read, value);
  assert.equal(read.ranking.postings.postings.buffer, bytes.buffer, 'read without a copy');
  assert.ok(read.more[0] instanceof Int32Array);
});

test('bytes that do not start on a 4-byte boundary still read back equal', () => {
  for (const offset of [1, 2, 3]) assert.deepEqual(readTypedArrayFrame(bytesOf(typedArrayFrame(value), offset)), value);
});

test('a frame cut short, or with bytes to spare, does not read', () => {
  const bytes = bytesOf(typedArrayFrame(value));
  assert.throws(() => readTypedArrayFrame(bytes.subarray(0, 3)), /cut short/);
  assert.throws(() => readTypedArrayFrame(bytes.subarray(0, bytes.length - 4)), /cut short/);
  const longer = new Uint8Array(bytes.length + 4);
  longer.set(bytes);
  assert.throws(() => readTypedArrayFrame(longer), /do not account/);
});

test('an array given as pieces is written as the array joined would be, a reused buffer piece by piece', () => {
  const whole = Int32Array.from({ length: 10 }, (_, i) => i * 7 - 20);
  // Pieces of three through one buffer, as a table sealed in batches hands them to a store.
  const pieces = new Int32Pieces(whole.length, function* () {
    const buffer = new Int32Array(3);
    for (let at = 0; at < whole.length; at += 3) {
      const piece = whole.subarray(at, at + 3);
      buffer.set(piece);
      yield buffer.subarray(0, piece.length);
    }
  });
  const asPieces = bytesOf(typedArrayFrame({ ...value, whole: pieces }));
  assert.deepEqual(asPieces, bytesOf(typedArrayFrame({ ...value, whole })));
  assert.equal(frameLength(typedArrayFrame({ whole: pieces })), frameLength(typedArrayFrame({ whole })));
  assert.deepEqual((readTypedArrayFrame(asPieces) as { whole: Int32Array }).whole, whole);
  assert.deepEqual(pieces.joined(), whole);
});
