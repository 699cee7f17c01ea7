// Each corpus file's content hash, remembered by its stamp (size and modification time) in the index
// cache's folder, as ESLint's cache remembers its files: a stored index is found again without reading
// the corpus. At a restart over 1,000 documents, reading and hashing 50 MB was about 0.15 s of the one
// second before the first answer. A file whose stamp changed is read and hashed again; so is one that
// the remembered hashes do not know. (A file edited twice within its clock's resolution and left the
// same size would be taken for unchanged: the cost every stamp cache accepts.)
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { CorpusFile } from '../service/corpus/loadCorpus.js';

const FORMAT = 1;
/** Files remembered at most: past it, the memory starts afresh (one re-read each, no error). */
const MAX_FILES = 100_000;

type Remembered = [size: number, mtimeMs: number, hash: string];

/** The hash of a content, as stored indexes are named by it. */
function contentHash(content: Uint8Array | string): string {
  return createHash('sha256').update(content).digest('hex');
}

export class FileHashes {
  private files: Map<string, Remembered> | undefined;
  private changed = false;

  /** `path`: where the hashes are kept; undefined: remembered in this process only. */
  constructor(private readonly path: string | undefined) {}

  /**
   * The file's content hash: the remembered one if its stamp is the one remembered, else read now. A
   * file that cannot be read is named by the error: the index built then reports it, and a stored index
   * that reported the same is found again.
   */
  of(file: CorpusFile): string {
    const files = this.load();
    const known = files.get(file.uri);
    const stamp = file.stamp;
    if (known && stamp && known[0] === stamp.size && known[1] === stamp.mtimeMs) return known[2];
    let hash: string;
    try {
      hash = contentHash(file.content);
    } catch (error) {
      return `unreadable:${(error as NodeJS.ErrnoException).code ?? String(error)}`;
    }
    if (stamp) {
      if (files.size >= MAX_FILES) files.clear();
      files.set(file.uri, [stamp.size, stamp.mtimeMs, hash]);
      this.changed = true;
    }
    return hash;
  }

  /** Keeps the hashes learned since the last save (whole, then renamed). Never throws: it is a cache. */
  save(): void {
    if (!this.changed || !this.path || !this.files) return;
    this.changed = false;
    try {
      mkdirSync(dirname(this.path), { recursive: true });
      const temporary = `${this.path}.${process.pid}.tmp`;
      writeFileSync(temporary, JSON.stringify({ format: FORMAT, files: Object.fromEntries(this.files) }));
      renameSync(temporary, this.path);
    } catch {
      // A read-only folder: the next run reads the corpus to hash it, as this one did.
    }
  }

  private load(): Map<string, Remembered> {
    if (this.files) return this.files;
    this.files = new Map();
    if (!this.path) return this.files;
    try {
      const stored = JSON.parse(readFileSync(this.path, 'utf8')) as { format?: unknown; files?: unknown };
      if (stored.format !== FORMAT || typeof stored.files !== 'object' || stored.files === null) return this.files;
      for (const [uri, entry] of Object.entries(stored.files as Record<string, unknown>))
        if (isRemembered(entry)) this.files.set(uri, entry);
    } catch {
      // None yet, or damaged: every file is read and hashed, and the memory written afresh.
    }
    return this.files;
  }
}

function isRemembered(entry: unknown): entry is Remembered {
  return (
    Array.isArray(entry) &&
    entry.length === 3 &&
    typeof entry[0] === 'number' &&
    typeof entry[1] === 'number' &&
    typeof entry[2] === 'string' &&
    /^[0-9a-f]{64}$/.test(entry[2])
  );
}
