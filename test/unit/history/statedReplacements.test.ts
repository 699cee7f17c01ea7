// statedReplacements reads only the sentences that hold a pattern's cue, found by a pass over the text per
// cue. Compared here with its specification — every sentence, every pattern, `sentence.includes(cue)` —
// over every Markdown text the tests may read and over texts made of cues and sentence ends.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { readCorpusFolders } from '../../../server/src/node/corpusFolders.js';
import { REPLACEMENT_PATTERNS } from '../../../server/src/service/history/replacementPatterns.js';
import {
  readSentence,
  statedReplacements,
  type FindNames,
  type StatedReplacement,
} from '../../../server/src/service/history/statedReplacements.js';
import { CorpusIndex } from '../../../server/src/service/index/corpusIndex.js';
import { SimpleSegmenter } from '../../../server/src/service/search/simpleSegmenter.js';
import { markdownTexts } from '../parse/markdownTexts.js';

const REPO = join(__dirname, '..', '..', '..');

/** The specification: each sentence (cut at 。！？ and line ends), each pattern whose cue it holds. */
function specified(text: string, findNames: FindNames): StatedReplacement[] {
  const out: StatedReplacement[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && !/[。！？\n]/.test(text[i])) continue;
    const sentence = text.slice(start, i);
    if (i > start)
      for (const pattern of REPLACEMENT_PATTERNS) {
        if (!pattern.cues.some((cue) => sentence.includes(cue))) continue;
        const found = readSentence(sentence, pattern, findNames);
        if (found) out.push({ ...found, pattern: pattern.id, start, end: i, sentence });
      }
    start = i + 1;
  }
  return out.filter(
    (r, i) => !out.some((o, j) => j !== i && o.start === r.start && o.old === r.old && !r.replacedBy && o.replacedBy),
  );
}

const onDisk = readCorpusFolders([join(REPO, 'corpus')]);
const index = CorpusIndex.build(onDisk.files, onDisk.registry, new SimpleSegmenter());
const findNames: FindNames = (text) => index.matcher.findAll(text);

test('the same replacements as the specification on every Markdown text the tests read', () => {
  let found = 0;
  for (const { path, text } of markdownTexts()) {
    const expected = specified(text, findNames);
    assert.deepEqual(statedReplacements(text, findNames), expected, path);
    found += expected.length;
  }
  assert.ok(found > 10, `${found} replacements read`);
});

test('the same on texts of cues, names and sentence ends run together', () => {
  const pieces = [
    ...new Set(REPLACEMENT_PATTERNS.flatMap((pattern) => pattern.cues)),
    '省政务服务数据管理局',
    '“粤省事”',
    '省数据局',
    '组建',
    '基础上',
    '。',
    '！',
    '？',
    '\n',
    '，',
    '原',
  ];
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  for (let run = 0; run < 300; run++) {
    const text = Array.from(
      { length: 1 + Math.floor(next() * 40) },
      () => pieces[Math.floor(next() * pieces.length)],
    ).join('');
    assert.deepEqual(statedReplacements(text, findNames), specified(text, findNames), JSON.stringify(text));
  }
});
