import type { CorpusStats, DocumentStats } from '../../service/features/corpusStats.js';
import type { Locale } from '../../service/l10n.js';
import { CLI_MESSAGES } from '../../service/messages/cli.js';
import { STATS_MESSAGES } from '../../service/messages/corpusStats.js';
import { say } from '../../service/messages/entry.js';

const percent = (part: number, whole: number) => (whole === 0 ? '—' : `${((100 * part) / whole).toFixed(1)}%`);

export function formatStats(stats: CorpusStats, locale: Locale): string {
  const lines: string[] = [];
  const row = (
    label: string,
    d: Omit<DocumentStats, 'id' | 'title' | 'docNumber' | 'date' | 'kind' | 'jurisdiction'>,
  ) =>
    `${label}\n    ${say(locale, STATS_MESSAGES.counts, { ...d, percent: percent(d.linesInClauses, d.textLines) })}\n    ${say(locale, STATS_MESSAGES.mentions, d.mentions)}`;
  for (const doc of stats.documents) lines.push(row(say(locale, STATS_MESSAGES.document, doc), doc));
  lines.push(row(say(locale, STATS_MESSAGES.total, { documents: stats.totals.documents }), stats.totals));
  lines.push(say(locale, STATS_MESSAGES.knownNames, stats.names));
  for (const dup of stats.duplicates) lines.push(say(locale, STATS_MESSAGES.duplicate, dup));
  for (const problem of stats.problems)
    lines.push(
      say(locale, problem.severity === 'error' ? CLI_MESSAGES.error : CLI_MESSAGES.warning, { text: problem.message }),
    );
  return lines.join('\n');
}
