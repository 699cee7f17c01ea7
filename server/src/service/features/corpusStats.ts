import type { CorpusIndex, IndexedDocument } from '../index/corpusIndex.js';
import type { CorpusProblem, NameKind } from '../model.js';
import { flattenSections } from '../parse/sections.js';

export interface DocumentStats {
  readonly id: string;
  readonly title: string;
  readonly docNumber?: string;
  readonly date: string;
  readonly kind: string;
  readonly sections: number;
  readonly tasks: number;
  readonly tasksWithLeadUnits: number;
  readonly glossaryEntries: number;
  readonly indicators: number;
  readonly figures: number;
  readonly mentions: Record<NameKind, number>;
  readonly dataIssues: number;
}

export interface CorpusStats {
  readonly documents: DocumentStats[];
  readonly totals: Omit<DocumentStats, 'id' | 'title' | 'docNumber' | 'date' | 'kind'> & { readonly documents: number };
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

function documentStats(doc: IndexedDocument, mentions: Record<NameKind, number>): DocumentStats {
  return {
    id: doc.meta.id,
    title: doc.meta.title,
    docNumber: doc.meta.docNumber,
    date: doc.meta.date,
    kind: doc.meta.kind,
    sections: flattenSections(doc.sections).length,
    tasks: doc.clauses.filter((c) => c.kind === 'task').length,
    tasksWithLeadUnits: doc.clauses.filter((c) => c.kind === 'task' && c.leadUnits.length > 0).length,
    glossaryEntries: doc.glossary.length,
    indicators: doc.indicators.length,
    figures: doc.figures.length,
    mentions,
    dataIssues: doc.dataIssues.length,
  };
}
