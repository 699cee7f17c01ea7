import { SymbolKind, type SymbolInformation } from 'vscode-languageserver-types';
import type { CancellationToken } from '../cancellation.js';
import type { CorpusIndex } from '../index/corpusIndex.js';
import type { KnownName } from '../model.js';
import { nameKey } from '../text/normalize.js';
import { clauseLabel } from './clauseLabel.js';
import { describeName } from './describe.js';
import { sourceLabel } from './sources.js';

const NAME_SYMBOL: Record<KnownName['kind'], SymbolKind> = {
  platform: SymbolKind.Module,
  agency: SymbolKind.Object,
  document: SymbolKind.File,
  term: SymbolKind.Constant,
  indicator: SymbolKind.Number,
};

/** Names whose spelling contains the query, then tasks ranked by the search index. */
export function workspaceSymbols(
  index: CorpusIndex,
  query: string,
  token?: CancellationToken,
  limit = 100,
): SymbolInformation[] {
  const key = nameKey(query);
  const symbols: SymbolInformation[] = [];
  if (key) {
    for (const name of index.names) {
      if (token?.isCancellationRequested) return [];
      if (!nameKey(name.name).includes(key) && !name.aliases.some((alias) => nameKey(alias).includes(key))) continue;
      const best = describeName(index, name)[0];
      if (best)
        symbols.push({
          name: name.display,
          kind: NAME_SYMBOL[name.kind],
          location: { uri: best.doc.uri, range: best.range },
          containerName: sourceLabel(best.doc),
        });
      if (symbols.length >= limit / 2) break;
    }
  }
  if (!query.trim()) return symbols;
  for (const hit of index.searchClauses(query, limit - symbols.length, token)) {
    symbols.push({
      name: clauseLabel(hit.clause.number, hit.clause.title),
      kind: SymbolKind.Event,
      location: { uri: hit.document.uri, range: hit.clause.range },
      containerName: sourceLabel(hit.document),
    });
  }
  return symbols;
}
