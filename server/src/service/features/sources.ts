import type { CorpusIndex, IndexedDocument } from '../index/corpusIndex.js';
import type { Range } from '../model.js';
import type { Locale } from '../l10n.js';
import { say } from '../messages/entry.js';
import { HOVER_MESSAGES as M } from '../messages/hover.js';

/** 《title》（文号） — how a drafter names a source. */
export function sourceLabel(doc: IndexedDocument): string {
  return `《${doc.meta.title}》${doc.meta.docNumber ? `（${doc.meta.docNumber}）` : ''}`;
}

/**
 * sourceLabel for Markdown (hovers): a corpus file's title or 文号 is text, never markup — a planted
 * ![x](https://…) or [点我](command:…) must not become an image beacon or a command link.
 */
export function markdownSourceLabel(doc: IndexedDocument): string {
  return escapeMarkdown(sourceLabel(doc));
}

/** A short name for lists: 2021年工作要点, 2021—2025年规划. */
export function shortTitle(doc: IndexedDocument): string {
  const [from, to] = doc.meta.period ?? [Number(doc.meta.date.slice(0, 4)), Number(doc.meta.date.slice(0, 4))];
  return `${from === to ? from : `${from}—${to}`}年${doc.meta.kind}`;
}

/** A Markdown link that opens the corpus document at a line (VS Code reads the #L fragment). */
export function openLink(locale: Locale, doc: IndexedDocument, range: Range, label?: string): string {
  const line = range.start.line + 1;
  return `[${label ?? say(locale, M.openSource, { line })}](${doc.uri}#L${line})`;
}

/** The source line under a hover: 来源：《…》（文号），section, link. */
export function sourceLine(locale: Locale, index: CorpusIndex, docId: string, range: Range, where?: string): string {
  const doc = index.document(docId);
  if (!doc) return '';
  return say(locale, M.source, {
    label: markdownSourceLabel(doc),
    ...(where !== undefined ? { where: escapeMarkdown(where) } : {}),
    link: openLink(locale, doc, range),
  });
}

/** Escapes Markdown so corpus text shows as written (asterisks, underscores, brackets). */
export function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_{}[\]<>|#])/g, '\\$1');
}
