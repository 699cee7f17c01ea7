import type { CorpusStatus } from '../protocol.js';
import type { CorpusStats } from '../service/features/corpusStats.js';

/** The corpus statistics as Markdown, for the "Show corpus statistics" command. */
export function corpusReport(stats: CorpusStats, status: CorpusStatus): string {
  const lines = [
    '# Policy Lens 语料统计 / corpus statistics',
    '',
    `状态 state: ${status.state} · 文件 documents ${stats.totals.documents} · 名称 names ${Object.values(stats.names).reduce((a, b) => a + b, 0)} · 索引耗时 ${status.indexMs ?? '-'} ms`,
    '',
    '| 文件 document | 文号 | 日期 | 章节 | 任务 | 名词解释 | 指标 | 数值 |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
    ...stats.documents.map(
      (d) =>
        `| ${d.title} | ${d.docNumber ?? '-'} | ${d.date} | ${d.sections} | ${d.tasks} | ${d.glossaryEntries} | ${d.indicators} | ${d.figures} |`,
    ),
    `| **合计 total** | | | ${stats.totals.sections} | ${stats.totals.tasks} | ${stats.totals.glossaryEntries} | ${stats.totals.indicators} | ${stats.totals.figures} |`,
    '',
    `已知名称 known names: 平台 ${stats.names.platform} · 单位 ${stats.names.agency} · 文件 ${stats.names.document} · 术语 ${stats.names.term} · 指标 ${stats.names.indicator}`,
  ];
  if (stats.duplicates.length) {
    lines.push(
      '',
      '## 重复文件 duplicates',
      ...stats.duplicates.map(
        (d) => `- ${d.dropped} 与 ${d.kept} 文号相同（${d.docNumber}），${d.reason}；保留 ${d.kept}`,
      ),
    );
  }
  if (stats.problems.length) {
    lines.push('', '## 问题 problems', ...stats.problems.map((p) => `- ${p.severity}: ${p.message}`));
  }
  return lines.join('\n');
}
