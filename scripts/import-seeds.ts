// Regenerates the bundled corpus (corpus/<id>.md) from the raw seed documents.
// Run: node --import tsx scripts/import-seeds.ts [seed directory]
// Metadata the texts do not state is supplied here, by hand, and ends up listed in `supplied`.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { DocumentMeta } from '../server/src/service/model.js';
import { importDocument } from '../server/src/service/import/importDocument.js';

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

function main(seedDir: string): void {
  mkdirSync(CORPUS_DIR, { recursive: true });
  for (const seed of SEEDS) {
    const raw = readFileSync(join(seedDir, seed.file), 'utf8');
    const { markdown, meta, warnings } = importDocument(raw, seed.file, seed.supplied);
    const target = join(CORPUS_DIR, `${meta.id}.md`);
    writeFileSync(target, markdown);
    console.log(`${seed.file} -> ${target}  (${meta.kind}, ${meta.docNumber ?? '无文号'}, ${meta.date})`);
    if (seed.why) console.log(`  supplied ${meta.supplied?.join(', ')}: ${seed.why}`);
    for (const warning of warnings) console.log(`  ! ${warning}`);
  }
}

// Importable by the test that checks corpus/ is up to date; runs only as a script.
if (require.main === module) main(resolve(process.argv[2] ?? DEFAULT_SEED_DIR));
