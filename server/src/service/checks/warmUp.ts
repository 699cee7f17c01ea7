// What the first check of a draft would build at once — the corpus's measures and their links, the
// near-miss anchors, the name history — built ahead, one piece per step, right after indexing. The
// server pauses between the steps, so no request waits on a cache being filled.
import { corpusNeighbours, CORPUS_MEASURES } from '../figures/corpusMeasures.js';
import { draftDocument } from '../features/documentText.js';
import type { CorpusIndex } from '../index/corpusIndex.js';
import { FIGURES_BY_SUBJECT } from '../index/corpusLookups.js';
import { CORPUS_TRIGRAMS } from '../index/corpusTrigrams.js';
import { HISTORY } from '../history/nameHistory.js';
import { HELD_EVENTS } from '../history/ordinalEvents.js';
import { CHECKS } from './registry.js';
import { runChecks } from './runChecks.js';

/** Corpus figures linked per step: each is a pass over all figures. */
const FIGURES_PER_STEP = 20;

export function* warmUpSteps(index: CorpusIndex): Generator<void, void> {
  const { figures } = index.derived.get(CORPUS_MEASURES);
  yield;
  for (let i = 0; i < figures.length; i++) {
    corpusNeighbours(index, figures[i]);
    if (i % FIGURES_PER_STEP === FIGURES_PER_STEP - 1) yield;
  }
  yield;
  // The corpus-wide values the checks build on first use, whatever the sample below happens to hold (one
  // without a known name would leave the name histories to the first real draft: seconds on a large corpus).
  for (const key of [HISTORY, HELD_EVENTS, FIGURES_BY_SUBJECT] as const) {
    index.derived.get<unknown>(key);
    yield;
  }
  yield* index.derived.steps(CORPUS_TRIGRAMS);
  // Each check once on a sentence of the corpus that holds a figure: what it builds lazily, it builds now.
  const sample = figures[0]?.text ?? index.documents[0]?.clauses[0]?.text ?? '';
  const draft = draftDocument('policy-lens:warm-up', 0, sample);
  for (const check of CHECKS) {
    runChecks(index, draft, { locale: 'zh', checks: [check] });
    yield;
  }
}
