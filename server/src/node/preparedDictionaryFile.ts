// jieba's main dictionary as DictionarySegmenter reads it, kept on disk next to the trimmed dictionary:
// a CLI run loads it in a few milliseconds instead of parsing and sorting 80,000 lines (≈70 ms, a
// quarter of a one-draft `check`). Written once per machine; a damaged or foreign file is rebuilt.
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import type { PreparedDictionary } from '../service/text/dictionarySegmenter.js';

// "PLD2" u32(words) f64(total) f64(minWeight) f64(medianWeight) u32(bucket numbers) u32(0)
//   f64(weight)*words u32(bucket number)* utf8(words joined by line feeds)
const MAGIC = 'PLD2';
const HEADER_BYTES = 40;

export function encodePreparedDictionary(prepared: PreparedDictionary): Buffer {
  const words = Buffer.from(prepared.words, 'utf8');
  const count = prepared.weights.length;
  const buckets = prepared.buckets;
  const bucketsAt = HEADER_BYTES + count * 8;
  const wordsAt = bucketsAt + buckets.length * 4;
  const out = Buffer.alloc(wordsAt + words.length);
  out.write(MAGIC, 0, 'latin1');
  out.writeUInt32LE(count, 4);
  out.writeDoubleLE(prepared.total, 8);
  out.writeDoubleLE(prepared.minWeight, 16);
  out.writeDoubleLE(prepared.medianWeight, 24);
  out.writeUInt32LE(buckets.length, 32);
  Buffer.from(prepared.weights.buffer, prepared.weights.byteOffset, count * 8).copy(out, HEADER_BYTES);
  Buffer.from(buckets.buffer, buckets.byteOffset, buckets.length * 4).copy(out, bucketsAt);
  words.copy(out, wordsAt);
  return out;
}

/** The prepared dictionary a buffer holds; undefined when it is not one (another format, cut short). */
export function decodePreparedDictionary(data: Buffer): PreparedDictionary | undefined {
  if (data.length < HEADER_BYTES || data.toString('latin1', 0, 4) !== MAGIC) return undefined;
  const count = data.readUInt32LE(4);
  const bucketNumbers = data.readUInt32LE(32);
  const bucketsAt = HEADER_BYTES + count * 8;
  const wordsAt = bucketsAt + bucketNumbers * 4;
  if (count === 0 || data.length <= wordsAt) return undefined;
  // Copied out: the file's buffer need not be aligned for typed array views.
  const weights = new Float64Array(count);
  Buffer.from(weights.buffer).set(data.subarray(HEADER_BYTES, bucketsAt));
  const buckets = new Uint32Array(bucketNumbers);
  Buffer.from(buckets.buffer).set(data.subarray(bucketsAt, wordsAt));
  const words = data.toString('utf8', wordsAt);
  let lines = 1;
  for (let at = words.indexOf('\n'); at >= 0; at = words.indexOf('\n', at + 1)) lines++;
  if (lines !== count) return undefined;
  return {
    words,
    weights,
    total: data.readDoubleLE(8),
    minWeight: data.readDoubleLE(16),
    medianWeight: data.readDoubleLE(24),
    buckets,
  };
}

/** The prepared dictionary kept at `path`, or undefined when there is none or it does not read. */
export function readPreparedDictionary(path: string): PreparedDictionary | undefined {
  try {
    return decodePreparedDictionary(readFileSync(path));
  } catch {
    return undefined;
  }
}

/** Keeps it for the next run; another process may write the same file at once (each renames its own). */
export function writePreparedDictionary(path: string, prepared: PreparedDictionary): void {
  try {
    const temporary = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}`;
    writeFileSync(temporary, encodePreparedDictionary(prepared));
    renameSync(temporary, path);
  } catch {
    // A read-only temp folder: the next run prepares it again, as this one did.
  }
}
