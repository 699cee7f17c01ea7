// The server checks a draft in steps and may pause at each (its turns): a request then waits for one
// step, never for a whole analysis. The steps are a draft's lines and figures, not only its checks; two
// drafts' checks may interleave over one index (two open drafts), and a check cancelled at a step stops.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundledCorpusFolder, readCorpusFolders } from '../../../server/src/node/corpusFolders.js';
import { checkDraftSteps, runChecks } from '../../../server/src/service/checks/runChecks.js';
import { draftDocument } from '../../../server/src/service/features/documentText.js';
import { CorpusIndex } from '../../../server/src/service/index/corpusIndex.js';
import { SimpleSegmenter } from '../../../server/src/service/search/simpleSegmenter.js';

const REPO = join(__dirname, '..', '..', '..');
const read = readCorpusFolders([bundledCorpusFolder()]);
const freshIndex = () => CorpusIndex.build(read.files, read.registry, new SimpleSegmenter());

/** The labelled drafts of one fixture set, joined into one long draft (their mistakes included). */
function joinedDrafts(set: string): string {
  const folder = join(REPO, 'test', 'fixtures', set);
  return readdirSync(folder)
    .filter((name) => name.endsWith('.md') && !/[A-Z]+\.md$/.test(name))
    .sort()
    .map((name) => readFileSync(join(folder, name), 'utf8'))
    .join('\n\n');
}

test('a long draft’s check yields inside its analyses, not only between its checks', () => {
  const draft = draftDocument('file:///long.md', 1, joinedDrafts('drafts'));
  const steps = checkDraftSteps(freshIndex(), draft, { locale: 'zh' });
  let yields = 0;
  let step = steps.next();
  for (; !step.done; step = steps.next()) yields++;
  assert.ok(step.value.findings.length > 20, `${step.value.findings.length} findings`);
  // The near-miss analysis alone yields at each line; the checks and analyses are under twenty.
  assert.ok(yields > draft.lines.lineCount, `${yields} yields for ${draft.lines.lineCount} lines`);
});

test('two drafts’ checks interleaved step by step over one index find what each finds alone', () => {
  const a = draftDocument('file:///a.md', 1, joinedDrafts('drafts'));
  const b = draftDocument('file:///b.md', 1, joinedDrafts('drafts-history'));
  const shared = freshIndex();
  const first = checkDraftSteps(shared, a, { locale: 'zh' });
  const second = checkDraftSteps(shared, b, { locale: 'zh' });
  let x = first.next();
  let y = second.next();
  while (!x.done || !y.done) {
    if (!x.done) x = first.next();
    if (!y.done) y = second.next();
  }
  assert.ok(x.done && y.done);
  const alone = (draft: typeof a) => runChecks(freshIndex(), draft, { locale: 'zh' });
  assert.deepEqual(x.value.findings, alone(a));
  assert.deepEqual(y.value.findings, alone(b));
  assert.ok(x.value.findings.length > 20 && y.value.findings.length > 20);
});

test('a check cancelled at a step in the middle of an analysis gives no findings', () => {
  const draft = draftDocument('file:///long.md', 1, joinedDrafts('drafts'));
  let cancelled = false;
  const token = {
    get isCancellationRequested() {
      return cancelled;
    },
  };
  const steps = checkDraftSteps(freshIndex(), draft, { locale: 'zh', token });
  for (let i = 0; i < 200; i++) assert.equal(steps.next().done, false);
  cancelled = true;
  let step = steps.next();
  while (!step.done) step = steps.next();
  assert.deepEqual(step.value.findings, []);
});
