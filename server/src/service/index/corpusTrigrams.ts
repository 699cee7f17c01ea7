// Which three-character sequences the corpus writes, as a Bloom filter: a text with a sequence the
// corpus never writes is not written in the corpus either, and is known so without searching it.
// isAttested asks it before reading the corpus through, document by document — a read that costs
// the corpus's size for every new text (400 ms of the first check of a 100 KB draft over 1,000
// documents). A sequence the filter wrongly holds costs that read, never a wrong answer. Built by the
// warm-up in steps (350 ms over 1,000 documents) and stored with the index.
import { runSteps } from '../steps.js';
import type { CorpusIndex } from './corpusIndex.js';
import type { DerivedKey } from './derivedCache.js';

/** The filter as plain data: stored with the index (v8 serializes the typed array as bytes). */
export interface TrigramFilter {
  readonly bits: Uint32Array;
  /** The bit count less one (a power of two less one). */
  readonly mask: number;
}

// About one bit per UTF-16 unit of the corpus: a corpus writes far fewer distinct sequences than it
// has positions, so few bits are wrongly set. Between 8 KB and 16 MB (a 500 MB corpus).
const MIN_BITS = 1 << 16;
const MAX_BITS = 1 << 27;

export const CORPUS_TRIGRAMS: DerivedKey<TrigramFilter> = {
  name: 'corpus trigrams',
  persist: true,
  build: (index) => runSteps(trigramSteps(index)),
  buildSteps: trigramSteps,
};

/** Documents read per step: twenty of 50 KB take about 7 ms. */
const DOCUMENTS_PER_STEP = 20;

function* trigramSteps(index: CorpusIndex): Generator<void, TrigramFilter> {
  let units = 0;
  for (const doc of index.documents) units += doc.text.length;
  let size = MIN_BITS;
  while (size < units && size < MAX_BITS) size *= 2;
  const filter = { bits: new Uint32Array(size / 32), mask: size - 1 };
  for (let i = 0; i < index.documents.length; i++) {
    addText(filter, index.documents[i].text);
    if (i % DOCUMENTS_PER_STEP === DOCUMENTS_PER_STEP - 1) yield;
  }
  return filter;
}

function addText(filter: TrigramFilter, text: string): void {
  const { bits, mask } = filter;
  let a = text.charCodeAt(0);
  let b = text.charCodeAt(1);
  for (let i = 2; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const hash = trigramHash(a, b, c);
    a = b;
    b = c;
    const first = hash & mask;
    const second = secondHash(hash) & mask;
    bits[first >>> 5] |= 1 << (first & 31);
    bits[second >>> 5] |= 1 << (second & 31);
  }
}

/**
 * False when the text holds a three-unit sequence the corpus never writes: then the corpus does not
 * write the text. True means only that it may (and for texts of fewer than three units).
 */
export function mayBeWritten(filter: TrigramFilter, text: string): boolean {
  const { bits, mask } = filter;
  for (let i = 0; i + 2 < text.length; i++) {
    const hash = trigramHash(text.charCodeAt(i), text.charCodeAt(i + 1), text.charCodeAt(i + 2));
    const first = hash & mask;
    const second = secondHash(hash) & mask;
    if ((bits[first >>> 5] & (1 << (first & 31))) === 0 || (bits[second >>> 5] & (1 << (second & 31))) === 0)
      return false;
  }
  return true;
}

/** Three code units mixed into 32 bits (multiply and shift, as murmur's finalizer does). */
function trigramHash(a: number, b: number, c: number): number {
  let h = Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca77) ^ Math.imul(c, 0xc2b2ae3d);
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  h ^= h >>> 12;
  return h >>> 0;
}

/** A second position from the first hash, independent enough for a two-probe filter. */
function secondHash(hash: number): number {
  let h = Math.imul(hash ^ (hash >>> 16), 0x297a2d39);
  h ^= h >>> 15;
  return h >>> 0;
}
