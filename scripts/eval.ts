// `npm run eval`: precision and recall of the checker per diagnostic code on the labelled drafts
// (a line's expected findings: <!-- expect: CODE "span"; CODE "span" -->). Two sets: test/fixtures/drafts,
// which the checker was tuned on, and test/fixtures/drafts-holdout, written apart from the checker's code
// and never tuned on — the honest figure.
import { join } from 'node:path';
import { DRAFTS, evaluateDrafts, formatEvaluation } from '../test/eval/evaluate.js';

const sets = [
  { title: '调优集 tuning set (test/fixtures/drafts)', folder: DRAFTS },
  { title: '留出集 held-out set (test/fixtures/drafts-holdout)', folder: join(DRAFTS, '..', 'drafts-holdout') },
];
for (const set of sets) {
  const result = evaluateDrafts(set.folder);
  console.log(`\n${set.title}\n${formatEvaluation(result)}`);
  if (process.argv.includes('--details')) {
    for (const miss of result.misses) console.log(`漏报 missed  ${miss}`);
    for (const alarm of result.falseAlarms) console.log(`误报 false   ${alarm}`);
  }
}
