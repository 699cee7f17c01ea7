import { test } from 'node:test';
import assert from 'node:assert/strict';
import { evaluateDrafts, formatEvaluation, precision, recall } from '../eval/evaluate.js';

// The labelled drafts (test/fixtures/drafts) are the checker's contract with drafters: it must catch
// real mistakes and almost never cry wolf. `npm run eval -- --details` shows what is missed or wrong.
test('the checker keeps precision ≥ 0.95 and recall ≥ 0.90 on the labelled drafts', () => {
  const result = evaluateDrafts();
  assert.ok(result.expected >= 60, `at least 60 labelled mistakes, found ${result.expected}`);
  const report = formatEvaluation(result);
  assert.ok(precision(result.total) >= 0.95, `precision fell below 0.95\n${report}\n${result.falseAlarms.join('\n')}`);
  assert.ok(recall(result.total) >= 0.9, `recall fell below 0.90\n${report}\n${result.misses.join('\n')}`);
});
