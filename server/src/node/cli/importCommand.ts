import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { decodeCorpusFile } from '../../service/corpus/decode.js';
import { DOCUMENT_KINDS, documentMetaSchema, metadataIssue } from '../../service/corpus/metadata.js';
import { importDocument } from '../../service/import/importDocument.js';
import type { DocumentMeta } from '../../service/model.js';
import type { Locale } from '../../service/l10n.js';
import { CLI_MESSAGES } from '../../service/messages/cli.js';
import { say } from '../../service/messages/entry.js';
import { UsageError, type ParsedArgs } from './args.js';

/** `corpus import <raw.txt> [--out corpus/] [--id] [--title] [--doc-number] [--issuer] [--date] [--kind] [--period 2021-2025]` */
export function runImport(args: ParsedArgs, print: (line: string) => void, locale: Locale): number {
  const [input] = args.positionals;
  if (!input) throw new UsageError(say(locale, CLI_MESSAGES.importUsage, {}));
  const error = (text: string) => print(say(locale, CLI_MESSAGES.error, { text }));
  const warn = (text: string) => print(say(locale, CLI_MESSAGES.warning, { text }));
  let bytes: Buffer;
  try {
    bytes = readFileSync(resolve(input));
  } catch {
    throw new UsageError(say(locale, CLI_MESSAGES.notFound, { path: input }));
  }
  const decoded = decodeCorpusFile(bytes, undefined, locale);
  if (!decoded.ok) {
    error(`${input}: ${decoded.message}`);
    return 2;
  }
  const result = importDocument(decoded.text, basename(input), suppliedMeta(args, locale), locale);
  // A document the loader would refuse is not written: say which option supplies what is missing.
  const valid = documentMetaSchema.safeParse(result.meta);
  if (!valid.success) {
    for (const warning of result.warnings) warn(warning);
    const issue = valid.error.issues[0];
    const field = String(issue.path[0] ?? '');
    const option =
      {
        title: '--title',
        date: '--date',
        kind: '--kind',
        id: '--id',
        docNumber: '--doc-number',
        issuer: '--issuer',
        period: '--period',
      }[field] ?? `--${field}`;
    error(
      say(locale, CLI_MESSAGES.cannotDetermine, { input, field, issue: metadataIssue(issue.message, locale), option }),
    );
    return 2;
  }
  const outDir = resolve(args.options.get('out')?.[0] ?? 'corpus');
  mkdirSync(outDir, { recursive: true });
  const target = join(outDir, `${result.meta.id}.md`);
  if (existsSync(target) && !args.flags.has('force')) {
    error(say(locale, CLI_MESSAGES.exists, { target }));
    return 2;
  }
  // Write to a temporary file and rename, so an interrupted import never leaves half a document.
  writeFileSync(`${target}.tmp`, result.markdown);
  renameSync(`${target}.tmp`, target);
  for (const warning of result.warnings) warn(warning);
  const { title, docNumber, date, kind } = result.meta;
  print(say(locale, CLI_MESSAGES.imported, { target, title, docNumber, date, kind }));
  return 0;
}

function suppliedMeta(args: ParsedArgs, locale: Locale): Partial<DocumentMeta> {
  const one = (key: string) => args.options.get(key)?.[0];
  const supplied: { -readonly [K in keyof DocumentMeta]?: DocumentMeta[K] } = {};
  if (one('id')) supplied.id = one('id');
  if (one('title')) supplied.title = one('title');
  if (one('doc-number')) supplied.docNumber = one('doc-number');
  if (one('issuer')) supplied.issuer = one('issuer');
  if (one('date')) supplied.date = one('date');
  const kind = one('kind');
  if (kind) {
    if (!(DOCUMENT_KINDS as readonly string[]).includes(kind))
      throw new UsageError(say(locale, CLI_MESSAGES.kindMustBe, { kinds: DOCUMENT_KINDS }));
    supplied.kind = kind as DocumentMeta['kind'];
  }
  const period = one('period');
  if (period) {
    const match = /^(\d{4})\D+(\d{4})$/.exec(period);
    if (!match) throw new UsageError(say(locale, CLI_MESSAGES.periodLike, {}));
    supplied.period = [Number(match[1]), Number(match[2])];
  }
  return supplied;
}
