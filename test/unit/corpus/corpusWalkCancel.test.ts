// The server's corpus folder walk runs in steps and is cancellable: a reindex asked while it walks
// starts over instead of waiting it out, new folders from the settings stop it, and a cancelled walk
// ends early without indexing or reporting anything.
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { readCorpusFoldersSteps } from '../../../server/src/node/corpusFolders.js';
import { CorpusManager } from '../../../server/src/node/corpusManager.js';
import type { CorpusFile } from '../../../server/src/service/corpus/loadCorpus.js';
import type { LanguageService } from '../../../server/src/service/languageService.js';
import { DEFAULT_SETTINGS } from '../../../server/src/service/settings.js';
import { runStepsPaused } from '../../../server/src/service/steps.js';
import { SILENT } from '../features/inMemoryCorpus.js';

const DOC = ['---', 'id: one', 'title: 某省2024年工作要点', 'date: 2024-01-01', 'kind: 工作要点', '---', '', '推进工作。'].join(
  '\n',
);

const scratch = mkdtempSync(join(tmpdir(), 'policy-lens-walk-cancel-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

/** A folder of `count` subfolders, one document each: a walk of many steps. */
function tree(name: string, count: number): string {
  const root = join(scratch, name);
  for (let i = 0; i < count; i++) {
    mkdirSync(join(root, `d${String(i).padStart(3, '0')}`), { recursive: true });
    writeFileSync(join(root, `d${String(i).padStart(3, '0')}`, 'doc.md'), DOC);
  }
  return root;
}

const BIG = tree('big', 200);
const SMALL = tree('small', 1);
const turns = (n: number) => Array.from({ length: n }).reduce<Promise<void>>(
  (previous) => previous.then(() => new Promise((resolve) => setImmediate(resolve))),
  Promise.resolve(),
);

test('the walk in steps: the same files as at once, and cancelled, nothing', async () => {
  let steps = 0;
  const read = await runStepsPaused(readCorpusFoldersSteps([BIG]), async () => void steps++);
  assert.equal(read?.files.length, 200);
  assert.ok(steps >= 400, `a step per folder and per file (${steps})`);
  let asked = 0;
  const cancelled = { get isCancellationRequested() { return ++asked > 10; } };
  assert.equal(await runStepsPaused(readCorpusFoldersSteps([BIG]), async () => undefined, cancelled), undefined);
});

describe('the corpus manager', () => {
  /** A manager over a service that only records what it is asked to index (after `indexing` settles). */
  function manager(indexing: Promise<void> = Promise.resolve()) {
    const indexed: string[][] = [];
    const reported: unknown[] = [];
    let runs = 0;
    const service = {
      indexCorpusInSteps: async (files: readonly CorpusFile[]) => {
        await indexing;
        indexed.push(files.map((file) => file.uri));
        return { documents: files.length, names: 0, problems: [], brandPrefixes: [], duplicates: 0 };
      },
    } as unknown as LanguageService;
    const corpus = new CorpusManager(service, {
      openCorpusText: () => undefined,
      onIndexed: (status) => reported.push(status),
      progress: async () => {
        runs++;
        return { report: () => undefined, done: () => undefined };
      },
      logger: SILENT,
      locale: () => 'zh',
      // A turn of the event loop at every step (the server's turns run many small steps in one): the walk
      // of 200 folders is surely under way after 20 turns.
      pause: () => new Promise((resolve) => setImmediate(resolve)),
    });
    const settings = { ...DEFAULT_SETTINGS, corpus: { paths: [], includeBundled: false } };
    return {
      corpus,
      indexed,
      reported,
      runs: () => runs,
      use: (folder: string) => corpus.configure(settings, [scratch], [folder]),
    };
  }

  test('a reindex while the folders are walked starts over; both callers get the one result', async () => {
    const m = manager();
    m.use(BIG);
    try {
      const first = m.corpus.reindex();
      await turns(20);
      const second = m.corpus.reindex();
      const [a, b] = await Promise.all([first, second]);
      assert.equal(m.runs(), 2, 'a second walk started');
      assert.equal(m.indexed.length, 1, 'the first walk stopped before indexing');
      assert.equal(m.indexed[0].length, 200);
      assert.equal(m.reported.length, 1);
      assert.deepEqual(a, b);
    } finally {
      m.corpus.dispose();
    }
  });

  test('new folders while the old ones are walked: only the new ones are indexed', async () => {
    const m = manager();
    m.use(BIG);
    try {
      const first = m.corpus.reindex();
      await turns(20);
      m.use(SMALL);
      const second = m.corpus.reindex();
      const [a, b] = await Promise.all([first, second]);
      assert.deepEqual(m.indexed, [[pathToFileURL(join(SMALL, 'd000', 'doc.md')).toString()]]);
      assert.equal(m.reported.length, 1);
      assert.deepEqual(a, b);
      assert.equal(a.documents, 1);
    } finally {
      m.corpus.dispose();
    }
  });

  test('a reindex once the walk is done, while indexing, shares the run in progress', async () => {
    let release: () => void = () => undefined;
    const m = manager(new Promise((resolve) => (release = resolve)));
    m.use(SMALL);
    try {
      const first = m.corpus.reindex();
      await turns(20); // past the walk of one folder and one file
      const second = m.corpus.reindex();
      assert.equal(second, first);
      release();
      await first;
      assert.equal(m.runs(), 1);
      assert.equal(m.reported.length, 1);
    } finally {
      m.corpus.dispose();
    }
  });
});
