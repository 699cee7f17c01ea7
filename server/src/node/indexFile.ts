// The layout of a stored index: a v8-serialized head with everything that refers to everything else
// (names, derived values), then each document and its text, and each name's mentions, in frames of their
// own.
//
// Why frames: serializing a 1,000-document index as one value held the whole file in memory twice over
// (the serializer's buffer, and each name's mentions already serialized apart), with an identity map of
// every object: 250 MB above the index itself, the highest point of the server's memory. Written frame by
// frame, only the head is ever whole in memory. The head keeps what must stay one object graph: a name
// in `names`, in a name history and as a mention's key is one object after a restore as before.
//
// A document (its metadata, figures, indicators, tables …) refers to nothing else — it names other things
// by their ids — so it is a frame of JSON of its own: in the head it was three quarters of the head's 21 MB
// for 1,000 documents, serialized with an identity map of its every object, and the head is serialized
// again when the index is stored a second time with its search index (the server's peak of memory).
//
// The clause search index comes first, in a frame of its own (empty when there is none): it refers to
// nothing else, so a restore skips its bytes and reads them from the file only when the search is first
// needed. Its postings are written and read as the bytes they are (typedArrayFrame.ts). Each name's
// mentions are a frame of their own strings and numbers (mentionFrames.ts), read from the file in one piece
// apart from the head and the texts, whose buffers go once decoded, and decoded when the name is asked.
//
//   file  = "PLIX" u32(format) frame(search) frame(head) (frame(document) frame(text))* frame(mentions)*
//   frame = u32(byte length) bytes
import { closeSync, fstatSync, openSync, readSync, writeSync } from 'node:fs';
import { deserialize, serialize } from 'node:v8';
import type { IndexSnapshot } from '../service/index/corpusIndex.js';
import type { StoredClauseSearch } from '../service/index/clauseSearch.js';
import type { KnownName, Mention } from '../service/model.js';
import { decodeMentions, encodeMentions } from './mentionFrames.js';
import { frameLength, readTypedArrayFrame, typedArrayFrame, writePieces, type FramePieces } from './typedArrayFrame.js';

const MAGIC = 'PLIX';
/** Chinese text takes two bytes a character in UTF-16 (three in UTF-8), and reads back without decoding. */
const TEXT_ENCODING = 'utf16le';

interface Head extends Omit<IndexSnapshot, 'documents' | 'mentions' | 'search'> {
  /** How many documents follow the head, each as two frames: its JSON without its text, then its text. */
  readonly documentCount: number;
  /** Whose mentions the mention frames hold, in their order. */
  readonly mentionNames: readonly KnownName[];
  /** How many mentions each frame holds (asked before the frame is read). */
  readonly mentionCounts: readonly number[];
}

/** The search frame of an index stored without a search index. */
const NO_FRAME: FramePieces = { byteLength: 0, [Symbol.iterator]: () => [][Symbol.iterator]() };

/** Where the search frame's bytes start: after the magic, the format and the frame's length. */
const SEARCH_AT = 12;

/** Writes the snapshot to a new file at `path` (the caller renames it into place). */
export function writeIndexFile(path: string, format: number, snapshot: IndexSnapshot): void {
  const fd = openSync(path, 'w');
  try {
    const start = Buffer.alloc(8);
    start.write(MAGIC, 0, 'latin1');
    start.writeUInt32LE(format, 4);
    writeSync(fd, start);
    const { documents, mentions: mentionLists, search, ...rest } = snapshot;
    const searchFrame = search ? typedArrayFrame(typeof search === 'function' ? search() : search) : NO_FRAME;
    writeLength(fd, frameLength(searchFrame));
    writePieces(fd, searchFrame);
    const head: Head = {
      ...rest,
      documentCount: documents.length,
      mentionNames: mentionLists.map(([name]) => name),
      mentionCounts: mentionLists.map(([, , count]) => count),
    };
    writeFrame(fd, serialize(head));
    // Each document, text and name's mentions through one buffer, grown as needed: a buffer per text was
    // 100 MB of memory outside the heap for 1,000 documents, let go only when a collection came.
    let scratch = Buffer.allocUnsafe(0);
    const write = (text: string, encoding: 'utf8' | typeof TEXT_ENCODING) => {
      const bytes = encoding === 'utf8' ? Buffer.byteLength(text, 'utf8') : text.length * 2;
      if (scratch.length < bytes) scratch = Buffer.allocUnsafe(Math.max(bytes, scratch.length * 2));
      scratch.write(text, 0, encoding);
      writeFrame(fd, scratch.subarray(0, bytes));
    };
    for (const { text, ...document } of documents) {
      write(JSON.stringify(document), 'utf8');
      write(text, TEXT_ENCODING);
    }
    for (const [, mentions] of mentionLists)
      write(encodeMentions(typeof mentions === 'function' ? mentions() : mentions), 'utf8');
  } finally {
    closeSync(fd);
  }
}

/**
 * The snapshot the file at `path` holds; each name's mentions, and the search index, are read when the
 * index first asks for them. Throws when the file is not one of this format or is cut short.
 */
export function readIndexFile(path: string, format: number): IndexSnapshot {
  const fd = openSync(path, 'r');
  let head: Head;
  let searchLength: number;
  let documents: IndexSnapshot['documents'];
  let part: ReturnType<typeof framesOf>;
  try {
    const size = fstatSync(fd).size;
    const start = readAt(fd, 0, Math.min(size, SEARCH_AT));
    if (start.length < SEARCH_AT || start.toString('latin1', 0, 4) !== MAGIC || start.readUInt32LE(4) !== format)
      throw new Error(`not an index of format ${format}`);
    searchLength = start.readUInt32LE(8);
    // Each part is read from the file into a buffer of its own: the head and each text are let go once
    // decoded, and the mentions stay in one piece without a copy out of a buffer of the whole file.
    const file = { fd, size, at: SEARCH_AT + searchLength };
    head = deserialize(readFrame(file)) as Head;
    documents = Array.from({ length: head.documentCount }, () => {
      const document = JSON.parse(readFrame(file).toString('utf8')) as Omit<IndexSnapshot['documents'][number], 'text'>;
      return { ...document, text: readFrame(file).toString(TEXT_ENCODING) };
    });
    part = framesOf(readAt(fd, file.at, size - file.at));
  } finally {
    closeSync(fd);
  }
  const mentions = head.mentionNames.map(
    (name, at) => [name, mentionsLater(part.next()), head.mentionCounts[at]] as const,
  );
  if (!part.atEnd()) throw new Error('more frames than the head names');
  const { mentionNames: _names, mentionCounts: _counts, documentCount: _count, ...rest } = head;
  return {
    ...rest,
    documents,
    mentions,
    ...(searchLength > 0 && { search: readSearchLater(path, searchLength) }),
  };
}

/** The frame at `file.at`, read from the file; `file.at` moves past it. */
function readFrame(file: { fd: number; size: number; at: number }): Buffer {
  if (file.at + 4 > file.size) throw new Error('the file ends before its last frame');
  const length = readAt(file.fd, file.at, 4).readUInt32LE(0);
  if (file.at + 4 + length > file.size) throw new Error('the file ends inside a frame');
  const bytes = readAt(file.fd, file.at + 4, length);
  file.at += 4 + length;
  return bytes;
}

/**
 * The search frame, read from the file when called. The file may be gone by then (another window pruned
 * it): the caller builds the search index instead.
 */
function readSearchLater(path: string, length: number): () => StoredClauseSearch {
  return () => {
    const fd = openSync(path, 'r');
    try {
      // Rewritten since the restore (the same corpus stored again), the frame may be another's.
      if (readAt(fd, 8, 4).readUInt32LE(0) !== length) throw new Error('the stored search index changed');
      return readTypedArrayFrame(readAt(fd, SEARCH_AT, length)) as StoredClauseSearch;
    } finally {
      closeSync(fd);
    }
  };
}

function readAt(fd: number, position: number, length: number): Buffer {
  const bytes = Buffer.allocUnsafe(length);
  for (let read = 0; read < length;) {
    const got = readSync(fd, bytes, read, length - read, position + read);
    if (got === 0) throw new Error('the file ends before its last frame');
    read += got;
  }
  return bytes;
}

/**
 * Reads the bytes when called. Made out here: a function made inside readIndexFile would keep its scope,
 * and with it the whole file, alive.
 */
function mentionsLater(bytes: Buffer): () => Mention[] {
  return () => decodeMentions(bytes.toString('utf8'));
}

function writeFrame(fd: number, bytes: Uint8Array): void {
  writeLength(fd, bytes.length);
  writePieces(fd, [bytes]);
}

function writeLength(fd: number, length: number): void {
  const bytes = Buffer.alloc(4);
  bytes.writeUInt32LE(length);
  writeSync(fd, bytes);
}

function framesOf(bytes: Buffer): { next(): Buffer; atEnd(): boolean } {
  let at = 0;
  return {
    next() {
      if (at + 4 > bytes.length) throw new Error('the file ends before its last frame');
      const length = bytes.readUInt32LE(at);
      if (at + 4 + length > bytes.length) throw new Error('the file ends inside a frame');
      const frame = bytes.subarray(at + 4, at + 4 + length);
      at += 4 + length;
      return frame;
    },
    atEnd: () => at === bytes.length,
  };
}
