import type { LanguageService } from '../../service/languageService.js';
import type { Locale } from '../../service/l10n.js';
import { CLI_MESSAGES } from '../../service/messages/cli.js';
import { say } from '../../service/messages/entry.js';

export function formatSearch(service: LanguageService, query: string, limit: number, locale: Locale): string {
  const hits = service.lookupClauses(query, limit);
  if (hits.length === 0) return say(locale, CLI_MESSAGES.noClause, { query });
  return hits
    .map((hit, rank) => {
      const leads = hit.leadUnits.length ? say(locale, CLI_MESSAGES.ledBy, { units: hit.leadUnits }) : '';
      const place = `${hit.docId}:${hit.range.start.line + 1}`;
      const score = say(locale, CLI_MESSAGES.score, { score: hit.score.toFixed(2) });
      return `${rank + 1}. ${hit.path.join(' ')} ${hit.title}${leads}\n   《${hit.docTitle}》 ${place}  ${score}`;
    })
    .join('\n');
}
