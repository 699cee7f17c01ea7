import type { CorpusIndex, IndexedDocument } from '../index/corpusIndex.js';
import type { Range } from '../model.js';
import { t, type Locale } from '../l10n.js';

/** 《title》（文号） — how a drafter names a source. */
export function sourceLabel(doc: IndexedDocument): string {
  return `《${doc.meta.title}》${doc.meta.docNumber ? `（${doc.meta.docNumber}）` : ''}`;
}

/** A short name for lists: 2021年工作要点, 2021—2025年规划. */
export function shortTitle(doc: IndexedDocument): string {
  const [from, to] = doc.meta.period ?? [Number(doc.meta.date.slice(0, 4)), Number(doc.meta.date.slice(0, 4))];
  return `${from === to ? from : `${from}—${to}`}年${doc.meta.kind}`;
}

/** A Markdown link that opens the corpus document at a line (VS Code reads the #L fragment). */
export function openLink(locale: Locale, doc: IndexedDocument, range: Range, label?: string): string {
  const line = range.start.line + 1;
  return `[${label ?? t(locale, `打开原文（第 ${line} 行）`, `Open source (line ${line})`)}](${doc.uri}#L${line})`;
}

/** The source line under a hover: 来源：《…》（文号），section, link. */
export function sourceLine(locale: Locale, index: CorpusIndex, docId: string, range: Range, where?: string): string {
  const doc = index.document(docId);
  if (!doc) return '';
  const section = where ? `${t(locale, '，', ', ')}${where}` : '';
  return `${t(locale, '来源：', 'Source: ')}${sourceLabel(doc)}${section} · ${openLink(locale, doc, range)}`;
}

/** Escapes Markdown so corpus text shows as written (asterisks, underscores, brackets). */
export function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_{}[\]<>|#])/g, '\\$1');
}
