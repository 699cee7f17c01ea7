// The persistent index cache: an index restored from its snapshot (through the same serialization the
// disk cache uses) answers exactly as the index it was taken of; and the disk cache never serves an
// index built from other inputs or by another engine, and survives a damaged file.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { readCorpusFolders } from '../../../server/src/node/corpusFolders.js';
import { DiskIndexCache } from '../../../server/src/node/diskIndexCache.js';
import { bestSentence } from '../../../server/src/service/features/describe.js';
import { draftDocument } from '../../../server/src/service/features/documentText.js';
import { CorpusIndex, type IndexSnapshot } from '../../../server/src/service/index/corpusIndex.js';
import type { IndexCache, IndexCacheKey } from '../../../server/src/service/index/indexCache.js';
import type { Mention } from '../../../server/src/service/model.js';
import { createLanguageService, type LanguageService } from '../../../server/src/service/languageService.js';
import { SimpleSegmenter } from '../../../server/src/service/search/simpleSegmenter.js';

const REPO = join(__dirname, '..', '..', '..');
/** Drafts with every kind of finding, history ones (replaced names, superseded figures) included. */
const DRAFT_FOLDERS = ['drafts', 'drafts-history'].map((name) => join(REPO, 'test', 'fixtures', name));
const quiet = { info: () => undefined, warn: () => undefined, error: () => undefined };

/** A cache in memory that stores what the disk cache would: the snapshot through v8 serialization. */
class MemoryCache implements IndexCache {
  stored: Buffer | undefined;
  offered: (() => IndexSnapshot) | undefined;
  reads = 0;
  read(): IndexSnapshot | undefined {
    this.reads++;
    return this.stored ? (deserialize(this.stored) as IndexSnapshot) : undefined;
  }
  write(_key: IndexCacheKey, snapshot: () => IndexSnapshot): void {
    this.offered = snapshot;
  }
  flush(): void {
    this.stored = serialize(this.offered!());
  }
}

function serviceWith(cache: IndexCache, warnings: string[] = []): LanguageService {
  const onDisk = readCorpusFolders([join(REPO, 'corpus')]);
  const service = createLanguageService({
    segmenter: new SimpleSegmenter(),
    logger: { ...quiet, warn: (m) => warnings.push(m) },
    locale: () => 'zh',
    workspaceDrafts: () => [],
    indexCache: cache,
  });
  service.indexCorpus(onDisk.files, onDisk.registry);
  return service;
}

const drafts = () =>
  DRAFT_FOLDERS.flatMap((folder) =>
    readdirSync(folder)
      .filter((name) => name.endsWith('.md') && name !== 'README.md')
      .map((name) => draftDocument(`file:///drafts/${name}`, 1, readFileSync(join(folder, name), 'utf8'))),
  );

/** Everything a draft gets: diagnostics, and the hover and definition at each name the corpus knows. */
function answers(service: LanguageService): string {
  return JSON.stringify(
    drafts().map((draft) => ({
      diagnostics: service.diagnostics(draft),
      at: service.namesIn(draft.text).map(({ start }) => {
        const position = draft.lines.positionAt(start + 1);
        return { hover: service.hover(draft, position), definition: service.definition(draft, position) };
      }),
    })),
  );
}

/** A fresh folder for a disk cache (and a maker of caches on it), removed after `run`. */
async function withDiskCache(run: (folder: string, disk: () => DiskIndexCache) => Promise<void>): Promise<void> {
  const folder = mkdtempSync(join(tmpdir(), 'policy-lens-disk-'));
  try {
    await run(folder, () => new DiskIndexCache({ logger: quiet, locale: () => 'zh', folder, engine: 'engine-1' }));
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

describe('an index restored from its snapshot', () => {
  test('answers every draft exactly as the index it was taken of (with the derived values it carried)', async () => {
    const cache = new MemoryCache();
    const built = serviceWith(cache);
    const expected = answers(built);
    // Derived values computed by now (name histories, measure links …) go into the snapshot too.
    await built.warmUp(async () => undefined);
    cache.flush();
    const restored = serviceWith(cache);
    assert.equal(cache.reads, 2);
    assert.equal(answers(restored), expected);
    assert.deepEqual(restored.summary(), built.summary());
  });

  test('restored from the disk cache, clauses, sections and mentions are read when first asked; the same answers', async () =>
    withDiskCache(async (_folder, disk) => {
      const writer = disk();
      const built = serviceWith(writer);
      const expected = answers(built);
      await built.warmUp(async () => undefined);
      writer.flush();
      // The file holds no clauses or sections (a document's text gives them), and each name's mentions
      // as a part of its own.
      const onDisk = readCorpusFolders([join(REPO, 'corpus')]);
      const snapshot = disk().read({ files: onDisk.files, registry: onDisk.registry, locale: 'zh' })!;
      assert.ok(snapshot.documents.length > 0);
      assert.ok(snapshot.documents.every((d) => !('clauses' in d) && !('sections' in d)));
      assert.ok(snapshot.mentions.length > 0 && snapshot.mentions.every(([, m]) => typeof m === 'function'));
      // Counted: restoring reads no mentions; what the answers need is read then.
      let namesRead = 0;
      const counted: IndexSnapshot = {
        ...snapshot,
        mentions: snapshot.mentions.map(([name, m, count]) => [
          name,
          typeof m === 'function' ? () => (namesRead++, m()) : m,
          count,
        ]),
      };
      const restored = CorpusIndex.restore(counted, onDisk.registry, new SimpleSegmenter());
      assert.equal(namesRead, 0, 'no mention read by the restore');
      // How often each name is mentioned is known without reading its mentions.
      const index = CorpusIndex.build(onDisk.files, onDisk.registry, new SimpleSegmenter());
      const builtCount = new Map(index.names.map((n) => [`${n.kind}|${n.name}`, index.mentionsOf(n).length]));
      assert.ok([...builtCount.values()].some((count) => count > 0));
      for (const name of restored.names)
        assert.equal(restored.mentionCount(name), builtCount.get(`${name.kind}|${name.name}`));
      assert.equal(namesRead, 0, 'no mention read to count them');
      const service = serviceWith(disk());
      assert.equal(answers(service), expected);
      // Parsed again from the text, each document's clauses and sections are the built index's.
      const fresh = CorpusIndex.build(onDisk.files, onDisk.registry, new SimpleSegmenter());
      for (const document of restored.documents) {
        const original = fresh.document(document.meta.id)!;
        assert.deepEqual(document.clauses, original.clauses, document.meta.id);
        assert.deepEqual(document.sections, original.sections, document.meta.id);
        // Stored as JSON, the rest reads back the same: only properties whose value is undefined are gone.
        const { clauses: _c, sections: _s, lines: _l, jurisdiction: _j, ...stored } = original;
        for (const [field, value] of Object.entries(stored))
          assert.deepEqual(
            (document as unknown as Record<string, unknown>)[field],
            withoutUndefined(value),
            `${document.meta.id} ${field}`,
          );
      }
      // A snapshot of the restored index holds every mention again, as the built one's does.
      const again = restored.snapshot();
      assert.equal(namesRead, snapshot.mentions.length);
      const byName = (s: IndexSnapshot) =>
        new Map(s.mentions.map(([name, m]) => [name.name + name.kind, typeof m === 'function' ? m() : m]));
      assert.deepEqual(byName(again), byName(snapshot));
    }));

  test('a search index built after the store is offered again with it; restored, it searches without a build', async () =>
    withDiskCache(async (folder, disk) => {
      const writer = disk();
      const built = serviceWith(writer);
      writer.flush();
      const onDisk = readCorpusFolders([join(REPO, 'corpus')]);
      const key = { files: onDisk.files, registry: onDisk.registry, locale: 'zh' as const };
      assert.equal(disk().read(key)!.search, undefined, 'stored before the search index was built');
      const { passages } = await built.prepareSearch(async () => undefined);
      assert.ok(passages > 100);
      writer.flush();
      const snapshot = disk().read(key)!;
      assert.ok(snapshot.search, 'offered again, with its search index');
      const queries = ['政务云 算力', '一网统管', '粤省事 活跃用户', '云', 'IPv6'];
      const hits = (service: LanguageService) =>
        JSON.stringify(queries.map((query) => service.lookupClauses(query, 8)));
      // Restored: the search index is there at once, and a search parses only the documents it hits.
      const restored = CorpusIndex.restore(snapshot, onDisk.registry, new SimpleSegmenter());
      assert.equal(typeof snapshot.search, 'function', 'read from the file when first needed');
      assert.equal(await restored.prepareSearchInSteps(async () => undefined), false, 'read, not built');
      assert.equal(restored.searchSize(), passages);
      const reader = disk();
      const service = serviceWith(reader);
      assert.equal(hits(service), hits(built));
      assert.deepEqual(await service.prepareSearch(async () => undefined), { passages });
      // Nothing new to store: the restored index came with its search index.
      reader.flush();
      assert.deepEqual(readdirSync(folder).filter((file) => file.endsWith('.v8')).length, 1);
    }));

  test('a stored search index whose file is gone by the time it is needed is built instead', async () =>
    withDiskCache(async (folder, disk) => {
      const writer = disk();
      const built = serviceWith(writer);
      await built.prepareSearch(async () => undefined);
      writer.flush();
      const restored = serviceWith(disk());
      for (const file of readdirSync(folder)) rmSync(join(folder, file));
      const { passages } = await restored.prepareSearch(async () => undefined);
      assert.ok(passages > 100);
      assert.deepEqual(restored.lookupClauses('一网统管', 3), built.lookupClauses('一网统管', 3));
    }));

  test("a search index built after a restore reads each document's clauses without keeping them", async () => {
    const cache = new MemoryCache();
    serviceWith(cache);
    cache.flush();
    const onDisk = readCorpusFolders([join(REPO, 'corpus')]);
    const restored = CorpusIndex.restore(cache.read()!, onDisk.registry, new SimpleSegmenter());
    let parsed = 0;
    for (const document of restored.documents) {
      const clauses = Object.getOwnPropertyDescriptor(document, 'clauses')!.get!;
      Object.defineProperty(document, 'clauses', { get: () => (parsed++, clauses()), enumerable: true });
    }
    assert.ok(await restored.prepareSearchInSteps(async () => undefined));
    assert.equal(parsed, 0, 'no document kept its clauses for the search index');
    const [hit] = restored.searchClauses('一网统管 地市试点', 1);
    assert.equal(hit.clause.title, '推动“一网统管”地市试点');
    assert.equal(parsed, 1, 'the hit is read from its document');
  });

  test('a best sentence found before the store is not looked for again in its mentions', () => {
    const onDisk = readCorpusFolders([join(REPO, 'corpus')]);
    const built = CorpusIndex.build(onDisk.files, onDisk.registry, new SimpleSegmenter());
    const names = built.names.filter((name) => ['粤省事', '粤商通', '省政务服务数据管理局'].includes(name.name));
    assert.equal(names.length, 3);
    const expected = names.map((name) => bestSentence(built, name));
    assert.ok(expected.every((description) => description?.sentence));
    const snapshot = deserialize(serialize(built.snapshot())) as IndexSnapshot;
    let namesRead = 0;
    const restored = CorpusIndex.restore(
      {
        ...snapshot,
        mentions: snapshot.mentions.map(([name, m, count]) => [name, () => (namesRead++, m as Mention[]), count]),
      },
      onDisk.registry,
      new SimpleSegmenter(),
    );
    const again = restored.names.filter((name) => names.some((n) => n.name === name.name && n.kind === name.kind));
    const strip = (d: ReturnType<typeof bestSentence>) =>
      d && { docId: d.doc.meta.id, range: d.range, sentence: d.sentence };
    assert.deepEqual(
      again.map((name) => strip(bestSentence(restored, name))),
      expected.map(strip),
    );
    assert.equal(namesRead, 0, 'no mention read');
  });

  test('a snapshot that does not restore is said and the corpus indexed anew', () => {
    const cache = new MemoryCache();
    cache.stored = serialize({ names: 'not a list' });
    const warnings: string[] = [];
    const service = serviceWith(cache, warnings);
    assert.equal(warnings.length, 1);
    assert.match(warnings[0], /索引缓存无法还原/);
    assert.ok((service.summary()?.documents ?? 0) > 0);
  });
});

describe('the disk index cache', () => {
  const snapshot = {
    names: [],
    problems: [],
    duplicates: [],
    documents: [],
    mentions: [],
    statements: [],
    derived: [],
  };
  const key = (content: string, locale: 'zh' | 'en' = 'zh'): IndexCacheKey => ({
    files: [{ uri: 'file:///c/a.md', content }],
    registry: { ordinaryWords: [] } as unknown as IndexCacheKey['registry'],
    locale,
  });
  const withFolder = (run: (folder: string) => void) => {
    const folder = mkdtempSync(join(tmpdir(), 'policy-lens-index-'));
    try {
      run(folder);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  };
  const cacheIn = (folder: string, engine = 'engine-1', warnings: string[] = []) =>
    new DiskIndexCache({ logger: { ...quiet, warn: (m) => warnings.push(m) }, locale: () => 'zh', folder, engine });

  test('reads back what it wrote, for the same files, registry, language and engine only', () =>
    withFolder((folder) => {
      const cache = cacheIn(folder);
      cache.write(key('甲'), () => snapshot as unknown as IndexSnapshot);
      cache.flush();
      assert.deepEqual(cache.read(key('甲')), snapshot);
      assert.equal(cache.read(key('乙')), undefined, 'a changed file');
      assert.equal(cache.read(key('甲', 'en')), undefined, 'problems worded in another language');
      assert.equal(cacheIn(folder, 'engine-2').read(key('甲')), undefined, 'another build');
    }));

  test('a damaged file is removed, reported to the caller, and the next write replaces it', () =>
    withFolder((folder) => {
      const cache = cacheIn(folder);
      cache.write(key('甲'), () => snapshot as unknown as IndexSnapshot);
      cache.flush();
      const [file] = readdirSync(folder);
      writeFileSync(join(folder, file), 'not an index');
      assert.throws(() => cache.read(key('甲')), new RegExp(file));
      assert.deepEqual(readdirSync(folder), []);
      assert.equal(cache.read(key('甲')), undefined);
    }));

  test('a relocatable folder: an index stored from one place serves another, its URIs mapped there', () =>
    withFolder((folder) => {
      const at = (place: string) => `file:///${place}/corpus/%E8%A7%84%E5%88%92.md`;
      const keyAt = (place: string): IndexCacheKey => ({ ...key('甲'), files: [{ uri: at(place), content: '甲' }] });
      const stored = {
        ...snapshot,
        documents: [{ uri: at('build'), text: '甲' }],
        problems: [{ uri: at('build'), severity: 'warning', message: '' }],
      } as unknown as IndexSnapshot;
      const quietLog = { ...quiet };
      const built = new DiskIndexCache({
        logger: quietLog,
        locale: () => 'zh',
        folder,
        engine: 'e',
        relocatable: ['/build/corpus'],
      });
      built.write(keyAt('build'), () => stored);
      built.flush();
      const installed = new DiskIndexCache({
        logger: quietLog,
        locale: () => 'zh',
        folder: join(folder, 'own'),
        engine: 'e',
        relocatable: ['/home/user/ext/corpus'],
        shipped: folder,
      });
      const read = installed.read(keyAt('home/user/ext'));
      assert.equal(read?.documents[0].uri, at('home/user/ext'));
      assert.equal(read?.problems[0].uri, at('home/user/ext'));
      assert.equal(installed.read(keyAt('elsewhere')), undefined, 'a file outside the folder keeps its own name');
    }));

  test('keeps the newest six corpora; an unwritable folder is a warning, not a failure', () =>
    withFolder((folder) => {
      const cache = cacheIn(folder);
      for (let i = 0; i < 9; i++) {
        cache.write(key(`文件${i}`), () => snapshot as unknown as IndexSnapshot);
        cache.flush();
      }
      assert.equal(readdirSync(folder).length, 6);
      assert.deepEqual(cache.read(key('文件8')), snapshot);
      const warnings: string[] = [];
      const blocked = cacheIn(join(folder, readdirSync(folder)[0], 'below-a-file'), 'engine-1', warnings);
      blocked.write(key('甲'), () => snapshot as unknown as IndexSnapshot);
      blocked.flush();
      assert.equal(warnings.length, 1);
      assert.match(warnings[0], /索引缓存未能写入/);
    }));
});

/** The value with every property whose value is undefined left out, as JSON leaves it out. */
function withoutUndefined(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutUndefined);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([, item]) => item !== undefined)
      .map(([key, item]) => [key, withoutUndefined(item)]),
  );
}
