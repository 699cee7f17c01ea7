// Runs every *.test.ts under test/unit and test/server with node's built-in test runner.
// (Node 20's --test does not expand globs or pick up .ts files by itself.)
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const tiers = process.argv.slice(2).length ? process.argv.slice(2) : ['test/unit', 'test/server'];

function collect(dir) {
  let files = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) files = files.concat(collect(path));
    else if (name.endsWith('.test.ts')) files.push(path);
  }
  return files;
}

const files = tiers.flatMap((tier) => (tier.endsWith('.test.ts') ? [tier] : collect(tier))).sort();
if (files.length === 0) {
  console.error('no test files found in', tiers.join(', '));
  process.exit(1);
}
const result = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', ...files], {
  stdio: 'inherit',
});
process.exit(result.status ?? 1);
