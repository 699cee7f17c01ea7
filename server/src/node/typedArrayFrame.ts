// A value with large typed arrays (the clause search's postings) as one frame of an index file: the
// value's plain part v8-serialized, with each Int32Array replaced by a marker, then the arrays' bytes as
// they are in memory (an array given as pieces: each piece's in turn). Written without copying
// (v8.serialize copied 40 MB of postings for 1,000 documents into its buffer, which grew by doubling: 80 MB
// at the highest point of the server's memory), and read back as views of the bytes read, without copying
// either.
//
//   frame = u32(skeleton byte length) skeleton padding(to 4) (int32 array bytes)*
import { writeSync } from 'node:fs';
import { deserialize, serialize } from 'node:v8';
import { Int32Pieces } from '../service/search/postingsTable.js';

/** Stands for the typed array at `index` in the frame's list. */
const MARKER = 'policyLens.int32Array';
type Marker = { readonly [MARKER]: number };

/** A frame's bytes as pieces to write in order, and their length (known before they are made). */
export interface FramePieces extends Iterable<Uint8Array> {
  readonly byteLength: number;
}

/**
 * The frame's bytes as pieces to write in order: no piece copies an array, and an array given as pieces
 * (Int32Pieces) is written piece by piece, each before the next is made.
 */
export function typedArrayFrame(value: unknown): FramePieces {
  const arrays: Array<Int32Array | Int32Pieces> = [];
  const skeleton = serialize(withMarkers(value, arrays));
  const head = Buffer.alloc(4);
  head.writeUInt32LE(skeleton.length);
  const padding = new Uint8Array((4 - ((4 + skeleton.length) % 4)) % 4);
  const bytes = (array: Int32Array) => new Uint8Array(array.buffer, array.byteOffset, array.byteLength);
  return {
    byteLength:
      head.length + skeleton.length + padding.length + arrays.reduce((sum, array) => sum + array.length * 4, 0),
    *[Symbol.iterator]() {
      yield head;
      yield skeleton;
      yield padding;
      for (const array of arrays)
        if (array instanceof Int32Pieces) for (const piece of array.pieces()) yield bytes(piece);
        else yield bytes(array);
    },
  };
}

/** Total byte length of the pieces. */
export const frameLength = (pieces: FramePieces): number => pieces.byteLength;

/** Writes the pieces in order, each whole before the next is asked for. */
export function writePieces(fd: number, pieces: Iterable<Uint8Array>): void {
  for (const piece of pieces)
    for (let written = 0; written < piece.byteLength;)
      written += writeSync(fd, piece, written, piece.byteLength - written);
}

/** The value of a frame: its arrays are views of `bytes` (copied only where they would not be aligned). */
export function readTypedArrayFrame(bytes: Uint8Array): unknown {
  if (bytes.byteLength < 4) throw new Error('the search frame is cut short');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const skeletonLength = view.getUint32(0, true);
  let at = 4 + skeletonLength;
  if (at > bytes.byteLength) throw new Error('the search frame is cut short');
  const skeleton = deserialize(bytes.subarray(4, at)) as unknown;
  at += (4 - (at % 4)) % 4;
  const lengths = markerLengths(skeleton);
  const arrays = lengths.map((length) => {
    const byteLength = length * 4;
    if (at + byteLength > bytes.byteLength) throw new Error('the search frame is cut short');
    const offset = bytes.byteOffset + at;
    at += byteLength;
    return offset % 4 === 0
      ? new Int32Array(bytes.buffer, offset, length)
      : new Int32Array(bytes.buffer.slice(offset, offset + byteLength));
  });
  if (at !== bytes.byteLength) throw new Error('the search frame has bytes its arrays do not account for');
  return withArrays(skeleton, arrays);
}

/** Plain objects and arrays copied with markers for their Int32Arrays (which are collected in order). */
function withMarkers(value: unknown, arrays: Array<Int32Array | Int32Pieces>): unknown {
  if (value instanceof Int32Array || value instanceof Int32Pieces) {
    arrays.push(value);
    return { [MARKER]: arrays.length - 1, length: value.length };
  }
  if (Array.isArray(value)) return value.map((item: unknown) => withMarkers(item, arrays));
  if (isPlainObject(value))
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, withMarkers(item, arrays)]));
  return value;
}

/** The arrays' lengths in marker order (each marker carries its array's length). */
function markerLengths(skeleton: unknown): number[] {
  const lengths: number[] = [];
  const visit = (value: unknown): void => {
    if (isMarker(value)) lengths[value[MARKER]] = (value as unknown as { length: number }).length;
    else if (Array.isArray(value)) value.forEach(visit);
    else if (isPlainObject(value)) Object.values(value).forEach(visit);
  };
  visit(skeleton);
  return lengths;
}

function withArrays(value: unknown, arrays: readonly Int32Array[]): unknown {
  if (isMarker(value)) return arrays[value[MARKER]];
  if (Array.isArray(value)) return value.map((item: unknown) => withArrays(item, arrays));
  if (isPlainObject(value))
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, withArrays(item, arrays)]));
  return value;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const prototype = Object.getPrototypeOf(value) as unknown;
  return prototype === Object.prototype || prototype === null;
}

function isMarker(value: unknown): value is Marker {
  return isPlainObject(value) && typeof value[MARKER] === 'number';
}
