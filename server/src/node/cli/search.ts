import type { CorpusIndex } from '../../service/index/corpusIndex.js';

export function formatSearch(index: CorpusIndex, query: string, limit: number): string {
  const hits = index.searchClauses(query, limit);
  if (hits.length === 0) return `没有找到与“${query}”相关的条款 / no clause matches "${query}"`;
  return hits
    .map(({ clause, document, score }, rank) => {
      const leads = clause.leadUnits.length ? `（${clause.leadUnits.map((u) => u.name).join('、')}牵头）` : '';
      const place = `${document.meta.id}:${clause.range.start.line + 1}`;
      return `${rank + 1}. ${clause.path.join(' ')} ${clause.title}${leads}\n   《${document.meta.title}》 ${place}  score ${score.toFixed(2)}`;
    })
    .join('\n');
}
