import { CompletionItemKind, type CompletionItem } from 'vscode-languageserver-types';
import type { CancellationToken } from '../cancellation.js';
import type { CorpusIndex } from '../index/corpusIndex.js';
import type { Locale } from '../l10n.js';
import type { KnownName } from '../model.js';
import type { DraftDocument } from './documentText.js';
import { bestSentence, glossaryEntriesFor } from './describe.js';
import { sourceLabel } from './sources.js';

const ITEM_KIND: Record<KnownName['kind'], CompletionItemKind> = {
  platform: CompletionItemKind.Module,
  term: CompletionItemKind.Keyword,
  agency: CompletionItemKind.Class,
  document: CompletionItemKind.File,
  indicator: CompletionItemKind.Unit,
};

const MAX_ITEMS = 60;

/**
 * Names to insert at the cursor, in the form the corpus writes them: after “ a platform or quoted
 * term, after 《 a document title, after a brand prefix (粤) a platform, else any name whose
 * beginning the drafter has typed.
 */
export function completion(
  index: CorpusIndex,
  draft: DraftDocument,
  position: { line: number; character: number },
  locale: Locale,
  token?: CancellationToken,
): CompletionItem[] {
  const offset = draft.lines.offsetAt(position);
  const lineStart = draft.lines.lineStart(position.line);
  // A character past the end of its line stands for the end of the line: edits must be made there.
  const cursor = draft.lines.positionAt(offset);
  const before = draft.text.slice(lineStart, offset);
  const after = draft.text.slice(offset, offset + 1);
  const items: CompletionItem[] = [];
  const quoted = /“([^“”]{0,12})$/.exec(before);
  const titled = /《([^《》]{0,40})$/.exec(before);
  for (const name of index.names) {
    if (token?.isCancellationRequested || items.length >= MAX_ITEMS * 4) break;
    if (name.deprecated) continue;
    const item = titled
      ? afterTitleMark(name, titled[1], after)
      : quoted
        ? afterQuote(name, quoted[1], after)
        : bare(name, before, index.registry.brandPrefixes);
    if (!item) continue;
    const start = { line: cursor.line, character: cursor.character - item.typed };
    items.push({
      label: name.display,
      kind: ITEM_KIND[name.kind],
      detail: detailOf(index, name),
      filterText: item.filterText,
      // Names the corpus uses most come first.
      sortText: `${item.rank}${String(99999 - Math.min(99999, index.mentionCount(name))).padStart(5, '0')}${name.name}`,
      textEdit: {
        range: { start, end: { line: cursor.line, character: cursor.character + item.consumeAfter } },
        newText: item.newText,
      },
      data: { kind: name.kind, name: name.name, locale },
    });
  }
  return items.sort((a, b) => (a.sortText ?? '').localeCompare(b.sortText ?? '')).slice(0, MAX_ITEMS);
}

interface Candidate {
  readonly typed: number;
  readonly newText: string;
  readonly filterText: string;
  readonly consumeAfter: number;
  readonly rank: number;
}

function afterTitleMark(name: KnownName, typed: string, after: string): Candidate | undefined {
  if (name.kind !== 'document' || !name.name.includes(typed)) return undefined;
  if (/〔\d{4}〕/.test(name.name)) return undefined; // a 文号 is not a title
  return {
    typed: typed.length,
    newText: after === '》' ? name.name : `${name.name}》`,
    filterText: typed + name.name,
    consumeAfter: 0,
    rank: 0,
  };
}

function afterQuote(name: KnownName, typed: string, after: string): Candidate | undefined {
  // Only a name written inside quotes (“粤省事”); “粤省事”日均活跃用户数 merely begins with one.
  if (name.display !== `“${name.name}”` || !name.name.startsWith(typed)) return undefined;
  return {
    typed: typed.length,
    newText: after === '”' ? name.name : `${name.name}”`,
    filterText: name.name,
    consumeAfter: 0,
    rank: name.kind === 'platform' ? 0 : 1,
  };
}

/** Without an opening mark: the longest typed tail that begins the name (粤 -> “粤省事”). */
function bare(name: KnownName, before: string, brandPrefixes: readonly string[]): Candidate | undefined {
  if (name.kind === 'document') return undefined;
  for (let length = Math.min(before.length, name.name.length - 1); length >= 1; length--) {
    const tail = before.slice(before.length - length);
    if (!name.name.startsWith(tail) || !/^[\u4e00-\u9fff]/.test(tail)) continue;
    // One character is too little to go on, unless it is the province's brand prefix.
    if (length === 1 && !(name.kind === 'platform' && brandPrefixes.includes(tail))) return undefined;
    const openQuote = before.length > length && before[before.length - length - 1] === '“';
    return {
      typed: length + (openQuote ? 1 : 0),
      newText: name.display,
      filterText: (openQuote ? '“' : '') + tail + name.name.slice(length),
      consumeAfter: 0,
      rank: name.kind === 'platform' ? 0 : 2,
    };
  }
  return undefined;
}

function detailOf(index: CorpusIndex, name: KnownName): string {
  const entry = glossaryEntriesFor(index, name)[0];
  if (entry)
    return `${entry.entry.definition.slice(0, 80)}${entry.entry.definition.length > 80 ? '…' : ''}（${sourceLabel(entry.doc)}）`;
  if (name.kind === 'document' && name.docId) {
    const doc = index.document(name.docId);
    return doc ? [doc.meta.docNumber, doc.meta.issuer, doc.meta.date].filter(Boolean).join(' · ') : '';
  }
  if (name.kind === 'platform') {
    const sentence = bestSentence(index, name)?.sentence ?? '';
    return sentence.length > 80 ? `${sentence.slice(0, 80)}…` : sentence;
  }
  return name.aliases.length ? name.aliases.join('、') : '';
}
