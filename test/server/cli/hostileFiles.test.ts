// `check` over folders and files a careless user (or an attacker) hands it: dangling links, link loops,
// links out of the folder, a FIFO named *.md, a read-only draft, a draft that is a link. The run ends,
// says what it skipped, and `--fix` changes only what it may: the link's target, never a read-only file.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  copyFileSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
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

test('a header of 1,600 nested brackets: the draft is checked and fixed, a corpus file with it is a problem', () => {
  // The fuzz case that brought the YAML library's recursion to the end of the stack, where V8 aborted
  // the process now and then once the code cache was warm: run twice, the second with the first's code.
  const header = `---\rtitle: ${'['.repeat(1606)}${']'.repeat(1606)}\r---\r`;
  const draft = join(dir, 'deep.md');
  const codeCache = join(dir, 'code-cache');
  for (let run = 0; run < 2; run++) {
    writeFileSync(draft, `${header}按照粤办函〔2021]44号要求推进“粤省事”建设。\r`);
    const fixed = runCli(['check', draft, '--format', 'json', '--fix'], dir, { POLICY_LENS_CODE_CACHE: codeCache });
    assert.ok(
      fixed.status === 0 || fixed.status === 1,
      `run ${run + 1}: exit ${fixed.status}: ${fixed.stderr.slice(0, 300)}`,
    );
    assert.match(readFileSync(draft, 'utf8'), /〔2021〕44号/);
  }
  const corpus = join(dir, 'deep-corpus');
  mkdirSync(corpus);
  writeFileSync(join(corpus, 'deep.md'), `---\ntitle: ${'['.repeat(1606)}${']'.repeat(1606)}\n---\n正文。\n`);
  writeFileSync(draft, '推进“粤省事”建设。\n');
  const run = runCli(['check', draft, '--corpus', corpus], dir);
  assert.match(run.stderr, /deep\.md.*元数据头嵌套过深：第 2 行达到 65 层，最多读取 64 层/);
});
