// Regenerates the bundled corpus (corpus/<id>.md) from the raw seed documents.
// Run: node --import tsx scripts/import-seeds.ts [seed directory]
// Metadata the texts do not state is supplied here, by hand, and ends up listed in `supplied`.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { DocumentMeta } from '../server/src/service/model.js';
import { importDocument } from '../server/src/service/import/importDocument.js';
import { isMoreComplete } from '../server/src/service/corpus/loadCorpus.js';
import { formatFrontMatter } from '../server/src/service/corpus/metadata.js';
import { readableFileName } from '../server/src/service/corpus/corpusFileName.js';

/** The raw seed documents, exactly as received, are kept as test fixtures. */
export const DEFAULT_SEED_DIR = resolve(__dirname, '..', 'test', 'fixtures', 'seeds');
export const CORPUS_DIR = resolve(__dirname, '..', 'corpus');

/** Per seed file: what a person who knows the document adds, and why the text cannot tell. */
export const SEEDS: ReadonlyArray<{
  readonly file: string;
  readonly supplied: Partial<DocumentMeta>;
  readonly why?: string;
}> = [
  {
    file: '000_f25cc0c734998372.txt',
    supplied: { date: '2022-02-28' },
    why: 'the scrape lost the signature date; the preview copy (002) prints 2022年2月28日',
  },
  { file: '001_b817bb2221738514.txt', supplied: {} },
  { file: '002_b4f8a07dfbbba275.txt', supplied: {} },
  { file: '003_08158673230b8c76.txt', supplied: {} },
  {
    file: '004_5b5c9998506321a0.txt',
    // The kind (规划) is read from the title, so it is not supplied.
    supplied: { issuer: '广东省人民政府' },
    why: 'the plan names no issuing agency; it was issued by the provincial government',
  },
];

export interface ImportedSeed {
  readonly seed: (typeof SEEDS)[number];
  readonly markdown: string;
  readonly meta: DocumentMeta;
  readonly warnings: readonly string[];
}

/**
 * Every seed imported, and the copies among them recognised: of two documents with one 文号 the less
 * complete one says `duplicateOf` the other, so the bundled corpus never reports its own duplicate to a
 * user (the same rule the loader applies to any corpus).
 */
export function importSeeds(seedDir: string): ImportedSeed[] {
  const imported = SEEDS.map((seed) => ({
    seed,
    ...importDocument(readFileSync(join(seedDir, seed.file), 'utf8'), seed.file, seed.supplied),
  }));
  return imported.map((entry) => {
    const original = imported.find(
      (other) =>
        other !== entry &&
        other.meta.docNumber !== undefined &&
        other.meta.docNumber === entry.meta.docNumber &&
        isMoreComplete(other.meta, other.markdown, entry.meta, entry.markdown),
    );
    if (!original) return entry;
    const meta = { ...entry.meta, duplicateOf: original.meta.id };
    return { ...entry, meta, markdown: entry.markdown.replace(formatFrontMatter(entry.meta), formatFrontMatter(meta)) };
  });
}

function main(seedDir: string): void {
  mkdirSync(CORPUS_DIR, { recursive: true });
  for (const { seed, markdown, meta, warnings } of importSeeds(seedDir)) {
    const target = join(CORPUS_DIR, readableFileName(meta));
    writeFileSync(target, markdown);
    console.log(`${seed.file} -> ${target}  (${meta.kind}, ${meta.docNumber ?? '无文号'}, ${meta.date})`);
    if (seed.why) console.log(`  supplied ${meta.supplied?.join(', ')}: ${seed.why}`);
    for (const warning of warnings) console.log(`  ! ${warning}`);
  }
}

// Importable by the test that checks corpus/ is up to date; runs only as a script.
if (require.main === module) main(resolve(process.argv[2] ?? DEFAULT_SEED_DIR));
