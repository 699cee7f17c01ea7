import type { CorpusProblem, DocumentMeta } from '../model.js';
import { parseDocument } from '../parse/parseDocument.js';
import type { CancellationToken } from '../cancellation.js';
import { decodeCorpusFile, DEFAULT_MAX_FILE_BYTES } from './decode.js';
import { parseFrontMatter } from './metadata.js';

export interface CorpusFile {
  readonly uri: string;
  readonly content: Uint8Array | string;
}

export type StructuredDocument = ReturnType<typeof parseDocument>;

export interface DuplicateDocument {
  readonly docNumber: string;
  readonly kept: string;
  readonly dropped: string;
  readonly reason: string;
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
export function loadCorpus(files: readonly CorpusFile[], options: { maxFileBytes?: number; token?: CancellationToken } = {}): LoadedCorpus {
  const problems: CorpusProblem[] = [];
  const documents: StructuredDocument[] = [];
  for (const file of files) {
    if (options.token?.isCancellationRequested) break;
    const document = loadOne(file, options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES, problems);
    if (document) documents.push(document);
  }
  const { kept, duplicates } = dropDuplicates(documents);
  for (const duplicate of duplicates) {
    const dropped = documents.find((d) => d.meta.id === duplicate.dropped);
    problems.push({
      uri: dropped?.uri ?? duplicate.dropped,
      severity: 'warning',
      message: `与 ${duplicate.kept} 是同一文件（文号 ${duplicate.docNumber}），${duplicate.reason}，本文件不再索引 / same document as ${duplicate.kept}; not indexed twice`,
      field: 'docNumber',
    });
  }
  return { documents: kept, problems, duplicates };
}

function loadOne(file: CorpusFile, maxBytes: number, problems: CorpusProblem[]): StructuredDocument | undefined {
  const name = fileName(file.uri);
  const fail = (message: string, field?: string, line?: number) => {
    problems.push({ uri: file.uri, severity: 'error', message: `${name}: ${message}`, field, range: line === undefined ? undefined : { start: { line, character: 0 }, end: { line, character: 0 } } });
    return undefined;
  };
  if (/\.txt$/i.test(name)) {
    return fail('原始文本不能直接作为语料，请先运行 `policy-lens corpus import` 转换 / raw text: run `policy-lens corpus import` first');
  }
  const decoded = decodeCorpusFile(file.content, maxBytes);
  if (!decoded.ok) return fail(decoded.message);
  if (!decoded.text.trim()) return fail('文件为空 / empty file');
  const header = parseFrontMatter(decoded.text);
  if (!header.ok) return fail(header.message, header.field, header.line);
  try {
    return parseDocument({ uri: file.uri, text: decoded.text, meta: header.meta, bodyStartLine: header.bodyStartLine });
  } catch (error) {
    // The parser is meant to accept any text; if it does not, the file is reported, not the server.
    return fail(`解析失败 / could not be parsed: ${error instanceof Error ? error.message : String(error)}`);
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
    duplicates.push({ docNumber: number, kept: keep.meta.id, dropped: drop.meta.id, reason });
  }
  return { kept: documents.filter((d) => !dropped.has(d)), duplicates };
}

function isMoreComplete(a: DocumentMeta, aText: string, b: DocumentMeta, bText: string): boolean {
  if (Boolean(a.truncated) !== Boolean(b.truncated)) return !a.truncated;
  return aText.length > bText.length;
}
