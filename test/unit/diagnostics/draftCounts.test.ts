// The near misses' counts of how often a draft writes a text are carried from one check of a draft to the
// next and searched again only in the lines that changed: after every edit of a random series they must be
// what counting the whole new text gives.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { countOccurrences, DraftCounts } from '../../../server/src/service/checks/names/draftCounts.js';
import { draftDocument } from '../../../server/src/service/features/documentText.js';

const FIXTURES = join(__dirname, '..', '..', 'fixtures', 'drafts');

/** A small deterministic generator (mulberry32), so a failure replays. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

test('counts carried across 300 random edits equal counts of the whole text', () => {
  const text = readdirSync(FIXTURES)
    .filter((name) => name.endsWith('.md') && name !== 'README.md')
    .map((name) => readFileSync(join(FIXTURES, name), 'utf8'))
    .join('\n');
  let lines = text.split('\n');
  const next = random(20261208);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)];
  // Texts asked about: pieces of the draft's lines (names, slips, words) and a few it never writes.
  const needles = new Set<string>(['粤省事', '粤省市', '一网通办', '不存在的名称', '“粤商通”']);
  for (let i = 0; i < 200; i++) {
    const line = pick(lines);
    const at = Math.floor(next() * Math.max(1, line.length - 2));
    const piece = line.slice(at, at + 2 + Math.floor(next() * 5));
    if (piece.length >= 2) needles.add(piece);
  }
  const asked = [...needles];
  const kept = new Map();
  let carriedAnswers = 0;
  for (let version = 0; version < 300; version++) {
    // An edit: a character typed or deleted, a line added, removed, copied or joined with the next.
    const at = Math.floor(next() * lines.length);
    const kind = Math.floor(next() * 6);
    if (kind === 0) lines[at] = `${lines[at]}${pick(asked)}`;
    else if (kind === 1) lines[at] = lines[at].slice(0, -1);
    else if (kind === 2) lines.splice(at, 0, pick(lines));
    else if (kind === 3 && lines.length > 10) lines.splice(at, 1);
    else if (kind === 4 && at + 1 < lines.length) lines.splice(at, 2, lines[at] + lines[at + 1]);
    else lines[at] = lines[at].replace(pick(asked), '');
    // A text the draft does not write, then writes, then no longer writes: asked only whether it is written.
    if (version === 100) lines[at] = `${lines[at]}甲乙丙丁`;
    if (version === 200) lines = lines.map((line) => line.replaceAll('甲乙丙丁', ''));
    lines = [...lines];
    const draft = draftDocument('file:///d.md', version, lines.join(version % 7 === 0 ? '\r\n' : '\n'));
    const carried = DraftCounts.of(kept, draft);
    const fresh = DraftCounts.of(new Map(), draft);
    assert.equal(carried.has('甲乙丙丁'), version >= 100 && version < 200, `version ${version}: 甲乙丙丁 written`);
    // As the near misses ask: some texts only whether they are written (never counted), the others
    // counted, some of them asked first whether they are written.
    asked.forEach((needle, i) => {
      if ((i + version) % 5 === 0) return;
      if (i % 3 === 0) {
        assert.equal(carried.has(needle), fresh.has(needle), `version ${version}: is ${needle} written`);
      } else {
        if (i % 3 === 1) assert.equal(carried.has(needle), fresh.has(needle), `version ${version}: ${needle} written`);
        assert.equal(carried.count(needle), countOccurrences(draft.text, needle), `version ${version}: ${needle}`);
      }
      carriedAnswers++;
    });
  }
  assert.ok(carriedAnswers > 10_000, `${carriedAnswers} answers compared`);
});

test('only the last few drafts are kept, the most recently checked last', () => {
  const kept = new Map();
  for (let i = 0; i < 12; i++) DraftCounts.of(kept, draftDocument(`file:///d${i}.md`, 0, `第${i}稿`));
  DraftCounts.of(kept, draftDocument('file:///d5.md', 1, '第5稿'));
  assert.deepEqual(
    [...kept.keys()],
    [4, 6, 7, 8, 9, 10, 11, 5].map((i) => `file:///d${i}.md`),
  );
});
