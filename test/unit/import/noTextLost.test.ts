// Every sentence of every seed survives the import, and no character is added: the imported body
// holds exactly the source's Han characters minus those of the lines the importer reported dropping.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { importDocument } from '../../../server/src/service/import/importDocument.js';
import { normalizeSource } from '../../../server/src/service/import/normalizeSource.js';
import { SEED_DIR, SEED_FILES, bodyOf, comparable, hanCount, keptLines, sentencesOf } from './textLedger.js';

for (const file of SEED_FILES) {
  test(`${file}: every kept sentence is in the imported document, no character added or lost`, () => {
    const raw = readFileSync(join(SEED_DIR, file), 'utf8');
    const { removals, rejoins } = normalizeSource(raw);
    const body = bodyOf(importDocument(raw, file).markdown);
    const imported = comparable(body);

    const sentences = sentencesOf(keptLines(raw, removals));
    assert.ok(sentences.length > 10, 'the seed has sentences to check');
    const missing = sentences.filter((sentence) => !imported.includes(sentence));
    assert.deepEqual(missing, [], 'sentences missing from the imported document');

    const dropped = removals.reduce((sum, removal) => sum + hanCount(removal.text), 0);
    assert.equal(hanCount(body), hanCount(raw) - dropped, 'Han characters: imported = source - deliberately dropped');

    // Each page break closed joins its two halves directly, in order.
    for (const { before, after } of rejoins) {
      assert.ok(imported.includes(comparable(before) + comparable(after)), `rejoined: ${before} + ${after}`);
    }
  });
}

test('what the importer drops is only chrome, table of contents, page numbers, ads, source front matter and repeated table headers', () => {
  const reasons = new Set<string>();
  for (const file of SEED_FILES) {
    for (const removal of normalizeSource(readFileSync(join(SEED_DIR, file), 'utf8')).removals)
      reasons.add(removal.reason);
  }
  assert.deepEqual([...reasons].sort(), [
    'advertisement',
    'front-matter',
    'repeated-table-header',
    'table-of-contents',
    'web-chrome',
  ]);
});
