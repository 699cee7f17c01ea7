// Every Markdown text the tests may read whole: the bundled corpus, the real documents in ../shared, and
// each fixture folder's drafts — what a read-back finder is compared on against its specification.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { RAW_DOCUMENTS } from '../../sharedFolder.js';

const REPO = join(__dirname, '..', '..', '..');

export function markdownTexts(): Array<{ readonly path: string; readonly text: string }> {
  const fixtures = join(REPO, 'test', 'fixtures');
  const folders = [join(REPO, 'corpus'), RAW_DOCUMENTS, ...readdirSync(fixtures).map((name) => join(fixtures, name))];
  return folders
    .filter((folder) => existsSync(folder) && statSync(folder).isDirectory())
    .flatMap((folder) =>
      readdirSync(folder)
        .filter((name) => name.endsWith('.md'))
        .map((name) => ({ path: relative(REPO, join(folder, name)), text: readFileSync(join(folder, name), 'utf8') })),
    );
}
