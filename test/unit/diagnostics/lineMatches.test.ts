// The checks read the draft's known names line by line, each line matched once per index and text (an
// edit re-matches only the lines it changed). No name spans a line, so that must equal matching the
// whole text at once: compared over every corpus document and labelled draft, and again after an edit.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { bundledCorpusFolder, readCorpusFolders } from '../../../server/src/node/corpusFolders.js';
import { CheckContext } from '../../../server/src/service/checks/context.js';
import { runChecks } from '../../../server/src/service/checks/runChecks.js';
import { draftDocument } from '../../../server/src/service/features/documentText.js';
import { CorpusIndex } from '../../../server/src/service/index/corpusIndex.js';
import { SimpleSegmenter } from '../../../server/src/service/search/simpleSegmenter.js';

const REPO = join(__dirname, '..', '..', '..');
const markdownUnder = (folder: string): string[] =>
  readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? markdownUnder(path) : name.endsWith('.md') ? [path] : [];
  });

test('a draft’s known names matched line by line are those of the whole text', () => {
  const read = readCorpusFolders([bundledCorpusFolder()]);
  const index = CorpusIndex.build(read.files, read.registry, new SimpleSegmenter());
  const files = [...markdownUnder(join(REPO, 'corpus')), ...markdownUnder(join(REPO, 'test', 'fixtures'))];
  assert.ok(files.length > 50);
  let names = 0;
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    for (const version of [text, `${text.slice(0, text.length >> 1)}“粤省事”\r\n${text.slice(text.length >> 1)}`]) {
      const context = new CheckContext(index, draftDocument('file:///d.md', 1, version), 'zh', index.segmenter);
      assert.deepEqual(context.matches, index.matcher.findAll(context.draft.text), file);
      names += context.matches.length;
    }
  }
  assert.ok(names > 1000, `${names} names`);
});

test('what is kept per line, per figure and per measure gives a fresh index’s findings after an edit', () => {
  const read = readCorpusFolders([bundledCorpusFolder()]);
  const kept = CorpusIndex.build(read.files, read.registry, new SimpleSegmenter());
  const drafts = ['drafts', 'drafts-history', 'drafts-history-holdout-6'].flatMap((set) =>
    markdownUnder(join(REPO, 'test', 'fixtures', set)).filter((file) => !/[A-Z]+\.md$/.test(file)),
  );
  let compared = 0;
  for (const file of drafts) {
    const text = readFileSync(file, 'utf8');
    const lines = text.split('\n');
    // Checked as written, then with two lines inserted after the title and one line changed further on:
    // every finding below the insertion moves, the changed line is read anew.
    const edited = [lines[0], '', '补充说明一段。', ...lines.slice(1)];
    const at = Math.min(edited.length - 1, 12);
    edited[at] = `${edited[at]}（粤办函〔2021〕44号）`;
    runChecks(kept, draftDocument('file:///d.md', 1, text), { locale: 'zh' });
    const fresh = CorpusIndex.build(read.files, read.registry, new SimpleSegmenter());
    const after = draftDocument('file:///d.md', 2, edited.join('\n'));
    const fromKept = runChecks(kept, after, { locale: 'zh' });
    assert.deepEqual(fromKept, runChecks(fresh, after, { locale: 'zh' }), file);
    compared += fromKept.length;
  }
  assert.ok(compared > 100, `${compared} findings compared`);
});
