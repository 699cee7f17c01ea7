import { taskTableClauses } from './taskTables.js';
import type { DocumentMeta, ParsedDocument, Section } from '../model.js';
import { LineIndex } from '../text/lineIndex.js';
import { extractClauses } from './clauses.js';
import { extractGlossary, findGlossarySections } from './glossary.js';
import { extractIndicators } from './indicators.js';
import { readTables, type Table } from './markdownTables.js';
import { buildSections, flattenSections } from './sections.js';

export interface DocumentSource {
  readonly uri: string;
  readonly text: string;
  readonly meta: DocumentMeta;
  /** First line of the body, after the metadata header. */
  readonly bodyStartLine: number;
}

/** The structural model of one document: sections, tasks, glossary, indicator tables. */
export function parseDocument(
  source: DocumentSource,
): Omit<ParsedDocument, 'figures'> & { lines: LineIndex; tables: Table[] } {
  const lines = new LineIndex(source.text);
  const sections = buildSections(lines, source.bodyStartLine);
  const glossarySections = findGlossarySections(sections);
  const tableSections = flattenSections(sections).filter((s) => s.kind === 'table');
  const excluded = new Set<Section>();
  for (const section of [...glossarySections, ...tableSections]) {
    for (const inner of flattenSections([section])) excluded.add(inner);
  }
  const glossary = glossarySections.flatMap((section) => extractGlossary(source.meta.id, lines, section));
  const tables = readTables(lines, source.bodyStartLine);
  const { indicators, issues } = extractIndicators(source.meta, tables);
  return {
    meta: source.meta,
    uri: source.uri,
    text: source.text,
    lines,
    bodyStartLine: source.bodyStartLine,
    sections,
    clauses: [
      ...extractClauses(sections, {
        docId: source.meta.id,
        lines,
        excluded,
        bodyStartLine: source.bodyStartLine,
        title: source.meta.title,
      }),
      ...taskTableClauses(source.meta.id, tables, sections),
    ].sort((a, b) => a.range.start.line - b.range.start.line),
    glossary,
    indicators,
    tables,
    dataIssues: issues,
  };
}
