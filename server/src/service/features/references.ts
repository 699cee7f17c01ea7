import type { Pause } from '../steps.js';
import type { Location } from 'vscode-languageserver-types';
import type { CancellationToken } from '../cancellation.js';
import type { CorpusIndex } from '../index/corpusIndex.js';
import type { KnownName } from '../model.js';
import type { DraftDocument } from './documentText.js';
import { targetAt } from './targetAt.js';

type Position = { line: number; character: number };

/** Every mention of the name under the cursor, in the corpus and in the workspace's drafts. */
export function references(
  index: CorpusIndex,
  draft: DraftDocument,
  position: Position,
  workspaceDrafts: Iterable<DraftDocument>,
  token?: CancellationToken,
): Location[] {
  const names = wantedNames(index, draft, position);
  if (names.length === 0 || token?.isCancellationRequested) return [];
  const locations = corpusMentions(index, names);
  const wanted = new Set(names);
  for (const other of workspaceDrafts) {
    if (token?.isCancellationRequested) return [];
    locations.push(...mentionsIn(index, wanted, other));
  }
  return locations;
}

/**
 * references, with `pause` awaited after each workspace draft searched: drafts read from disk one by
 * one (an async iterable) as a walk finds them, the server answering other requests meanwhile.
 */
export async function referencesInSteps(
  index: CorpusIndex,
  draft: DraftDocument,
  position: Position,
  workspaceDrafts: Iterable<DraftDocument> | AsyncIterable<DraftDocument>,
  pause: Pause,
  token?: CancellationToken,
): Promise<Location[]> {
  const names = wantedNames(index, draft, position);
  if (names.length === 0 || token?.isCancellationRequested) return [];
  const locations = corpusMentions(index, names);
  const wanted = new Set(names);
  for await (const other of workspaceDrafts) {
    if (token?.isCancellationRequested) return [];
    locations.push(...mentionsIn(index, wanted, other));
    await pause();
    // Before the next draft is read: a cancelled search stops the walk where it stands.
    if (token?.isCancellationRequested) return [];
  }
  // A walk that stopped for the token itself ends the loop: what it found so far is not the answer.
  return token?.isCancellationRequested ? [] : locations;
}

/** The name under the cursor, or every name of the document whose title or 文号 is under it. */
function wantedNames(index: CorpusIndex, draft: DraftDocument, position: Position): readonly KnownName[] {
  const target = targetAt(index, draft, draft.lines.offsetAt(position));
  if (!target) return [];
  if (target.type === 'name') return target.names;
  if (target.type === 'document' && target.document) {
    const id = target.document.meta.id;
    return index.names.filter((n) => n.kind === 'document' && n.docId === id);
  }
  return [];
}

function corpusMentions(index: CorpusIndex, names: readonly KnownName[]): Location[] {
  const locations: Location[] = [];
  for (const name of names) {
    for (const mention of index.mentionsOf(name)) {
      const doc = index.document(mention.docId);
      if (doc) locations.push({ uri: doc.uri, range: mention.range });
    }
  }
  return locations;
}

function mentionsIn(index: CorpusIndex, wanted: ReadonlySet<KnownName>, other: DraftDocument): Location[] {
  return index.matcher
    .findAll(other.text)
    .filter((match) => match.values.some((value) => wanted.has(value)))
    .map((match) => ({ uri: other.uri, range: other.lines.rangeOf(match.start, match.end) }));
}
