// Real published documents of other provinces (../shared/corpora/raw: Jiangsu, Fujian, Shandong and the
// central 数字中国 plan, verbatim) checked as drafts with the built CLI, as a drafter would: against the
// bundled corpus, and against themselves imported as a corpus. They are correct published text, so
// every warning would be a false alarm and every byte `--fix` changed would damage an official text.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RAW_DOCUMENTS } from '../../sharedFolder.js';
import { ensureBuilt, runCli } from './runCli.js';

const RAW = RAW_DOCUMENTS;
const FILES = ['fujian.md', 'gov.md', 'jiangsu.md', 'shandong.md'];

let dir: string;
before(() => {
  ensureBuilt();
  assert.deepEqual(
    readdirSync(RAW)
      .filter((f) => f.endsWith('.md'))
      .sort(),
    FILES,
    'the shared real documents',
  );
  dir = mkdtempSync(join(tmpdir(), 'policy-lens-real-'));
  // The documents imported as a corpus, the way the README tells a user to.
  mkdirSync(join(dir, 'corpus'));
  for (const file of FILES) {
    const run = runCli(['corpus', 'import', join(RAW, file), '--out', join(dir, 'corpus')], dir);
    assert.equal(run.status, 0, run.stdout + run.stderr);
  }
});
after(() => rmSync(dir, { recursive: true, force: true }));

interface Json {
  file: string;
  diagnostics: Array<{ severity: string; code: string; message: string; line: number }>;
}

function checkCopies(name: string, args: readonly string[]): { alarms: string[]; changed: string[] } {
  const drafts = join(dir, name);
  mkdirSync(drafts);
  for (const file of FILES) cpSync(join(RAW, file), join(drafts, file));
  const run = runCli(['check', drafts, '--fix', '--format', 'json', ...args], dir);
  assert.ok(run.status === 0 || run.status === 1, run.stderr);
  const alarms = (JSON.parse(run.stdout) as Json[]).flatMap((f) =>
    f.diagnostics
      .filter((d) => d.severity === 'warning' || d.severity === 'error')
      .map((d) => `${f.file}:${d.line} ${d.code} ${d.message}`),
  );
  const changed = FILES.filter((file) => !readFileSync(join(drafts, file)).equals(readFileSync(join(RAW, file))));
  return { alarms, changed };
}

describe('real published documents of other provinces, checked as drafts', () => {
  test('against the bundled (Guangdong) corpus: no warning or error, and --fix changes no byte', () => {
    assert.deepEqual(checkCopies('against-bundled', []), { alarms: [], changed: [] });
  });

  test('against themselves imported as a corpus (bundled off): no warning or error, and --fix changes no byte', () => {
    assert.deepEqual(checkCopies('against-themselves', ['--no-bundled', '--corpus', join(dir, 'corpus')]), {
      alarms: [],
      changed: [],
    });
  });
});
