// `check` over folders and files a careless user (or an attacker) hands it: dangling links, link loops,
// links out of the folder, a FIFO named *.md, a read-only draft, a draft that is a link. The run ends,
// says what it skipped, and `--fix` changes only what it may: the link's target, never a read-only file.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { chmodSync, copyFileSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureBuilt, REPO, runCli } from './runCli.js';

const DRAFT = join(REPO, 'test', 'fixtures', 'drafts', 'briefing-notes.md');
let dir: string;

before(() => {
  ensureBuilt();
  dir = mkdtempSync(join(tmpdir(), 'policy-lens-hostile-'));
});
after(() => rmSync(dir, { recursive: true, force: true }));

test('a folder with a dangling link, a loop, a link out and a FIFO: each skipped with a warning, the draft checked', () => {
  const folder = join(dir, 'drafts');
  mkdirSync(folder);
  copyFileSync(DRAFT, join(folder, 'a.md'));
  symlinkSync('nowhere.md', join(folder, 'dangling.md'));
  symlinkSync('.', join(folder, 'loop'));
  symlinkSync(tmpdir(), join(folder, 'out'));
  execFileSync('mkfifo', [join(folder, 'pipe.md')]);
  const run = runCli(['check', folder, '--format', 'json'], dir);
  assert.equal(run.status, 1, run.stderr);
  const files = (JSON.parse(run.stdout) as Array<{ file: string }>).map((f) => f.file);
  assert.deepEqual(
    files.map((f) => f.split('/').pop()),
    ['a.md'],
  );
  for (const name of ['dangling.md', 'loop', 'out', 'pipe.md'])
    assert.match(run.stderr, new RegExp(`${name}：已跳过`), run.stderr);
  assert.doesNotMatch(run.stderr, /\n\s+at /, 'no stack trace');
});

test('--fix on a read-only draft refuses it; on a link it fixes the target and keeps the link', () => {
  const readOnly = join(dir, 'ro.md');
  copyFileSync(DRAFT, readOnly);
  chmodSync(readOnly, 0o444);
  const target = join(dir, 'target.md');
  copyFileSync(DRAFT, target);
  const link = join(dir, 'link.md');
  symlinkSync(target, link);
  const run = runCli(['check', readOnly, link, '--fix'], dir);
  assert.match(run.stderr, /ro\.md：文件为只读，未修改/);
  assert.ok(readFileSync(readOnly).equals(readFileSync(DRAFT)), 'the read-only file is unchanged');
  assert.ok(lstatSync(link).isSymbolicLink(), 'the link is still a link');
  assert.ok(!readFileSync(target).equals(readFileSync(DRAFT)), 'the target got the fixes');
});

test('an unknown option is a usage error that suggests the near one, not a path; a missing import input is no stack trace', () => {
  const typo = runCli(['check', DRAFT, '--fromat', 'json'], dir);
  assert.equal(typo.status, 2);
  assert.match(typo.stderr, /未知选项 --fromat（是否为 --format？）/);
  assert.equal(typo.stdout, '');
  const missing = runCli(['corpus', 'import', join(dir, 'no-such.txt'), '--out', join(dir, 'out')], dir);
  assert.equal(missing.status, 2);
  assert.match(missing.stderr, /找不到/);
  assert.doesNotMatch(missing.stderr, /\n\s+at /);
});
