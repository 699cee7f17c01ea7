import { runSteps } from '../steps.js';
import type { Locale } from '../l10n.js';
import { CORPUS_FILE_MESSAGES as M } from '../messages/corpusFiles.js';
import { say } from '../messages/entry.js';
import type { CorpusProblem, DocumentMeta } from '../model.js';
import { parseDocument } from '../parse/parseDocument.js';
import type { CancellationToken } from '../cancellation.js';
import { decodeCorpusFile, DEFAULT_MAX_FILE_BYTES } from './decode.js';
import { parseFrontMatter } from './metadata.js';

export interface CorpusFile {
  readonly uri: string;
  /**
   * The file's bytes (or an open editor's text). A file on disk reads them when first asked: a corpus
   * restored from a stored index whose files are unchanged by their stamps is never read. Asking may
   * then throw (the file went or became unreadable since it was listed).
   */
  readonly content: Uint8Array | string;
  /** Its size and modification time when listed, for a file on disk. */
  readonly stamp?: { readonly size: number; readonly mtimeMs: number };
  /**
   * Its bytes are not needed any more: the index is built from them (and holds the text it needs). A
   * file on disk lets go of what it read: kept, a 1,000-document corpus's bytes were 50 MB held for
   * the index's life. (Asked again, it reads the file again.)
   */
  release?(): void;
}

export type StructuredDocument = ReturnType<typeof parseDocument>;

export interface DuplicateDocument {
  readonly docNumber: string;
  readonly kept: string;
  readonly dropped: string;
  readonly reason: string;
  /** The dropped copy says so itself (duplicateOf): recognised when the corpus was built. */
  readonly known?: boolean;
}

export interface LoadedCorpus {
  readonly documents: StructuredDocument[];
  readonly problems: CorpusProblem[];
  readonly duplicates: DuplicateDocument[];
}

const fileName = (uri: string) => decodeURIComponent(uri.slice(uri.lastIndexOf('/') + 1));

/**
 * Decodes, validates and parses corpus files. A bad file becomes a problem naming the file (and the
 * field); it never stops the rest of the corpus from loading.
 */
export function loadCorpus(files: readonly CorpusFile[], options: LoadOptions = {}): LoadedCorpus {
  return runSteps(loadCorpusSteps(files, options));
}

export interface LoadOptions {
  readonly maxFileBytes?: number;
  readonly token?: CancellationToken;
  readonly locale?: Locale;
}

/** loadCorpus, yielding after each file (a file's parse is the unit of work the server pauses between). */
export function* loadCorpusSteps(files: readonly CorpusFile[], options: LoadOptions = {}): Generator<void, LoadedCorpus> {
  const locale = options.locale ?? 'zh';
  const problems: CorpusProblem[] = [];
  const documents: StructuredDocument[] = [];
  const byId = new Map<string, StructuredDocument>();
  for (const file of files) {
    if (options.token?.isCancellationRequested) break;
    const document = loadOne(file, options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES, problems, locale);
    // One id, one document: a second file with it (a user's copy of a bundled document, a pasted header)
    // would make related sources point at one file and quote another. The first loaded keeps it.
    const owner = document && byId.get(document.meta.id);
    if (document && owner) {
      problems.push({
        uri: file.uri,
        severity: 'error',
        message: `${fileName(file.uri)}: ${say(locale, M.duplicateId, { id: document.meta.id, file: fileName(owner.uri) })}`,
        field: 'id',
      });
    } else if (document) {
      byId.set(document.meta.id, document);
      documents.push(document);
    }
    yield;
  }
  const { kept, duplicates } = dropDuplicates(documents);
  for (const duplicate of duplicates) {
    // A copy the corpus's build already recognised (duplicateOf) is no problem of the user's.
    if (duplicate.known) continue;
    const dropped = documents.find((d) => d.meta.id === duplicate.dropped);
    problems.push({
      uri: dropped?.uri ?? duplicate.dropped,
      severity: 'warning',
      message: say(locale, M.duplicate, duplicate),
      field: 'docNumber',
    });
  }
  return { documents: kept, problems, duplicates };
}

function loadOne(
  file: CorpusFile,
  maxBytes: number,
  problems: CorpusProblem[],
  locale: Locale,
): StructuredDocument | undefined {
  const name = fileName(file.uri);
  const fail = (message: string, field?: string, line?: number) => {
    problems.push({ uri: file.uri, severity: 'error', message: `${name}: ${message}`, field, range: line === undefined ? undefined : { start: { line, character: 0 }, end: { line, character: 0 } } });
    return undefined;
  };
  if (/\.txt$/i.test(name)) {
    return fail(say(locale, M.rawText, {}));
  }
  let content: Uint8Array | string;
  try {
    content = file.content;
  } catch (error) {
    return fail(say(locale, M.cannotRead, { error: error instanceof Error ? error.message : String(error) }));
  }
  // Every step of one file is isolated: whatever throws is that file's error, and the rest loads.
  try {
    const decoded = decodeCorpusFile(content, maxBytes, locale);
    if (!decoded.ok) return fail(decoded.message);
    if (!decoded.text.trim()) return fail(say(locale, M.empty, {}));
    // Old Mac line ends (CR alone) read as line ends, one character for one: every offset stays the file's.
    const text = decoded.text.replace(/\r(?!\n)/g, '\n');
    const header = parseFrontMatter(text, locale);
    if (!header.ok) return fail(header.message, header.field, header.line);
    return parseDocument({ uri: file.uri, text, meta: header.meta, bodyStartLine: header.bodyStartLine });
  } catch (error) {
    // The parser is meant to accept any text; if it does not, the file is reported, not the server.
    return fail(say(locale, M.unparsable, { error: error instanceof Error ? error.message : String(error) }));
  }
}

/** Two files with one 文号 are one document: keep the complete copy (not truncated, then longer). */
function dropDuplicates(documents: StructuredDocument[]): { kept: StructuredDocument[]; duplicates: DuplicateDocument[] } {
  const byNumber = new Map<string, StructuredDocument>();
  const duplicates: DuplicateDocument[] = [];
  const dropped = new Set<StructuredDocument>();
  for (const document of documents) {
    const number = document.meta.docNumber;
    if (!number) continue;
    const previous = byNumber.get(number);
    if (!previous) {
      byNumber.set(number, document);
      continue;
    }
    const [keep, drop] = isMoreComplete(document.meta, document.text, previous.meta, previous.text) ? [document, previous] : [previous, document];
    byNumber.set(number, keep);
    dropped.add(drop);
    const reason = drop.meta.truncated ? '该副本不完整（预览截断）' : '该副本较短';
    const known = drop.meta.duplicateOf === keep.meta.id;
    duplicates.push({ docNumber: number, kept: keep.meta.id, dropped: drop.meta.id, reason, ...(known ? { known } : {}) });
  }
  return { kept: documents.filter((d) => !dropped.has(d)), duplicates };
}

export function isMoreComplete(a: DocumentMeta, aText: string, b: DocumentMeta, bText: string): boolean {
  if (Boolean(a.truncated) !== Boolean(b.truncated)) return !a.truncated;
  return aText.length > bText.length;
}
