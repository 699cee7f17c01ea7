import type { CorpusStatus } from '../protocol.js';
import type { CorpusStats } from '../service/features/corpusStats.js';
import type { Locale } from '../service/l10n.js';
import { STATS_MESSAGES as M } from '../service/messages/corpusStats.js';
import { say } from '../service/messages/entry.js';

/** The corpus statistics as Markdown, for the "Show corpus statistics" command. */
export function corpusReport(stats: CorpusStats, status: CorpusStatus, locale: Locale): string {
  const lines = [
    say(locale, M.reportTitle, {}),
    '',
    say(locale, M.reportSummary, {
      state: status.state,
      documents: stats.totals.documents,
      names: Object.values(stats.names).reduce((a, b) => a + b, 0),
      indexMs: String(status.indexMs ?? '-'),
    }),
    '',
    say(locale, M.reportHeader, {}),
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
    ...stats.documents.map(
      (d) =>
        `| ${d.title} | ${d.docNumber ?? '-'} | ${d.date} | ${d.sections} | ${d.tasks} | ${d.glossaryEntries} | ${d.indicators} | ${d.figures} |`,
    ),
    `| ${say(locale, M.reportTotal, {})} | | | ${stats.totals.sections} | ${stats.totals.tasks} | ${stats.totals.glossaryEntries} | ${stats.totals.indicators} | ${stats.totals.figures} |`,
    '',
    say(locale, M.knownNames, stats.names),
  ];
  if (stats.duplicates.length) {
    lines.push(
      '',
      say(locale, M.reportDuplicates, {}),
      ...stats.duplicates.map((d) => say(locale, M.reportDuplicate, d)),
    );
  }
  if (stats.problems.length) {
    lines.push('', say(locale, M.reportProblems, {}), ...stats.problems.map((p) => `- ${p.severity}: ${p.message}`));
  }
  return lines.join('\n');
}
