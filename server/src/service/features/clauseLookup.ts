import type { CancellationToken } from '../cancellation.js';
import type { CorpusIndex } from '../index/corpusIndex.js';
import type { ClauseLookupItem } from '../../protocol.js';

/** Ranked tasks for a Chinese query (政务云 算力, 一网统管, 粤省事 活跃用户). */
export function lookupClauses(
  index: CorpusIndex,
  query: string,
  limit: number,
  token?: CancellationToken,
): ClauseLookupItem[] {
  if (!query.trim()) return [];
  return index.searchClauses(query, Math.max(1, Math.min(limit, 200)), token).map(({ clause, document, score }) => ({
    uri: document.uri,
    range: clause.range,
    docId: document.meta.id,
    docTitle: document.meta.title,
    docNumber: document.meta.docNumber,
    number: clause.number,
    path: clause.path,
    title: clause.title,
    text: clause.text.length > 300 ? `${clause.text.slice(0, 300)}…` : clause.text,
    leadUnits: clause.leadUnits.map((unit) => unit.name),
    score,
  }));
}
