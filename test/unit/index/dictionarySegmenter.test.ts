// DictionarySegmenter must cut exactly as nodejieba does without its HMM, with the same dictionary and
// the same taught words: the checks' word boundaries and "is this one word" come from it. Compared over
// every line of the bundled corpus, the test drafts and the real documents of ../shared, with the
// quoted names of those texts taught to both (insertWord overrides a dictionary word's weight too).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { trimmedDictionary } from '../../../server/src/node/jiebaDictionary.js';
import { encodePreparedDictionary, readPreparedDictionary } from '../../../server/src/node/preparedDictionaryFile.js';
import { dictionarySegmenterFor, loadDictionary, type JiebaModule } from '../../../server/src/node/jiebaSegmenter.js';
import { DictionarySegmenter, SEGMENT_SEPARATORS } from '../../../server/src/service/text/dictionarySegmenter.js';
import { RAW_DOCUMENTS } from '../../sharedFolder.js';

const REPO = join(__dirname, '..', '..', '..');

function markdownUnder(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return markdownUnder(path);
    return name.endsWith('.md') ? [path] : [];
  });
}

test('cuts every line of the corpora and drafts as nodejieba.cut(text, false) does', () => {
  const jieba = require('nodejieba') as JiebaModule;
  loadDictionary(jieba);
  const files = [
    ...markdownUnder(join(REPO, 'corpus')),
    ...markdownUnder(join(REPO, 'test', 'fixtures')),
    ...markdownUnder(RAW_DOCUMENTS),
  ];
  const lines = files.flatMap((file) => readFileSync(file, 'utf8').split(/\r?\n/));
  const taught = new Set<string>();
  for (const line of lines) for (const match of line.matchAll(/“([^“”]{2,12})”/g)) taught.add(match[1]);
  const words = dictionarySegmenterFor(jieba, [])!;
  for (const word of taught) {
    words.addWord(word);
    jieba.insertWord(word);
  }
  // Odd inputs too: surrogate pairs, lone surrogates, separators in runs, Latin and digits.
  lines.push('𠮷野家“粤省事”，，。 \t2025年A级', '\ud800孤立', '', '。', 'ABC粤商通');
  // Compared by where words begin and end (what the checks read): jieba hands a lone surrogate back as
  // U+FFFD, of the same length; ours gives the text back exactly.
  const cuts = (words: string[]) => words.map((word) => word.length).join(' ');
  const differing = lines.filter(
    (line) => cuts(words.segment(line)) !== cuts(jieba.cut(line, false)) || words.segment(line).join('') !== line,
  );
  assert.ok(files.length >= 40 && lines.length > 5000, `${files.length} files, ${lines.length} lines`);
  assert.deepEqual(differing.slice(0, 5), [], `${differing.length} of ${lines.length} lines cut otherwise`);
});

test('weights as jieba: frequency over the sum, a taught word at the median, the last listing wins', () => {
  const dictionary = ['甲乙 10 n', '甲 100 n', '乙 100 n', '丙丁 1 n', '丙 50 n', '丁 50 n', '甲乙 1000 n'].join('\n');
  const words = new DictionarySegmenter(dictionary);
  assert.deepEqual(words.segment('甲乙'), ['甲乙'], 'its last listing (1000) beats 甲+乙');
  assert.deepEqual(words.segment('丙丁'), ['丙', '丁']);
  words.addWord('丙丁');
  assert.deepEqual(words.segment('丙丁'), ['丙丁'], 'taught: the median weight');
  assert.deepEqual(words.segment('戊己，甲乙'), ['戊', '己', '，', '甲乙'], 'unknown characters stand alone');
  assert.ok(words.hasWord('甲乙') && !words.hasWord('戊己'));
  assert.throws(() => new DictionarySegmenter(''), /no word/);
});

test('the prepared dictionary cuts as the text it was read from, and is kept on disk for the next run', () => {
  const folder = mkdtempSync(join(tmpdir(), 'pl-dict-'));
  const lines = ['甲乙 10 n', '甲 100 n', '乙 100 n', '丙丁 1 n', '丙 50 n', '丁 50 n', '甲乙 1000 n', '𠮷野 7 n'];
  const dict = join(folder, 'jieba.dict.utf8');
  writeFileSync(dict, lines.join('\n') + '\n');
  writeFileSync(join(folder, 'user.dict.utf8'), '丙丁戊\n');
  const fake = {
    cut: () => [],
    insertWord: () => true,
    DEFAULT_DICT: dict,
    DEFAULT_HMM_DICT: join(folder, 'hmm'),
    DEFAULT_USER_DICT: join(folder, 'user.dict.utf8'),
  };
  const prepared = trimmedDictionary(fake).prepared!;
  const jieba = fake as unknown as JiebaModule;
  const sample = ['甲乙丙丁', '丙丁戊己', '𠮷野家，甲', '乙甲乙甲'];
  const fromText = new DictionarySegmenter(readFileSync(dict, 'utf8'), '丙丁戊\n');
  const expected = sample.map((text) => fromText.segment(text));

  assert.ok(!existsSync(prepared));
  assert.deepEqual(
    sample.map((text) => dictionarySegmenterFor(jieba, [])!.segment(text)),
    expected,
  );
  assert.ok(existsSync(prepared), 'written on first use');
  const kept = readPreparedDictionary(prepared)!;
  assert.deepEqual(kept, fromText.prepared(), 'the file holds what the text gives');
  assert.deepEqual(
    sample.map((text) => dictionarySegmenterFor(jieba, [])!.segment(text)),
    expected,
    'read back',
  );

  // Damaged (cut short, another format, words and weights that disagree, buckets that miss their words):
  // refused when read or when built on, read from the text again and rewritten.
  const buckets = kept.buckets;
  assert.ok(buckets.length >= 6, 'two buckets at least');
  for (const [damage, readable] of [
    [readFileSync(prepared).subarray(0, 40), false],
    [Buffer.from('not a dictionary'), false],
    [encodePreparedDictionary({ ...kept, words: kept.words + '\n多' }), false],
    [encodePreparedDictionary({ ...kept, buckets: buckets.slice(3) }), true],
    [encodePreparedDictionary({ ...kept, buckets: Uint32Array.from(buckets, (n, i) => (i === 5 ? n + 1 : n)) }), true],
  ] as const) {
    writeFileSync(prepared, damage);
    assert.equal(readPreparedDictionary(prepared) !== undefined, readable);
    assert.deepEqual(sample.map((text) => dictionarySegmenterFor(jieba, ['戊己'])!.segment(text)).slice(0, 1), [
      expected[0],
    ]);
    assert.deepEqual(readPreparedDictionary(prepared), kept, 'rewritten');
  }
  rmSync(folder, { recursive: true, force: true });
  rmSync(dirname(prepared), { recursive: true, force: true });
});

test('jieba and DictionarySegmenter cut each piece between separators as they cut it in its line', () => {
  const jieba = require('nodejieba') as JiebaModule;
  loadDictionary(jieba);
  const lines = [
    ...markdownUnder(join(REPO, 'corpus')),
    ...markdownUnder(join(REPO, 'test', 'fixtures', 'drafts')),
    ...markdownUnder(RAW_DOCUMENTS),
  ].flatMap((file) => readFileSync(file, 'utf8').split(/\r?\n/));
  const words = dictionarySegmenterFor(jieba, [])!;
  const lengths = (cut: string[]) => cut.map((word) => word.length).join(' ');
  /** The line cut piece by piece, each separator a token of its own. */
  const byPieces = (line: string, cut: (text: string) => string[]) => {
    const out: string[] = [];
    let from = 0;
    for (let i = 0; i <= line.length; i++) {
      if (i < line.length && !SEGMENT_SEPARATORS.has(line[i])) continue;
      if (i > from) out.push(...cut(line.slice(from, i)));
      if (i < line.length) out.push(line[i]);
      from = i + 1;
    }
    return out;
  };
  const withSeparators = lines.filter((line) => [...SEGMENT_SEPARATORS].some((s) => line.includes(s)));
  assert.ok(withSeparators.length > 1000, `${withSeparators.length} lines with a separator`);
  for (const [name, cut] of [
    ['nodejieba', (text: string) => jieba.cut(text, false)],
    ['DictionarySegmenter', (text: string) => words.segment(text)],
  ] as const) {
    const differing = withSeparators.filter((line) => lengths(byPieces(line, cut)) !== lengths(cut(line)));
    assert.deepEqual(differing.slice(0, 3), [], `${name}: ${differing.length} lines cut otherwise`);
  }
});

test('hasWord answers as segmenting the text whole does, for every short span of the corpora', () => {
  const jieba = require('nodejieba') as JiebaModule;
  loadDictionary(jieba);
  const words = dictionarySegmenterFor(jieba, [])!;
  words.addWord('粤省事');
  const lines = markdownUnder(join(REPO, 'corpus')).flatMap((file) => readFileSync(file, 'utf8').split(/\r?\n/));
  // Spans of two to five characters at every place of the corpus's lines (words, non-words, pieces
  // across a separator), and odd ones: surrogate pairs, a lone surrogate, separators, a word of a
  // dictionary weaker than its parts (丙丁 below).
  const spans = new Set<string>(['𠮷', '𠮷野', '\ud800', '，', '，，', ' ', '', '粤省事', '粤省']);
  for (const line of lines)
    for (let at = 0; at < line.length; at++)
      for (let length = 2; length <= 5; length++) spans.add(line.slice(at, at + length));
  const whole = (segmenter: DictionarySegmenter, text: string) => {
    const cut = segmenter.segment(text);
    return cut.length === 1 && cut[0] === text;
  };
  const differing = [...spans].filter((text) => words.hasWord(text) !== whole(words, text));
  assert.ok(spans.size > 100_000, `${spans.size} spans`);
  assert.ok(
    [...spans].some((text) => text.length > 1 && words.hasWord(text)),
    'some spans are words',
  );
  assert.deepEqual(differing.slice(0, 5), [], `${differing.length} of ${spans.size} spans answered otherwise`);
  const weak = new DictionarySegmenter(['丙丁 1 n', '丙 50 n', '丁 50 n'].join('\n'));
  assert.equal(weak.hasWord('丙丁'), false, 'a word of the dictionary that segmenting splits is not one word');
});
