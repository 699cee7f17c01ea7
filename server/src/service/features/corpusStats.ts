import type { CorpusIndex, IndexedDocument } from '../../service/index/corpusIndex.js';
import type { CorpusProblem, NameKind } from '../../service/model.js';
import { flattenSections } from '../../service/parse/sections.js';

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

export function formatStats(stats: CorpusStats): string {
  const lines: string[] = [];
  const row = (label: string, d: Omit<DocumentStats, 'id' | 'title' | 'docNumber' | 'date' | 'kind'>) =>
    `${label}\n    章节 sections ${d.sections} · 任务 tasks ${d.tasks}（有牵头单位 with lead units ${d.tasksWithLeadUnits}）· 名词解释 glossary ${d.glossaryEntries} · 指标 indicators ${d.indicators} · 数值 figures ${d.figures} · 数据问题 data issues ${d.dataIssues}\n    提及 mentions: 平台 ${d.mentions.platform} · 单位 ${d.mentions.agency} · 文件 ${d.mentions.document} · 术语 ${d.mentions.term} · 指标 ${d.mentions.indicator}`;
  for (const doc of stats.documents) {
    lines.push(
      row(`${doc.id}  ${doc.title}${doc.docNumber ? `（${doc.docNumber}）` : ''} ${doc.date} ${doc.kind}`, doc),
    );
  }
  lines.push(row(`合计 total: ${stats.totals.documents} 个文件 documents`, stats.totals));
  const n = stats.names;
  lines.push(
    `已知名称 known names: 平台 platforms ${n.platform} · 单位 agencies ${n.agency} · 文件 documents ${n.document} · 术语 terms ${n.term} · 指标 indicators ${n.indicator}`,
  );
  for (const dup of stats.duplicates) {
    lines.push(
      `重复 duplicate: ${dup.dropped} 与 ${dup.kept} 文号相同（${dup.docNumber}），${dup.reason}，保留 kept ${dup.kept}`,
    );
  }
  for (const problem of stats.problems)
    lines.push(`${problem.severity === 'error' ? '错误 error' : '警告 warning'}: ${problem.message}`);
  return lines.join('\n');
}
