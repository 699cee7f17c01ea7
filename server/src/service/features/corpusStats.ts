import type { CorpusIndex, IndexedDocument } from '../index/corpusIndex.js';
import type { CorpusProblem, NameKind } from '../model.js';
import { flattenSections } from '../parse/sections.js';
import { formatJurisdiction } from '../language/jurisdiction.js';

export interface DocumentStats {
  readonly id: string;
  readonly title: string;
  readonly docNumber?: string;
  readonly date: string;
  readonly kind: string;
  /** Whose document it is (江苏省, 广东省深圳市, 全国): its figures are compared only with that jurisdiction's. */
  readonly jurisdiction?: string;
  readonly sections: number;
  readonly tasks: number;
  readonly tasksWithLeadUnits: number;
  readonly glossaryEntries: number;
  readonly indicators: number;
  readonly figures: number;
  readonly mentions: Record<NameKind, number>;
  readonly dataIssues: number;
  /** Lines of text (sentences) in the body, and how many of them some searchable clause holds. */
  readonly textLines: number;
  readonly linesInClauses: number;
}

export interface CorpusStats {
  readonly documents: DocumentStats[];
  readonly totals: Omit<DocumentStats, 'id' | 'title' | 'docNumber' | 'date' | 'kind' | 'jurisdiction'> & {
    readonly documents: number;
  };
  readonly names: Record<NameKind, number>;
  readonly duplicates: ReadonlyArray<{ docNumber: string; kept: string; dropped: string; reason: string }>;
  readonly problems: ReadonlyArray<{ file: string; severity: string; message: string; field?: string }>;
}

const KINDS: NameKind[] = ['platform', 'agency', 'document', 'term', 'indicator'];
const zeroKinds = (): Record<NameKind, number> => ({ platform: 0, agency: 0, document: 0, term: 0, indicator: 0 });

export function corpusStats(index: CorpusIndex, problems: readonly CorpusProblem[]): CorpusStats {
  const mentionsByDoc = new Map<string, Record<NameKind, number>>();
  for (const name of index.names) {
    for (const mention of index.mentionsOf(name)) {
      const counts = mentionsByDoc.get(mention.docId) ?? zeroKinds();
      counts[mention.kind]++;
      mentionsByDoc.set(mention.docId, counts);
    }
  }
  const documents = index.documents.map((doc) => documentStats(doc, mentionsByDoc.get(doc.meta.id) ?? zeroKinds()));
  const sum = (pick: (d: DocumentStats) => number) => documents.reduce((total, d) => total + pick(d), 0);
  const names = zeroKinds();
  for (const name of index.names) names[name.kind]++;
  const mentionTotals = zeroKinds();
  for (const kind of KINDS) mentionTotals[kind] = sum((d) => d.mentions[kind]);
  return {
    documents,
    totals: {
      documents: documents.length,
      sections: sum((d) => d.sections),
      tasks: sum((d) => d.tasks),
      tasksWithLeadUnits: sum((d) => d.tasksWithLeadUnits),
      glossaryEntries: sum((d) => d.glossaryEntries),
      indicators: sum((d) => d.indicators),
      figures: sum((d) => d.figures),
      mentions: mentionTotals,
      dataIssues: sum((d) => d.dataIssues),
      textLines: sum((d) => d.textLines),
      linesInClauses: sum((d) => d.linesInClauses),
    },
    names,
    duplicates: index.duplicates,
    problems: problems.map((p) => ({
      file: decodeURIComponent(p.uri.replace(/^file:\/\//, '')),
      severity: p.severity,
      message: p.message,
      field: p.field,
    })),
  };
}

const jurisdictionOf = (doc: IndexedDocument) =>
  (doc.jurisdiction ? formatJurisdiction(doc.jurisdiction) : undefined) || doc.meta.jurisdiction || undefined;

function documentStats(doc: IndexedDocument, mentions: Record<NameKind, number>): DocumentStats {
  return {
    id: doc.meta.id,
    title: doc.meta.title,
    docNumber: doc.meta.docNumber,
    date: doc.meta.date,
    kind: doc.meta.kind,
    ...(jurisdictionOf(doc) ? { jurisdiction: jurisdictionOf(doc) } : {}),
    sections: flattenSections(doc.sections).length,
    tasks: doc.clauses.filter((c) => c.kind === 'task').length,
    tasksWithLeadUnits: doc.clauses.filter((c) => c.kind === 'task' && c.leadUnits.length > 0).length,
    glossaryEntries: doc.glossary.length,
    indicators: doc.indicators.length,
    figures: doc.figures.length,
    mentions,
    dataIssues: doc.dataIssues.length,
    ...clauseCoverage(doc),
  };
}

/**
 * Which lines of text some clause holds — what clause lookup and search can find. A line of text has Han
 * characters and is no table row, no table of figures and no glossary entry (those are searched as such):
 * a title or heading with text of its own counts, so the share should be 100 %.
 */
function clauseCoverage(doc: IndexedDocument): { textLines: number; linesInClauses: number } {
  const covered = new Uint8Array(doc.lines.lineCount);
  for (const clause of doc.clauses)
    for (let line = clause.range.start.line; line <= clause.range.end.line && line < covered.length; line++)
      covered[line] = 1;
  for (const entry of doc.glossary)
    for (let line = entry.range.start.line; line <= entry.range.end.line && line < covered.length; line++)
      covered[line] = 1;
  // A section's heading is in the outline and titles the clauses under it.
  for (const section of flattenSections(doc.sections)) {
    covered[section.range.start.line] = 1;
    // 附件 1 / 指标计算方法: a title on the line after its number.
    for (
      let line = section.range.start.line + 1;
      line < Math.min(covered.length, section.range.start.line + 4);
      line++
    ) {
      const text = doc.lines.lineText(line).trim();
      if (!text) continue;
      if (section.title && text.replace(/^#+\s*|\*\*/g, '') === section.title) covered[line] = 1;
      break;
    }
  }
  for (const table of doc.tables ?? []) if (table.caption) covered[Math.max(0, table.range.start.line - 1)] = 1;
  let textLines = 0;
  let linesInClauses = 0;
  for (let line = doc.bodyStartLine; line < doc.lines.lineCount; line++) {
    const text = doc.lines.lineText(line);
    if (!/[\u4e00-\u9fff]{4}/.test(text) || /^\s*\|/.test(text)) continue;
    textLines++;
    if (covered[line]) linesInClauses++;
  }
  return { textLines, linesInClauses };
}
