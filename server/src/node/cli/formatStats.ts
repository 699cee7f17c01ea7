import type { CorpusStats, DocumentStats } from '../../service/features/corpusStats.js';

const percent = (part: number, whole: number) => (whole === 0 ? '—' : `${((100 * part) / whole).toFixed(1)}%`);

export function formatStats(stats: CorpusStats): string {
  const lines: string[] = [];
  const row = (
    label: string,
    d: Omit<DocumentStats, 'id' | 'title' | 'docNumber' | 'date' | 'kind' | 'jurisdiction'>,
  ) =>
    `${label}\n    章节 sections ${d.sections} · 任务 tasks ${d.tasks}（有牵头单位 with lead units ${d.tasksWithLeadUnits}）· 名词解释 glossary ${d.glossaryEntries} · 指标 indicators ${d.indicators} · 数值 figures ${d.figures} · 数据问题 data issues ${d.dataIssues}\n    条款覆盖 text in clauses: ${d.linesInClauses}/${d.textLines} 行 lines（${percent(d.linesInClauses, d.textLines)}）\n    提及 mentions: 平台 ${d.mentions.platform} · 单位 ${d.mentions.agency} · 文件 ${d.mentions.document} · 术语 ${d.mentions.term} · 指标 ${d.mentions.indicator}`;
  for (const doc of stats.documents) {
    lines.push(
      row(
        `${doc.id}  ${doc.title}${doc.docNumber ? `（${doc.docNumber}）` : ''} ${doc.date} ${doc.kind}${doc.jurisdiction ? ` · ${doc.jurisdiction}` : ''}`,
        doc,
      ),
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
