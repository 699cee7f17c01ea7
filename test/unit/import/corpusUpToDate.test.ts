// corpus/*.md is what scripts/import-seeds.ts makes of the seeds today: a change to the importer
// that is not followed by a re-run of the script fails here instead of shipping a stale corpus.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORPUS_DIR, SEEDS } from '../../../scripts/import-seeds.js';
import { importDocument } from '../../../server/src/service/import/importDocument.js';
import { parseFrontMatter } from '../../../server/src/service/corpus/metadata.js';
import { SEED_DIR } from './textLedger.js';

for (const seed of SEEDS) {
  test(`corpus copy of ${seed.file} is current and valid`, () => {
    const { markdown, meta } = importDocument(
      readFileSync(join(SEED_DIR, seed.file), 'utf8'),
      seed.file,
      seed.supplied,
    );
    const committed = readFileSync(join(CORPUS_DIR, `${meta.id}.md`), 'utf8');
    assert.ok(committed === markdown, `corpus/${meta.id}.md is stale: run node --import tsx scripts/import-seeds.ts`);
    const header = parseFrontMatter(committed);
    assert.ok(header.ok, header.ok ? '' : header.message);
  });
}
