// What the checker keeps per line across versions of a draft (names, near misses, figures, 文号, headings)
// must not keep each version's whole text alive: a line cut from a text holds its parent in V8. Checked
// by editing a large draft a line at a time and weighing the heap after a full collection: with every
// version held, 150 checks of this draft would keep about 11 MB more.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { bundledCorpusFolder, readCorpusFolders } from '../../../server/src/node/corpusFolders.js';
import { draftDocument } from '../../../server/src/service/features/documentText.js';
import { createLanguageService } from '../../../server/src/service/languageService.js';
import { SimpleSegmenter } from '../../../server/src/service/search/simpleSegmenter.js';

setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as () => void;

test('checking edited versions of a draft keeps none of their texts', () => {
  const read = readCorpusFolders([bundledCorpusFolder()]);
  const service = createLanguageService({
    segmenter: new SimpleSegmenter(),
    logger: { info: () => undefined, warn: () => undefined, error: () => undefined },
    locale: () => 'zh',
    workspaceDrafts: () => [],
  });
  service.indexCorpus(read.files, read.registry);
  const folder = join(__dirname, '..', '..', 'fixtures', 'drafts');
  const drafts = readdirSync(folder)
    .filter((name) => name.endsWith('.md') && name !== 'README.md')
    .map((name) => readFileSync(join(folder, name), 'utf8').replace(/<!--.*?-->/g, ''))
    .join('\n');
  // The labelled drafts three times over: a large draft, as the bench's 100 KB one.
  const text = [drafts, drafts, drafts].join('\n');
  assert.ok(text.length > 30_000, `${text.length} characters`);
  const lines = text.split('\n');
  const checkVersion = (version: number) => {
    const at = (version * 97) % lines.length;
    lines[at] = `${lines[at]}补`;
    service.check(draftDocument('file:///d.md', version, lines.join('\n')));
  };
  for (let version = 0; version < 30; version++) checkVersion(version);
  collect();
  const before = process.memoryUsage().heapUsed;
  for (let version = 30; version < 180; version++) checkVersion(version);
  collect();
  const grown = (process.memoryUsage().heapUsed - before) / 1e6;
  assert.ok(grown < 4, `the heap grew ${grown.toFixed(1)} MB over 150 checks`);
});
