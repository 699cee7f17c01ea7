import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { decodeCorpusFile } from '../../service/corpus/decode.js';
import { DOCUMENT_KINDS, documentMetaSchema } from '../../service/corpus/metadata.js';
import { importDocument } from '../../service/import/importDocument.js';
import type { DocumentMeta } from '../../service/model.js';
import { UsageError, type ParsedArgs } from './args.js';

/** `corpus import <raw.txt> [--out corpus/] [--id] [--title] [--doc-number] [--issuer] [--date] [--kind] [--period 2021-2025]` */
export function runImport(args: ParsedArgs, print: (line: string) => void): number {
  const [input] = args.positionals;
  if (!input) throw new UsageError('用法 usage: policy-lens corpus import <raw.txt> [--out corpus/]');
  const decoded = decodeCorpusFile(readFileSync(resolve(input)));
  if (!decoded.ok) {
    print(`错误 error: ${input}: ${decoded.message}`);
    return 2;
  }
  const result = importDocument(decoded.text, basename(input), suppliedMeta(args));
  // A document the loader would refuse is not written: say which option supplies what is missing.
  const valid = documentMetaSchema.safeParse(result.meta);
  if (!valid.success) {
    for (const warning of result.warnings) print(`警告 warning: ${warning}`);
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
    print(
      `错误 error: ${input}: 无法确定 ${field}（${issue.message}），请用 ${option} 提供 / could not determine ${field}: supply it with ${option}`,
    );
    return 2;
  }
  const outDir = resolve(args.options.get('out')?.[0] ?? 'corpus');
  mkdirSync(outDir, { recursive: true });
  const target = join(outDir, `${result.meta.id}.md`);
  if (existsSync(target) && !args.flags.has('force')) {
    print(`错误 error: ${target} 已存在，使用 --force 覆盖 / exists: use --force to overwrite`);
    return 2;
  }
  // Write to a temporary file and rename, so an interrupted import never leaves half a document.
  writeFileSync(`${target}.tmp`, result.markdown);
  renameSync(`${target}.tmp`, target);
  for (const warning of result.warnings) print(`警告 warning: ${warning}`);
  print(
    `已导入 imported: ${target}（${result.meta.title}${result.meta.docNumber ? `，${result.meta.docNumber}` : ''}，${result.meta.date}，${result.meta.kind}）`,
  );
  return 0;
}

function suppliedMeta(args: ParsedArgs): Partial<DocumentMeta> {
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
      throw new UsageError(`--kind 须为 must be one of: ${DOCUMENT_KINDS.join(' / ')}`);
    supplied.kind = kind as DocumentMeta['kind'];
  }
  const period = one('period');
  if (period) {
    const match = /^(\d{4})\D+(\d{4})$/.exec(period);
    if (!match) throw new UsageError('--period 形如 like 2021-2025');
    supplied.period = [Number(match[1]), Number(match[2])];
  }
  return supplied;
}
