// `npm run eval`: precision and recall of the checker per diagnostic code on the labelled drafts in
// test/fixtures/drafts (a line's expected findings: <!-- expect: CODE "span"; CODE "span" -->).
import { evaluateDrafts, formatEvaluation } from '../test/eval/evaluate.js';

const result = evaluateDrafts();
console.log(formatEvaluation(result));
if (process.argv.includes('--details')) {
  for (const miss of result.misses) console.log(`漏报 missed  ${miss}`);
  for (const alarm of result.falseAlarms) console.log(`误报 false   ${alarm}`);
}
