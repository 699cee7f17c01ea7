// The corpus folder walk on hostile folders: links to itself, links out of the folder, a FIFO named *.md,
// a setting pointed at a huge tree. Each ends, loads each document once, and says what it skipped.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readCorpusFolders, WALK_LIMITS } from '../../../server/src/node/corpusFolders.js';

const DOC = ['---', 'id: one', 'title: 某省2024年工作要点', 'date: 2024-01-01', 'kind: 工作要点', '---', '', '推进工作。'].join('\n');

function scratch(build: (dir: string) => void): { dir: string; done: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'policy-lens-walk-'));
  build(dir);
  return { dir, done: () => rmSync(dir, { recursive: true, force: true }) };
}

test('two links to the folder itself: each document once, each loop said', () => {
  const { dir, done } = scratch((d) => {
    writeFileSync(join(d, 'one.md'), DOC);
    symlinkSync('.', join(d, 'a'));
    symlinkSync('.', join(d, 'b'));
  });
  try {
    const read = readCorpusFolders([dir]);
    assert.equal(read.files.length, 1);
    assert.equal(read.problems.filter((p) => /循环|loop/.test(p.message)).length, 2);
  } finally {
    done();
  }
});

test('a link out of the folder is not followed, and says so', () => {
  const outside = scratch((d) => writeFileSync(join(d, 'secret.md'), DOC));
  const { dir, done } = scratch((d) => {
    writeFileSync(join(d, 'one.md'), DOC);
    symlinkSync(outside.dir, join(d, 'elsewhere'));
    symlinkSync(join(outside.dir, 'secret.md'), join(d, 'secret.md'));
  });
  try {
    const read = readCorpusFolders([dir]);
    assert.deepEqual(
      read.files.map((f) => f.uri.split('/').pop()),
      ['one.md'],
    );
    assert.equal(read.problems.filter((p) => /之外|out of/.test(p.message)).length, 2);
  } finally {
    done();
    outside.done();
  }
});

test('a FIFO named *.md is skipped (reading it would block), and said', () => {
  const { dir, done } = scratch((d) => {
    writeFileSync(join(d, 'one.md'), DOC);
    execFileSync('mkfifo', [join(d, 'pipe.md')]);
  });
  try {
    const read = readCorpusFolders([dir]);
    assert.equal(read.files.length, 1);
    assert.ok(read.problems.some((p) => p.uri.endsWith('pipe.md') && /普通文件|regular file/.test(p.message)));
  } finally {
    done();
  }
});

test('a tree larger than the walk allows stops, with one problem saying where', () => {
  const { dir, done } = scratch((d) => {
    for (let i = 0; i < 30; i++) {
      const sub = join(d, `f${i}`);
      mkdirSync(sub);
      for (let j = 0; j < WALK_LIMITS.entries / 25; j++) writeFileSync(join(sub, `n${j}.dat`), '');
    }
  });
  try {
    const started = performance.now();
    const read = readCorpusFolders([dir]);
    assert.ok(performance.now() - started < 20_000);
    assert.equal(read.problems.filter((p) => /停止|stopped/.test(p.message)).length, 1);
  } finally {
    done();
  }
});
