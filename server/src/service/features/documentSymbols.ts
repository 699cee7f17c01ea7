import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver-types';
import type { CancellationToken } from '../cancellation.js';
import type { Section, SectionKind } from '../model.js';
import { buildSections } from '../parse/sections.js';
import { clauseLabel } from './clauseLabel.js';
import type { DraftDocument } from './documentText.js';

const SYMBOL_KIND: Record<SectionKind, SymbolKind> = {
  heading: SymbolKind.String,
  chapter: SymbolKind.Namespace,
  part: SymbolKind.Package,
  level1: SymbolKind.Class,
  level2: SymbolKind.Method,
  level3: SymbolKind.Function,
  level4: SymbolKind.Field,
  box: SymbolKind.Struct,
  table: SymbolKind.Array,
  annex: SymbolKind.File,
};

/** The outline of a draft, from Chinese numbering (一、（一）1.（1）第X章 第X节 专栏N) and headings. */
export function documentSymbols(draft: DraftDocument, token?: CancellationToken): DocumentSymbol[] {
  const bodyStart = frontMatterEnd(draft);
  const sections = buildSections(draft.lines, bodyStart);
  if (token?.isCancellationRequested) return [];
  return sections.map(toSymbol);
}

function toSymbol(section: Section): DocumentSymbol {
  const name = clauseLabel(section.number, section.title) || '…';
  return {
    name: name.length > 60 ? `${name.slice(0, 60)}…` : name,
    kind: SYMBOL_KIND[section.kind],
    range: section.fullRange,
    selectionRange: section.range,
    children: section.children.map(toSymbol),
  };
}

/** A draft may start with YAML front matter; the outline begins after it. */
function frontMatterEnd(draft: DraftDocument): number {
  if (!/^(\uFEFF)?---\s*$/.test(draft.lines.lineText(0))) return 0;
  for (let line = 1; line < Math.min(draft.lines.lineCount, 200); line++) {
    if (/^---\s*$/.test(draft.lines.lineText(line))) return line + 1;
  }
  return 0;
}
