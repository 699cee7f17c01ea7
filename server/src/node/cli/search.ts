import type { LanguageService } from '../../service/languageService.js';

export function formatSearch(service: LanguageService, query: string, limit: number): string {
  const hits = service.lookupClauses(query, limit);
  if (hits.length === 0) return `没有找到与“${query}”相关的条款 / no clause matches "${query}"`;
  return hits
    .map((hit, rank) => {
      const leads = hit.leadUnits.length ? `（${hit.leadUnits.join('、')}牵头）` : '';
      const place = `${hit.docId}:${hit.range.start.line + 1}`;
      return `${rank + 1}. ${hit.path.join(' ')} ${hit.title}${leads}\n   《${hit.docTitle}》 ${place}  score ${hit.score.toFixed(2)}`;
    })
    .join('\n');
}
