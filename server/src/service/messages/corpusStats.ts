// The corpus statistics as `policy-lens corpus stats` prints them and "Show corpus statistics" shows them.
import type { DocumentStats } from '../features/corpusStats.js';
import { entry, fixed, plural } from './entry.js';

/** One row of counts: a document's or the totals' (the figures as corpusStats counts them). */
export type StatsRow = Pick<
  DocumentStats,
  | 'sections'
  | 'tasks'
  | 'tasksWithLeadUnits'
  | 'glossaryEntries'
  | 'indicators'
  | 'figures'
  | 'dataIssues'
  | 'linesInClauses'
  | 'textLines'
> & { readonly percent: string };
export interface NameCounts {
  readonly platform: number;
  readonly agency: number;
  readonly document: number;
  readonly term: number;
  readonly indicator: number;
}
interface Duplicate {
  readonly dropped: string;
  readonly kept: string;
  readonly docNumber: string;
  readonly reason: string;
}

// `reason` is data (it is in `corpus stats --json` as the loader wrote it); English output translates the
// loader's two reasons.
const REASON_EN: Record<string, string> = {
  '该副本不完整（预览截断）': 'this copy is incomplete (a truncated preview)',
  该副本较短: 'this copy is shorter',
};
const reasonEn = (reason: string) => REASON_EN[reason] ?? reason;

export const STATS_MESSAGES = {
  counts: entry<StatsRow>(
    (d) =>
      `章节 ${d.sections} · 任务 ${d.tasks}（有牵头单位 ${d.tasksWithLeadUnits}）· 名词解释 ${d.glossaryEntries} · 指标 ${d.indicators} · 数值 ${d.figures} · 数据问题 ${d.dataIssues}\n    条款覆盖：${d.linesInClauses}/${d.textLines} 行（${d.percent}）`,
    (d) =>
      `${plural(d.sections, 'section', 'sections')} · ${plural(d.tasks, 'task', 'tasks')} (${d.tasksWithLeadUnits} with lead units) · ${plural(d.glossaryEntries, 'glossary entry', 'glossary entries')} · ${plural(d.indicators, 'indicator', 'indicators')} · ${plural(d.figures, 'figure', 'figures')} · ${plural(d.dataIssues, 'data issue', 'data issues')}\n    text in clauses: ${d.linesInClauses}/${d.textLines} lines (${d.percent})`,
  ),
  mentions: entry<NameCounts>(
    (m) => `提及：平台 ${m.platform} · 单位 ${m.agency} · 文件 ${m.document} · 术语 ${m.term} · 指标 ${m.indicator}`,
    (m) =>
      `mentions: platforms ${m.platform} · agencies ${m.agency} · documents ${m.document} · terms ${m.term} · indicators ${m.indicator}`,
  ),
  /** A document's heading line: corpus file, title, 文号, date, kind, jurisdiction. */
  document: entry<{ id: string; title: string; docNumber?: string; date: string; kind: string; jurisdiction?: string }>(
    (p) =>
      `${p.id}  ${p.title}${p.docNumber ? `（${p.docNumber}）` : ''} ${p.date} ${p.kind}${p.jurisdiction ? ` · ${p.jurisdiction}` : ''}`,
    (p) =>
      `${p.id}  ${p.title}${p.docNumber ? ` (${p.docNumber})` : ''} ${p.date} ${p.kind}${p.jurisdiction ? ` · ${p.jurisdiction}` : ''}`,
  ),
  total: entry<{ documents: number }>(
    (p) => `合计：${p.documents} 个文件`,
    (p) => `Total: ${plural(p.documents, 'document', 'documents')}`,
  ),
  knownNames: entry<NameCounts>(
    (n) =>
      `已知名称：平台 ${n.platform} · 单位 ${n.agency} · 文件 ${n.document} · 术语 ${n.term} · 指标 ${n.indicator}`,
    (n) =>
      `Known names: platforms ${n.platform} · agencies ${n.agency} · documents ${n.document} · terms ${n.term} · indicators ${n.indicator}`,
  ),
  duplicate: entry<Duplicate>(
    (d) => `重复：${d.dropped} 与 ${d.kept} 文号相同（${d.docNumber}），${d.reason}，保留 ${d.kept}`,
    (d) =>
      `Duplicate: ${d.dropped} has the number of ${d.kept} (${d.docNumber}), ${reasonEn(d.reason)}; kept ${d.kept}`,
  ),
  // The Markdown report of the editor command.
  reportTitle: fixed('# Policy Lens 语料统计', '# Policy Lens corpus statistics'),
  reportSummary: entry<{ state: string; documents: number; names: number; indexMs: string }>(
    (p) => `状态：${p.state} · 文件 ${p.documents} · 名称 ${p.names} · 索引耗时 ${p.indexMs} ms`,
    (p) =>
      `State: ${p.state} · ${plural(p.documents, 'document', 'documents')} · ${plural(p.names, 'name', 'names')} · indexed in ${p.indexMs} ms`,
  ),
  reportHeader: fixed(
    '| 文件 | 文号 | 日期 | 章节 | 任务 | 名词解释 | 指标 | 数值 |',
    '| Document | Number | Date | Sections | Tasks | Glossary | Indicators | Figures |',
  ),
  reportTotal: fixed('**合计**', '**Total**'),
  reportDuplicates: fixed('## 重复文件', '## Duplicates'),
  reportDuplicate: entry<Duplicate>(
    (d) => `- ${d.dropped} 与 ${d.kept} 文号相同（${d.docNumber}），${d.reason}；保留 ${d.kept}`,
    (d) => `- ${d.dropped} has the number of ${d.kept} (${d.docNumber}), ${reasonEn(d.reason)}; kept ${d.kept}`,
  ),
  reportProblems: fixed('## 问题', '## Problems'),
  notIndexed: fixed('语料尚未索引', 'The corpus is not indexed yet'),
} as const;
