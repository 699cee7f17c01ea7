// The CLI never writes a document the loader would refuse, and --fix keeps what it does not mean to change.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chmodSync, existsSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './runCli.js';

const cli = (args: string[], cwd: string) => runCli(args, cwd);

test('corpus import refuses to write a document without a title or date, naming the option to use', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pl-import-'));
  writeFileSync(join(dir, 'notes.txt'), '一些没有标题也没有日期的文字，说明会议安排。\n');
  const run = cli(['corpus', 'import', 'notes.txt', '--out', 'out'], dir);
  assert.equal(run.status, 2, run.stdout + run.stderr);
  assert.match(run.stdout, /--(title|date)/);
  assert.equal(existsSync(join(dir, 'out', 'notes.md')), false);
  const supplied = cli(
    ['corpus', 'import', 'notes.txt', '--out', 'out', '--title', '会议安排说明', '--date', '2024-05', '--kind', '通知'],
    dir,
  );
  assert.equal(supplied.status, 0, supplied.stdout + supplied.stderr);
  assert.match(readFileSync(join(dir, 'out', 'notes.md'), 'utf8'), /title: 会议安排说明/);
});

test('check --fix keeps the byte-order mark and the file mode', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pl-fix-'));
  const path = join(dir, 'draft.md');
  writeFileSync(path, '\uFEFF# 2024年工作要点\n\n推进"粤省事"建设。\n');
  chmodSync(path, 0o640);
  const run = cli(['check', 'draft.md', '--fix'], dir);
  assert.ok(run.status === 0 || run.status === 1, run.stderr);
  const bytes = readFileSync(path);
  assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
  assert.match(bytes.toString('utf8'), /推进“粤省事”建设/, 'the safe quotes fix was applied');
  assert.equal(statSync(path).mode & 0o777, 0o640);
  assert.deepEqual(readdirSync(dir), ['draft.md']);
});
