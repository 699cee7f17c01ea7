import type { LocationLink } from 'vscode-languageserver-types';
import type { CancellationToken } from '../cancellation.js';
import type { CorpusIndex } from '../index/corpusIndex.js';
import type { DraftDocument } from './documentText.js';
import { describeName, titleRange } from './describe.js';
import { targetAt } from './targetAt.js';

/** Where the corpus defines or best describes what is under the cursor, best first. */
export function definition(
  index: CorpusIndex,
  draft: DraftDocument,
  position: { line: number; character: number },
  token?: CancellationToken,
): LocationLink[] {
  const target = targetAt(index, draft, draft.lines.offsetAt(position));
  if (!target || token?.isCancellationRequested) return [];
  const link = (uri: string, range: LocationLink['targetRange']): LocationLink => ({
    originSelectionRange: target.range,
    targetUri: uri,
    targetRange: range,
    targetSelectionRange: {
      start: range.start,
      end: range.start.line === range.end.line ? range.end : { line: range.start.line, character: 999 },
    },
  });
  if (target.type === 'clause') return [link(target.document.uri, target.clause.range)];
  if (target.type === 'document')
    return target.document ? [link(target.document.uri, titleRange(target.document))] : [];
  const links: LocationLink[] = [];
  for (const name of target.names) {
    for (const description of describeName(index, name)) links.push(link(description.doc.uri, description.range));
  }
  // The same place can describe two names (a term that is also a platform): list it once.
  return links.filter(
    (l, i) =>
      links.findIndex((o) => o.targetUri === l.targetUri && o.targetRange.start.line === l.targetRange.start.line) ===
      i,
  );
}
