// The CLI's two caches, run as a user runs them (the BUILT dist/cli.js): the index kept between runs
// (--cache-location, else the user's cache folder), and `check --cache`'s findings per draft. Output is
// byte for byte the same with and without them; a changed draft or corpus is checked anew.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureBuilt, REPO, runCli } from './runCli.js';

const folder = mkdtempSync(join(tmpdir(), 'policy-lens-caches-'));
const drafts = join(folder, 'drafts');
const location = join(folder, 'cache');

before(() => {
  ensureBuilt();
  mkdirSync(drafts);
  for (const name of ['2024-annual-summary.md', 'briefing-notes.md', '2025-work-points.md'])
    cpSync(join(REPO, 'test', 'fixtures', 'drafts', name), join(drafts, name));
});
after(() => rmSync(folder, { recursive: true, force: true }));

const check = (...extra: string[]) => runCli(['check', 'drafts', '--lang', 'zh', ...extra], folder);

test('the same report in every format: no cache, a first cached run, a second cached run', () => {
  for (const format of ['text', 'json', 'sarif']) {
    const plain = check('--format', format);
    assert.equal(plain.status, 1, plain.stderr);
    const first = check('--format', format, '--cache', '--cache-location', location);
    const second = check('--format', format, '--cache', '--cache-location', location);
    for (const run of [first, second]) {
      assert.equal(run.stdout, plain.stdout, format);
      assert.equal(run.stderr, plain.stderr, format);
      assert.equal(run.status, plain.status, format);
    }
  }
  assert.ok(existsSync(join(location, 'results.v3')));
  // The JSON report, streamed a file at a time: one file per line, each line what stringifying it gives.
  const json = check('--format', 'json', '--cache', '--cache-location', location).stdout;
  const files = JSON.parse(json) as unknown[];
  assert.equal(files.length, 3);
  assert.equal(json, `[\n${files.map((file) => JSON.stringify(file)).join(',\n')}\n]\n`);
  assert.equal(readdirSync(join(location, 'index')).filter((name) => name.endsWith('.v8')).length, 1);
});

test('a changed draft is checked again; the others are read from the cache', () => {
  const path = join(drafts, 'briefing-notes.md');
  const before = readFileSync(path, 'utf8');
  try {
    const cached = check('--cache', '--cache-location', location);
    assert.ok(!cached.stdout.includes('粤省新'));
    writeFileSync(path, `${before}\n依托“粤省新”办理业务。\n`);
    const changed = check('--cache', '--cache-location', location);
    assert.match(changed.stdout, /briefing-notes\.md:\d+:\d+ warning name\.near-miss .*粤省新/);
    assert.equal(changed.stdout, check().stdout, 'the same as without the cache');
  } finally {
    writeFileSync(path, before);
  }
});

test('metadata: a draft of the same size and time is not read; content: every draft is', () => {
  const path = join(drafts, '2025-work-points.md');
  const original = readFileSync(path);
  // A whole second, which utimes sets exactly (a file system's own times have finer parts).
  const second = Math.floor(statSync(path).mtimeMs / 1000) - 60;
  utimesSync(path, second, second);
  try {
    const plain = check('--cache', '--cache-location', location);
    // The same number of bytes, another text, the old time: only a read can tell.
    const text = original.toString('utf8');
    const swapped = text.replace('粤省事', '粤省新');
    assert.notEqual(swapped, text);
    writeFileSync(path, swapped);
    utimesSync(path, second, second);
    const byStamp = check('--cache', '--cache-location', location);
    assert.equal(byStamp.stdout, plain.stdout, 'metadata: unchanged by its stamp, not read');
    const byContent = check('--cache', '--cache-location', location, '--cache-strategy', 'content');
    assert.match(byContent.stdout, /2025-work-points\.md:\d+:\d+ warning name\.near-miss .*粤省新/);
    assert.equal(byContent.stdout, check().stdout);
    const wrong = check('--cache', '--cache-strategy', 'newest');
    assert.equal(wrong.status, 2);
    assert.match(wrong.stderr, /--cache-strategy/);
  } finally {
    writeFileSync(path, original);
  }
});

test('a damaged results cache is started afresh, never read as findings', () => {
  const plain = check('--format', 'json');
  check('--cache', '--cache-location', location);
  const file = join(location, 'results.v3');
  const stored = readFileSync(file);
  for (const damage of [
    stored.subarray(0, stored.length - 7),
    Buffer.from('{"format":3}\n["x",1,2,"h",true,99]\n[]\n'),
  ]) {
    writeFileSync(file, damage);
    const run = check('--format', 'json', '--cache', '--cache-location', location);
    assert.equal(run.stdout, plain.stdout);
    assert.equal(run.status, plain.status);
  }
});

test('another corpus is another cache: its findings, not the stored ones', () => {
  const own = join(folder, 'own-corpus');
  mkdirSync(own, { recursive: true });
  cpSync(join(REPO, 'corpus'), own, { recursive: true });
  // Without the bundled corpus and with only our copy of it minus one document, findings differ.
  const withAll = check('--cache', '--cache-location', location, '--no-bundled', '--corpus', own);
  const [first] = readdirSync(own).filter((name) => name.endsWith('.md') && name !== 'README.md');
  rmSync(join(own, first));
  const withFewer = check('--cache', '--cache-location', location, '--no-bundled', '--corpus', own);
  assert.equal(withFewer.stdout, check('--no-bundled', '--corpus', own).stdout);
  assert.notEqual(withFewer.stdout, withAll.stdout);
});

test('on several cores the report is the one a single thread gives (--concurrency 2, auto, off)', () => {
  const many = join(folder, 'many');
  mkdirSync(many);
  // Enough drafts that auto starts workers too (≥ 4 drafts, ≥ 512 KB).
  const sources = readdirSync(join(REPO, 'test', 'fixtures', 'drafts')).filter((name) => name.endsWith('.md'));
  for (let copy = 0; copy < 12; copy++)
    for (const name of sources) cpSync(join(REPO, 'test', 'fixtures', 'drafts', name), join(many, `${copy}-${name}`));
  const run = (concurrency: string) => runCli(['check', 'many', '--lang', 'zh', '--concurrency', concurrency], folder);
  // The workers' script is in the bundle (without it the CLI would check on one thread, unseen here).
  assert.ok(existsSync(join(REPO, 'dist', 'checkWorker.js')));
  const single = run('off');
  assert.equal(single.status, 1, single.stderr);
  for (const concurrency of ['2', 'auto']) {
    const parallel = run(concurrency);
    assert.equal(parallel.stdout, single.stdout, concurrency);
    assert.equal(parallel.stderr, single.stderr, concurrency);
    assert.equal(parallel.status, single.status, concurrency);
  }
});
