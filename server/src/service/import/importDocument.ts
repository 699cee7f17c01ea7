import { formatJurisdiction, jurisdictionNamed } from '../language/jurisdiction.js';
import { documentMetaSchema, formatFrontMatter } from '../corpus/metadata.js';
import type { Locale } from '../l10n.js';
import { importWarning } from '../messages/import.js';
import type { DocumentMeta } from '../model.js';
import { guessMetadata, missingFieldWarnings } from './guessMetadata.js';
import { normalizeSource } from './normalizeSource.js';

export interface ImportedDocument {
  /** The normalized corpus document: metadata header, then the body. */
  readonly markdown: string;
  readonly meta: DocumentMeta;
  /** What the importer could not determine or had to change, in the locale's language. */
  readonly warnings: string[];
}

/**
 * Turns a raw policy text (web scrape, PDF text, Markdown export) into a normalized corpus document.
 * Nothing of the document's own text is rewritten: the importer only leaves out what is not part of
 * it (portal chrome, table of contents, page numbers, advertisements), closes page breaks and line
 * wraps, and writes footnotes and tables as Markdown. Metadata comes from the text; `supplied`
 * fields win over guesses and are listed in `meta.supplied`, so a reader can tell them apart.
 */
export function importDocument(
  raw: string,
  sourceFileName: string,
  supplied: Partial<DocumentMeta> = {},
  locale: Locale = 'zh',
): ImportedDocument {
  const normalized = normalizeSource(raw);
  const guess = guessMetadata(normalized);
  const suppliedFields = Object.keys(supplied).filter(
    (key) => key !== 'supplied' && (supplied as Record<string, unknown>)[key] !== undefined,
  );
  const meta = withoutUndefined({
    id: fileStem(sourceFileName),
    title: guess.title ?? '',
    docNumber: guess.docNumber,
    issuer: guess.issuer,
    date: guess.date ?? '',
    kind: guess.kind ?? '其他',
    source: sourceFileName,
    period: guess.period,
    // Written only where the issuer does not already say it (the loader reads it from the issuer).
    jurisdiction:
      guess.jurisdiction && !issuerTells(supplied.issuer ?? guess.issuer, guess.jurisdiction)
        ? guess.jurisdiction
        : undefined,
    truncated: normalized.truncated || undefined,
    ...withoutUndefined({ ...supplied, supplied: undefined }),
    supplied: suppliedFields.length > 0 ? inSchemaOrder(suppliedFields) : undefined,
  }) as DocumentMeta;
  const warnings = [...normalized.warnings, ...missingFieldWarnings(guess, supplied)].map((w) =>
    importWarning(locale, w),
  );
  return { markdown: `${formatFrontMatter(meta)}\n${normalized.body}`, meta, warnings };
}

/** Whether the issuer names the jurisdiction itself (江苏省人民政府办公厅 -> 江苏省). */
function issuerTells(issuer: string | undefined, jurisdiction: string): boolean {
  if (!issuer) return false;
  const named = jurisdictionNamed(issuer);
  return named !== undefined && formatJurisdiction(named) === jurisdiction;
}

/** 004_5b5c….txt -> 004_5b5c…: the file name without its extension is the document id. */
function fileStem(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  return base.replace(/\.[^.]+$/, '');
}

/** Absent fields are left out rather than written as undefined, so the header only lists what is known. */
function withoutUndefined(fields: Partial<DocumentMeta>): Partial<DocumentMeta> {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined));
}

function inSchemaOrder(fields: readonly string[]): string[] {
  const order = Object.keys(documentMetaSchema.shape);
  return [...fields].sort((a, b) => order.indexOf(a) - order.indexOf(b));
}
