import type { Location } from 'vscode-languageserver-types';
import type { CancellationToken } from '../cancellation.js';
import type { CorpusIndex } from '../index/corpusIndex.js';
import type { KnownName } from '../model.js';
import type { DraftDocument } from './documentText.js';
import { targetAt } from './targetAt.js';

/** Every mention of the name under the cursor, in the corpus and in the workspace's drafts. */
export function references(
  index: CorpusIndex,
  draft: DraftDocument,
  position: { line: number; character: number },
  workspaceDrafts: Iterable<DraftDocument>,
  token?: CancellationToken,
): Location[] {
  const target = targetAt(index, draft, draft.lines.offsetAt(position));
  if (!target || token?.isCancellationRequested) return [];
  const names: readonly KnownName[] =
    target.type === 'name'
      ? target.names
      : target.type === 'document' && target.document
        ? index.names.filter((n) => n.kind === 'document' && n.docId === target.document!.meta.id)
        : [];
  if (names.length === 0) return [];
  const locations: Location[] = [];
  for (const name of names) {
    for (const mention of index.mentionsOf(name)) {
      const doc = index.document(mention.docId);
      if (doc) locations.push({ uri: doc.uri, range: mention.range });
    }
  }
  const wanted = new Set(names);
  for (const other of workspaceDrafts) {
    if (token?.isCancellationRequested) return [];
    for (const match of index.matcher.findAll(other.text)) {
      if (match.values.some((value) => wanted.has(value)))
        locations.push({ uri: other.uri, range: other.lines.rangeOf(match.start, match.end) });
    }
  }
  return locations;
}
