// The layout of a stored index: a v8-serialized head with everything that refers to everything else
// (names, documents without their text, derived values), then each document's text and each name's
// mentions in frames of their own.
//
// Why frames: serializing a 1,000-document index as one value held the whole file in memory twice over
// (the serializer's buffer, and each name's mentions already serialized apart), with an identity map of
// every object: 250 MB above the index itself, the highest point of the server's memory. Written frame by
// frame, only the head is ever whole in memory. The head keeps what must stay one object graph: a name
// in `names`, in a name history and as a mention's key is one object after a restore as before.
//
//   file  = "PLIX" u32(format) frame(head) frame(text)* frame(mentions)* frame(search)?
//   frame = u32(byte length) bytes
import { closeSync, openSync, writeSync } from 'node:fs';
import { deserialize, serialize } from 'node:v8';
import type { IndexSnapshot } from '../service/index/corpusIndex.js';
import type { StoredClauseSearch } from '../service/index/clauseSearch.js';
import type { KnownName, Mention } from '../service/model.js';

const MAGIC = 'PLIX';
/** Chinese text takes two bytes a character in UTF-16 (three in UTF-8), and reads back without decoding. */
const TEXT_ENCODING = 'utf16le';

interface Head extends Omit<IndexSnapshot, 'documents' | 'mentions' | 'search'> {
  readonly documents: ReadonlyArray<Omit<IndexSnapshot['documents'][number], 'text'>>;
  /** Whose mentions the mention frames hold, in their order. */
  readonly mentionNames: readonly KnownName[];
  /** Whether a last frame holds the clause search index (it refers to nothing else: read when asked). */
  readonly hasSearch: boolean;
}

/** Writes the snapshot to a new file at `path` (the caller renames it into place). */
export function writeIndexFile(path: string, format: number, snapshot: IndexSnapshot): void {
  const fd = openSync(path, 'w');
  try {
    const start = Buffer.alloc(8);
    start.write(MAGIC, 0, 'latin1');
    start.writeUInt32LE(format, 4);
    writeSync(fd, start);
    const { documents, mentions: mentionLists, search, ...rest } = snapshot;
    const head: Head = {
      ...rest,
      documents: documents.map(({ text: _text, ...document }) => document),
      mentionNames: mentionLists.map(([name]) => name),
      hasSearch: search !== undefined,
    };
    writeFrame(fd, serialize(head));
    for (const document of documents) writeFrame(fd, Buffer.from(document.text, TEXT_ENCODING));
    for (const [, mentions] of mentionLists)
      writeFrame(fd, serialize(typeof mentions === 'function' ? mentions() : mentions));
    if (search) writeFrame(fd, serialize(typeof search === 'function' ? search() : search));
  } finally {
    closeSync(fd);
  }
}

/**
 * The snapshot a file holds; each name's mentions are read when the index first asks for them. Throws
 * when the file is not one of this format or is cut short.
 */
export function readIndexFile(bytes: Buffer, format: number): IndexSnapshot {
  if (bytes.length < 8 || bytes.toString('latin1', 0, 4) !== MAGIC || bytes.readUInt32LE(4) !== format)
    throw new Error(`not an index of format ${format}`);
  const frames = framesOf(bytes, 8);
  const head = deserialize(frames.next()) as Head;
  const documents = head.documents.map((document) => ({ ...document, text: frames.next().toString(TEXT_ENCODING) }));
  // A copy: a view would keep the whole file in memory for as long as one name's mentions are unread.
  const mentions = head.mentionNames.map(
    (name) => [name, readLater<Mention[]>(Uint8Array.prototype.slice.call(frames.next()))] as const,
  );
  const search = head.hasSearch
    ? readLater<StoredClauseSearch>(Uint8Array.prototype.slice.call(frames.next()))
    : undefined;
  if (!frames.atEnd()) throw new Error('more frames than the head names');
  const { mentionNames: _names, hasSearch: _hasSearch, ...rest } = head;
  return { ...rest, documents, mentions, ...(search && { search }) };
}

/**
 * Reads the bytes when called. Made out here: a function made inside readIndexFile would keep its scope,
 * and with it the whole file, alive.
 */
function readLater<T>(bytes: Uint8Array): () => T {
  return () => deserialize(bytes) as T;
}

function writeFrame(fd: number, bytes: Uint8Array): void {
  const length = Buffer.alloc(4);
  length.writeUInt32LE(bytes.length);
  writeSync(fd, length);
  for (let written = 0; written < bytes.length;) written += writeSync(fd, bytes, written, bytes.length - written);
}

function framesOf(bytes: Buffer, from: number): { next(): Buffer; atEnd(): boolean } {
  let at = from;
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
