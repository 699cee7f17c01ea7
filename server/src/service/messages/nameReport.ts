// `policy-lens corpus show <name>`: what the index knows about a name, in plain text.
import type { KnownName } from '../model.js';
import { entry, fixed, plural } from './entry.js';

type Kind = KnownName['kind'] | 'measure';
const KIND: Record<Kind, readonly [string, string]> = {
  platform: ['平台', 'platform'],
  agency: ['单位', 'agency'],
  document: ['文件', 'document'],
  term: ['术语', 'term'],
  indicator: ['指标', 'indicator'],
  measure: ['指标', 'measure'],
};
const FIGURE_KIND = {
  baseline: ['基线', 'baseline'],
  target: ['目标', 'target'],
  achieved: ['已实现', 'achieved'],
} as const;
const HOW = { registry: ['名录', 'registry'], stated: ['原文明示', 'stated'], usage: ['用法', 'usage'] } as const;

export const NAME_REPORT_MESSAGES = {
  heading: entry<{ name: string; kind: Kind }>(
    (p) => `${p.name}  [${KIND[p.kind][0]}]`,
    (p) => `${p.name}  [${KIND[p.kind][1]}]`,
  ),
  unknown: entry<{ query: string }>(
    (p) => `语料中没有“${p.query}”`,
    (p) => `The corpus does not know "${p.query}"`,
  ),
  where: entry<{ title: string; docNumber?: string; line: number }>(
    (p) => `《${p.title}》${p.docNumber ? `（${p.docNumber}）` : ''} 第 ${p.line} 行`,
    (p) => `《${p.title}》${p.docNumber ? ` (${p.docNumber})` : ''} line ${p.line}`,
  ),
  aliases: entry<{ aliases: readonly string[] }>(
    (p) => `  别名：${p.aliases.join('、')}`,
    (p) => `  aliases: ${p.aliases.join('、')}`,
  ),
  deprecated: entry<{ since?: string; replacedBy?: string; source: string; note?: string }>(
    (p) =>
      `  已停用${p.since ? `（${p.since}起）` : ''}${p.replacedBy ? `，现为${p.replacedBy}` : ''}；依据：${p.source}${p.note ? `：${p.note}` : ''}`,
    (p) =>
      `  deprecated${p.since ? ` (since ${p.since})` : ''}${p.replacedBy ? `, now ${p.replacedBy}` : ''}; source: ${p.source}${p.note ? `: ${p.note}` : ''}`,
  ),
  definition: entry<{ section: string; number: string | number; where: string; definition: string }>(
    (p) => `  释义（${p.section} 第${p.number}条，${p.where}）：${p.definition}`,
    (p) => `  definition (${p.section}, entry ${p.number}, ${p.where}): ${p.definition}`,
  ),
  indicator: entry<{
    table: string;
    number: string | number;
    where: string;
    unit: string;
    baseline: string;
    baselineYear: string;
    target: string;
    targetYear: string;
  }>(
    (p) =>
      `  指标（${p.table} 第${p.number}项，${p.where}）：单位 ${p.unit}，现状值 ${p.baseline}（${p.baselineYear}年），目标值 ${p.target}（${p.targetYear}年）`,
    (p) =>
      `  indicator (${p.table ? `${p.table}, ` : ''}row ${p.number}, ${p.where}): unit ${p.unit}, baseline ${p.baseline} (${p.baselineYear}), target ${p.target} (${p.targetYear})`,
  ),
  method: entry<{ method: string }>(
    (p) => `    计算方法：${p.method}`,
    (p) => `    method: ${p.method}`,
  ),
  mentions: entry<{ mentions: number; documents: number }>(
    (p) => `  提及：${p.mentions} 处，${p.documents} 个文件`,
    (p) => `  mentions: ${plural(p.mentions, 'place', 'places')} in ${plural(p.documents, 'document', 'documents')}`,
  ),
  used: entry<{ first: string; last: string }>(
    (p) => `  使用：${p.first} — ${p.last}`,
    (p) => `  used: ${p.first} — ${p.last}`,
  ),
  usedIn: entry<{ date: string; document: string; count: number }>(
    (p) => `    ${p.date} ${p.document}：${p.count} 处`,
    (p) => `    ${p.date} ${p.document}: ${plural(p.count, 'place', 'places')}`,
  ),
  replaced: entry<{
    replacedBy?: string;
    since: string;
    how: keyof typeof HOW;
    document?: string;
    sentence?: string;
  }>(
    (p) =>
      `  已被取代${p.replacedBy ? `，现为“${p.replacedBy}”` : ''}，自 ${p.since} 起（${HOW[p.how][0]}${p.document ? `，${p.document}` : ''}）${p.sentence ? `：${p.sentence}` : ''}`,
    (p) =>
      `  replaced${p.replacedBy ? ` by "${p.replacedBy}"` : ''} since ${p.since} (${HOW[p.how][1]}${p.document ? `, ${p.document}` : ''})${p.sentence ? `: ${p.sentence}` : ''}`,
  ),
  figures: fixed('  数值（按文件日期）：', '  figures (by document date):'),
  figure: entry<{ metric: string; comparator?: string; value: string; kind: keyof typeof FIGURE_KIND; year?: number }>(
    (p) =>
      `${p.metric}${p.comparator ? ` ${p.comparator}` : ''} ${p.value} [${FIGURE_KIND[p.kind][0]}${p.year ? ` ${p.year}年` : ''}]`,
    (p) =>
      `${p.metric}${p.comparator ? ` ${p.comparator}` : ''} ${p.value} [${FIGURE_KIND[p.kind][1]}${p.year ? ` ${p.year}` : ''}]`,
  ),
  docNumber: entry<{ number?: string }>(
    (p) => `  文号：${p.number ?? '（无）'}`,
    (p) => `  number: ${p.number ?? '(none)'}`,
  ),
  issuer: entry<{ issuer: string }>(
    (p) => `  发文机关：${p.issuer}`,
    (p) => `  issuer: ${p.issuer}`,
  ),
  date: entry<{ date: string }>(
    (p) => `  日期：${p.date}`,
    (p) => `  date: ${p.date}`,
  ),
  documentKind: entry<{ kind: string }>(
    (p) => `  类型：${p.kind}`,
    (p) => `  kind: ${p.kind}`,
  ),
  corpusFile: entry<{ id: string }>(
    (p) => `  语料文件：${p.id}`,
    (p) => `  corpus file: ${p.id}`,
  ),
  supplied: entry<{ fields: readonly string[] }>(
    (p) => `  人工补充：${p.fields.join('、')}`,
    (p) => `  supplied by hand: ${p.fields.join(', ')}`,
  ),
  notInCorpus: fixed('  语料中没有全文', '  cited, but not in the corpus'),
  cited: entry<{ count: number }>(
    (p) => `  被引用：${p.count} 处`,
    (p) => `  cited: ${plural(p.count, 'time', 'times')}`,
  ),
} as const;
