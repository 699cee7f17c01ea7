import { z } from 'zod';
import { parseDocument as parseYaml, stringify as stringifyYaml } from 'yaml';
import type { Locale } from '../l10n.js';
import { CORPUS_FILE_MESSAGES as M, METADATA_RULES } from '../messages/corpusFiles.js';
import { say } from '../messages/entry.js';
import { plainHeaderData } from './plainHeader.js';
import { yamlData } from './yamlData.js';
import { MAX_YAML_DEPTH, yamlTooDeep } from './yamlDepth.js';
import type { DocumentMeta } from '../model.js';

/**
 * The kinds of policy documents and the title endings that tell them, most specific first: one list for the
 * metadata schema and the title guesser (…2024年工作要点 is 工作要点, …实施方案 is 方案, …条例 is 条例).
 */
export const DOCUMENT_KINDS = [
  '工作要点',
  '实施意见',
  '规划',
  '要点',
  '意见',
  '方案',
  '条例',
  '决定',
  '通知',
  '办法',
  '其他',
] as const;

export const DOCUMENT_KIND_ENDINGS: ReadonlyArray<readonly [RegExp, (typeof DOCUMENT_KINDS)[number]]> = [
  [/工作要点$/, '工作要点'],
  [/实施意见$/, '实施意见'],
  [/规划(?:纲要)?$|纲要$/, '规划'],
  [/要点$/, '要点'],
  [/意见$/, '意见'],
  [/方案$/, '方案'],
  [/条例$/, '条例'],
  [/决定$/, '决定'],
  [/通知$/, '通知'],
  [/办法$/, '办法'],
];

const isoDateOrMonth = z
  .string()
  .regex(/^\d{4}-\d{2}(-\d{2})?$/, 'date-format' satisfies MetadataRule);

/** The metadata header of a normalized corpus document (YAML front matter). */
export const documentMetaSchema = z
  .object({
    id: z.string().min(1).regex(/^[\w.-]+$/, 'id-characters' satisfies MetadataRule),
    title: z.string().min(1),
    /** 文号, e.g. 粤办函〔2022〕24号; absent for documents issued without one. */
    docNumber: z.string().min(1).optional(),
    issuer: z.string().min(1).optional(),
    /** Written or issued: 2022-02-28, or a month, 2021-07. */
    date: isoDateOrMonth,
    kind: z.enum(DOCUMENT_KINDS),
    /** The raw file the document was imported from. */
    source: z.string().min(1).optional(),
    /**
     * Whose document it is: the province and, below it, the city or county (江苏省, 广东省深圳市), or 全国 for
     * a central one. The importer fills it from the issuer; the index falls back on issuer and title.
     */
    jurisdiction: z.string().min(2).optional(),
    /** Years the document governs: [2021, 2025] for a five-year plan, [2022, 2022] for annual work points. */
    period: z
      .tuple([z.number().int().min(1949).max(2100), z.number().int().min(1949).max(2100)])
      .refine(([from, to]) => from <= to, 'period-order' satisfies MetadataRule)
      .optional(),
    /** Fields supplied by hand because the text does not state them. */
    supplied: z.array(z.string()).optional(),
    /** The import removed a "preview ended" tail: the text is incomplete. */
    truncated: z.boolean().optional(),
    /**
     * The id of the document this file is a copy of, recognised when the corpus was built (the same 文号,
     * the other copy more complete): the copy is not indexed and, being known, not reported as a problem;
     * `corpus stats` still lists it.
     */
    duplicateOf: z.string().min(1).optional(),
  })
  .strict();

export type MetaParseResult =
  | { ok: true; meta: DocumentMeta; body: string; bodyStartLine: number }
  | { ok: false; message: string; field?: string; line?: number };

const FRONT_MATTER = /^(?:\uFEFF)?---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

type MetadataRule = keyof typeof METADATA_RULES;

/** A zod issue of the metadata schema in the locale's words: the schema's own rules carry a catalogue key. */
export function metadataIssue(message: string, locale: Locale): string {
  return message in METADATA_RULES ? say(locale, METADATA_RULES[message as MetadataRule], {}) : message;
}

/** Splits and validates the front matter of a normalized document. Never throws. */
export function parseFrontMatter(text: string, locale: Locale = 'zh'): MetaParseResult {
  const match = FRONT_MATTER.exec(text);
  if (!match) {
    return { ok: false, message: say(locale, M.noHeader, {}), line: 0 };
  }
  const data = headerData(match[1], locale);
  if (!data.ok) return { ok: false, message: data.message, line: data.line };
  const parsed = documentMetaSchema.safeParse(data.data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue.path.join('.') || undefined;
    const line = field ? findFieldLine(match[1], String(issue.path[0])) : 0;
    const problem = metadataIssue(issue.message, locale);
    return { ok: false, message: field ? say(locale, M.field, { field, problem }) : problem, field, line };
  }
  const bodyStartLine = match[0].split(/\r?\n/).length - (match[0].endsWith('\n') ? 1 : 0);
  return { ok: true, meta: parsed.data, body: text.slice(match[0].length), bodyStartLine };
}

/** The header's data: read plainly when it is of the usual plain shape (plainHeader.ts), else by the YAML library. */
function headerData(
  source: string,
  locale: Locale,
): { ok: true; data: unknown } | { ok: false; message: string; line: number } {
  const plain = plainHeaderData(source);
  if (plain) return { ok: true, data: plain };
  const notYaml = (error: string, line: number) => ({
    ok: false as const,
    message: say(locale, M.headerNotYaml, { error }),
    line,
  });
  const deep = yamlTooDeep(source);
  if (deep) {
    // The header's first line is the file's second (after ---).
    const line = deep.line + 1;
    return { ok: false, message: say(locale, M.headerTooDeep, { depth: deep.depth, line, limit: MAX_YAML_DEPTH }), line };
  }
  const yamlDoc = parseYaml(source);
  if (yamlDoc.errors.length > 0) {
    const error = yamlDoc.errors[0];
    return notYaml(error.message.split('\n')[0], error.linePos?.[0].line ?? 1);
  }
  const data = yamlData(yamlDoc);
  return data.ok ? data : notYaml(data.error, 1);
}

/**
 * The front matter of a file that is no corpus document (a draft, a page exported from a site), read
 * leniently: whatever of title, 文号, issuer and date it gives, under the names sites use (Jekyll's
 * subtitle and author, unit, publisher). Undefined without a front matter or with one that is no YAML map.
 */
export interface LooseHeader {
  readonly title?: string;
  readonly docNumber?: string;
  readonly issuer?: string;
  /** As written: 2022-12-26, 2022-12-26 00:00:00, 2023-06. */
  readonly date?: string;
}

export function looseFrontMatter(text: string): LooseHeader | undefined {
  const match = FRONT_MATTER.exec(text);
  if (!match || yamlTooDeep(match[1])) return undefined;
  const yamlDoc = parseYaml(match[1]);
  if (yamlDoc.errors.length > 0) return undefined;
  const read = yamlData(yamlDoc);
  const data = read.ok ? read.data : undefined;
  if (!data || typeof data !== 'object' || Array.isArray(data)) return undefined;
  const record = data as Record<string, unknown>;
  const field = (...keys: string[]) => {
    for (const key of keys) {
      const value = record[key];
      if (value instanceof Date) return value.toISOString().slice(0, 10);
      if (typeof value === 'string' || typeof value === 'number') {
        const text = String(value).trim();
        if (text) return text;
      }
    }
    return undefined;
  };
  const subtitle = field('subtitle');
  const header = {
    title: field('title'),
    docNumber: field('docNumber', 'doc_number', 'wenhao') ?? (subtitle && /〔\d{4}〕|\[\d{4}\]/.test(subtitle) ? subtitle : undefined),
    issuer: field('issuer', 'author', 'publisher', 'unit', 'organization'),
    date: field('date', 'published', 'pubdate'),
  };
  return Object.fromEntries(Object.entries(header).filter(([, v]) => v !== undefined)) as LooseHeader;
}

function findFieldLine(yamlText: string, field: string): number {
  const lines = yamlText.split(/\r?\n/);
  const index = lines.findIndex((line) => line.startsWith(`${field}:`));
  return index < 0 ? 0 : index + 1;
}

/** Serializes metadata as a front matter block, fields in schema order. */
export function formatFrontMatter(meta: DocumentMeta): string {
  const ordered: Record<string, unknown> = {};
  for (const key of Object.keys(documentMetaSchema.shape)) {
    const value = (meta as unknown as Record<string, unknown>)[key];
    if (value !== undefined) ordered[key] = value;
  }
  return `---\n${stringifyYaml(ordered, { flowCollectionPadding: false, lineWidth: 0 }).trimEnd()}\n---\n`;
}
