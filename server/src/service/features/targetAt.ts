import type { CorpusIndex, IndexedDocument } from '../index/corpusIndex.js';
import type { Clause, KnownName, Range } from '../model.js';
import { findDocNumbers, findTitleCitations } from '../names/citations.js';
import { findClauseReferences } from './clauseReferences.js';
import type { DraftDocument } from './documentText.js';

/** What the cursor is on, resolved against the corpus. */
export type Target =
  | { readonly type: 'name'; readonly names: readonly KnownName[]; readonly range: Range; readonly written: string }
  | { readonly type: 'document'; readonly document?: IndexedDocument; readonly cited: string; readonly range: Range }
  | { readonly type: 'clause'; readonly clause: Clause; readonly document: IndexedDocument; readonly range: Range };

/**
 * The most specific thing at an offset: a clause reference (2022年工作要点（五）) wins over the
 * document it names, a 文号 or 《title》 over names inside it, and a longer name over a shorter one.
 */
export function targetAt(index: CorpusIndex, draft: DraftDocument, offset: number): Target | undefined {
  const line = draft.lines.positionAt(offset).line;
  const lineStart = draft.lines.lineStart(line);
  const lineText = draft.lines.lineText(line);
  const at = offset - lineStart;
  const range = (start: number, end: number) => draft.lines.rangeOf(lineStart + start, lineStart + end);
  const covers = (span: { start: number; end: number }) => span.start <= at && at < span.end;

  const reference = findClauseReferences(index, lineText).find(covers);
  if (reference)
    return {
      type: 'clause',
      clause: reference.clause,
      document: reference.document,
      range: range(reference.start, reference.end),
    };
  const number = findDocNumbers(lineText).find(covers);
  if (number)
    return {
      type: 'document',
      document: index.findDocument(number.canonical),
      cited: number.canonical,
      range: range(number.start, number.end),
    };
  const citation = findTitleCitations(lineText).find(covers);
  const match = index.matcher.matchAt(lineText, at);
  if (citation && !(match && match.values.some((v) => v.kind === 'document') && match.start >= citation.start)) {
    return {
      type: 'document',
      document: index.findDocument(citation.title),
      cited: citation.title,
      range: range(citation.start, citation.end),
    };
  }
  if (!match) return quotedShortTerm(index, lineText, at, range);
  return {
    type: 'name',
    names: match.values,
    range: range(match.start, match.end),
    written: lineText.slice(match.start, match.end),
  };
}

/**
 * A two-character glossary term (一窗, 一码) is too common a pair of characters to be matched in running
 * text, but quoted — alone (“一窗”) or in a quoted list (“一网、一地、一窗”) — it is the term.
 */
function quotedShortTerm(
  index: CorpusIndex,
  lineText: string,
  at: number,
  range: (start: number, end: number) => Range,
): Target | undefined {
  const open = lineText.lastIndexOf('“', at);
  const close = lineText.indexOf('”', at);
  if (open < 0 || close < 0 || lineText.slice(open + 1, at).includes('”')) return undefined;
  let start = open + 1;
  for (const part of lineText.slice(open + 1, close).split('、')) {
    const end = start + part.length;
    if (start <= at && at < end) {
      const names = index.lookupName(part).filter((name) => name.kind === 'term');
      return names.length ? { type: 'name', names, range: range(start, end), written: part } : undefined;
    }
    start = end + 1;
  }
  return undefined;
}
