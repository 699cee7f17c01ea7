// What every answer of the service must satisfy on any input, beyond not throwing: ranges inside the
// document they point into (a wrong offset shows as a range past a line's end), tokens in order, and
// hovers whose only links are the ones the service builds itself.
import type {
  CodeAction,
  CompletionItem,
  DocumentSymbol,
  Hover,
  Range,
  SemanticTokens,
  TextEdit,
} from 'vscode-languageserver-types';
import type { DraftDocument } from '../../server/src/service/features/documentText.js';

export class Violation extends Error {}

export function fail(what: string, detail?: unknown): never {
  throw new Violation(detail === undefined ? what : `${what}: ${JSON.stringify(detail)}`);
}

const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** A position LSP allows: an existing line, at most one past its last character. */
export function assertRange(draft: DraftDocument, range: Range, what: string): void {
  const { start, end } = range;
  for (const p of [start, end]) {
    if (!Number.isInteger(p.line) || !Number.isInteger(p.character)) fail(`${what}: position is not whole`, range);
    if (p.line < 0 || p.line >= draft.lines.lineCount) fail(`${what}: line outside the document`, range);
    if (p.character < 0 || p.character > draft.lines.lineText(p.line).length)
      fail(`${what}: character past the line's end`, { range, lineLength: draft.lines.lineText(p.line).length });
  }
  if (start.line > end.line || (start.line === end.line && start.character > end.character))
    fail(`${what}: range ends before it starts`, range);
}

/** An edit must not cut a surrogate pair in two (the file would get a lone half). */
export function assertEdit(draft: DraftDocument, edit: TextEdit, what: string): void {
  assertRange(draft, edit.range, what);
  const text = draft.text;
  for (const offset of [draft.lines.offsetAt(edit.range.start), draft.lines.offsetAt(edit.range.end)]) {
    if (offset > 0 && offset < text.length && isHigh(text.charCodeAt(offset - 1)) && isLow(text.charCodeAt(offset)))
      fail(`${what}: edit splits a surrogate pair`, edit);
  }
}

export function assertHover(draft: DraftDocument, hover: Hover | undefined, allowedLinks: (target: string) => boolean) {
  if (!hover) return;
  if (hover.range) assertRange(draft, hover.range, 'hover range');
  const contents = hover.contents;
  const value = typeof contents === 'object' && 'value' in contents ? contents.value : JSON.stringify(contents);
  // An unescaped ](target) is a link; an unescaped <tag is HTML. Only the service's own links pass.
  for (const match of value.matchAll(/(\\*)\]\(([^)\s]*)/g)) {
    if (match[1].length % 2 === 1) continue;
    if (!allowedLinks(match[2])) fail('hover links somewhere the service did not choose', match[2]);
  }
  for (const match of value.matchAll(/(\\*)<([a-zA-Z!/])/g)) {
    if (match[1].length % 2 === 0) fail('hover holds raw HTML', value.slice(match.index, match.index + 40));
  }
}

export function assertSymbols(draft: DraftDocument, symbols: readonly DocumentSymbol[], parent?: Range): void {
  const within = (inner: Range, outer: Range) =>
    (inner.start.line > outer.start.line ||
      (inner.start.line === outer.start.line && inner.start.character >= outer.start.character)) &&
    (inner.end.line < outer.end.line ||
      (inner.end.line === outer.end.line && inner.end.character <= outer.end.character));
  for (const symbol of symbols) {
    assertRange(draft, symbol.range, `symbol ${symbol.name}`);
    assertRange(draft, symbol.selectionRange, `symbol ${symbol.name} selection`);
    if (!within(symbol.selectionRange, symbol.range)) fail('symbol selection outside its range', symbol);
    if (parent && !within(symbol.range, parent)) fail('symbol outside its parent', symbol.name);
    if (!symbol.name) fail('symbol without a name', symbol.range);
    assertSymbols(draft, symbol.children ?? [], symbol.range);
  }
}

/** Decodes LSP's relative encoding: tokens on existing lines, inside the line, in order, not overlapping. */
export function assertTokens(draft: DraftDocument, tokens: SemanticTokens, range?: Range): void {
  const data = tokens.data;
  if (data.length % 5 !== 0) fail('semantic tokens not in fives', data.length);
  let line = 0;
  let character = 0;
  let lastEnd = -1;
  for (let i = 0; i < data.length; i += 5) {
    const [deltaLine, deltaStart, length] = data.slice(i, i + 3);
    if (deltaLine < 0 || deltaStart < 0 || length <= 0)
      fail('semantic token with a negative delta', data.slice(i, i + 5));
    if (deltaLine > 0) {
      line += deltaLine;
      character = deltaStart;
      lastEnd = -1;
    } else character += deltaStart;
    if (line >= draft.lines.lineCount || character + length > draft.lines.lineText(line).length)
      fail('semantic token outside the text', { line, character, length });
    if (character < lastEnd) fail('semantic tokens overlap', { line, character });
    if (range && (line < range.start.line || line > range.end.line)) fail('semantic token outside the range', line);
    lastEnd = character + length;
  }
}

export function assertCompletion(draft: DraftDocument, items: readonly CompletionItem[]): void {
  for (const item of items) {
    if (!item.label) fail('completion without a label');
    const edit = item.textEdit;
    if (edit && 'range' in edit) assertEdit(draft, edit, `completion ${item.label}`);
    if (edit && 'insert' in edit) {
      assertRange(draft, edit.insert, `completion ${item.label} insert`);
      assertRange(draft, edit.replace, `completion ${item.label} replace`);
    }
    for (const extra of item.additionalTextEdits ?? []) assertEdit(draft, extra, `completion ${item.label} extra`);
  }
}

export function assertCodeActions(draft: DraftDocument, actions: readonly CodeAction[]): void {
  for (const action of actions) {
    for (const [uri, edits] of Object.entries(action.edit?.changes ?? {})) {
      if (uri !== draft.uri) fail('code action edits another file', uri);
      for (const edit of edits) assertEdit(draft, edit, `code action ${action.title}`);
    }
  }
}
