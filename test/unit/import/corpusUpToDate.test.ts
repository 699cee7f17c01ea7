// corpus/*.md is what scripts/import-seeds.ts makes of the seeds today: a change to the importer
// that is not followed by a re-run of the script fails here instead of shipping a stale corpus.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORPUS_DIR, importSeeds, SEEDS } from '../../../scripts/import-seeds.js';
import { readableFileName } from '../../../server/src/service/corpus/corpusFileName.js';
import { parseFrontMatter } from '../../../server/src/service/corpus/metadata.js';
import { SEED_DIR } from './textLedger.js';

const imported = importSeeds(SEED_DIR);
for (const seed of SEEDS) {
  test(`corpus copy of ${seed.file} is current and valid`, () => {
    const { markdown, meta } = imported.find((entry) => entry.seed === seed)!;
    const file = readableFileName(meta);
    const committed = readFileSync(join(CORPUS_DIR, file), 'utf8');
    assert.ok(committed === markdown, `corpus/${file} is stale: run node --import tsx scripts/import-seeds.ts`);
    const header = parseFrontMatter(committed);
    assert.ok(header.ok, header.ok ? '' : header.message);
  });
}
