// The fuzz campaign of `npm run fuzz` (test/fuzz), short: a fixed seed, then two random ones, on short
// lines and documents. A failure prints the shrunk counterexample's shape, the file holding the whole of
// it, and the `npm run fuzz -- --seed … --path …` that replays it. In the server tier because a share of
// the cases spawns the built dist/cli.js (built here if missing, never rebuilt).
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { SHORT_SIZES } from '../fuzz/arbitraries.js';
import { formatReport, runCampaign } from '../fuzz/campaign.js';
import { DEFAULT_BOUND } from '../fuzz/timing.js';
import { ensureBuilt } from './cli/runCli.js';

before(ensureBuilt);

for (const [seed, runs] of [
  [20261212, 40],
  [undefined, 15],
  [undefined, 15],
] as const) {
  test(`a short fuzz campaign (${seed === undefined ? 'a random seed' : `seed ${seed}`}, ${runs} runs) holds`, async () => {
    const report = await runCampaign({
      runs,
      ...(seed !== undefined ? { seed } : {}),
      sizes: SHORT_SIZES,
      bound: DEFAULT_BOUND,
      log: () => undefined,
    });
    assert.ok(report.cases >= runs, `only ${report.cases} cases`);
    assert.equal(report.failures.length, 0, formatReport(report).join('\n'));
  });
}
