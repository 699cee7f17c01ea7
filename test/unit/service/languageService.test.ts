// The factory: what the service answers before, during and after (re)indexing, and how it reads its
// injected dependencies (locale, workspace drafts) at request time.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { draftDocument, type DraftDocument } from '../../../server/src/service/features/documentText.js';
import type { Locale } from '../../../server/src/service/l10n.js';
import { createLanguageService } from '../../../server/src/service/languageService.js';
import { SimpleSegmenter } from '../../../server/src/service/search/simpleSegmenter.js';
import {
  CORPUS_FILES,
  GD_2022,
  GD_2022_URI,
  GD_PLAN,
  GD_PLAN_URI,
  REGISTRY,
  SILENT,
  ZJ_PLAN,
  ZJ_PLAN_URI,
} from '../features/inMemoryCorpus.js';

function freshService() {
  let locale: Locale = 'zh';
  let draftsAsked = 0;
  const drafts: DraftDocument[] = [];
  const service = createLanguageService({
    segmenter: new SimpleSegmenter(),
    logger: SILENT,
    locale: () => locale,
    workspaceDrafts: () => {
      draftsAsked++;
      return drafts;
    },
  });
  return { service, drafts, setLocale: (next: Locale) => (locale = next), draftsAsked: () => draftsAsked };
}

const text = '推进“一网统管”，依托“粤省事”和“浙里办”\n一、总体要求\n（一）目标。';
const mine = draftDocument('memory:///drafts/mine.md', 1, text);
const at = (needle: string) => ({ line: 0, character: text.indexOf(needle) });

describe('the language service', () => {
  test('before the corpus is indexed, corpus features answer nothing and the outline still works', () => {
    const { service } = freshService();
    assert.equal(service.indexed, false);
    assert.equal(service.summary(), undefined);
    assert.equal(service.hover(mine, at('粤省事')), undefined);
    assert.deepEqual(service.definition(mine, at('粤省事')), []);
    assert.deepEqual(service.references(mine, at('粤省事')), []);
    assert.deepEqual(service.workspaceSymbols('粤省事'), []);
    assert.deepEqual(service.completion(mine, { line: 0, character: 3 }), []);
    assert.deepEqual(service.lookupClauses('粤省事'), []);
    assert.deepEqual(
      service.documentSymbols(mine).map((s) => s.name),
      ['一、总体要求'],
    );
  });

  test('a broken corpus file is a problem naming the file and the field; the other files are indexed', () => {
    const { service } = freshService();
    const broken = {
      uri: 'memory:///corpus/broken.md',
      content: '---\nid: broken\ntitle: 缺少日期的文件\nkind: 方案\n---\n\n正文',
    };
    const badKind = {
      uri: 'memory:///corpus/bad-kind.md',
      content: '---\nid: bad-kind\ntitle: 文种不对\ndate: 2022-01\nkind: 纪要\n---\n\n正文',
    };
    const noHeader = { uri: 'memory:///corpus/no-header.md', content: '# 没有元数据头\n\n正文' };
    const summary = service.indexCorpus([...CORPUS_FILES, broken, badKind, noHeader], REGISTRY);
    assert.deepEqual(
      service.corpusStats()?.documents.map((d) => d.id),
      ['gd_plan', 'gd_2022', 'zj_plan'],
    );
    assert.equal(summary.documents, 3);
    assert.deepEqual(
      summary.problems.map((p) => [p.uri, p.severity, p.field]),
      [
        ['memory:///corpus/broken.md', 'error', 'date'],
        ['memory:///corpus/bad-kind.md', 'error', 'kind'],
        ['memory:///corpus/no-header.md', 'error', undefined],
      ],
    );
    for (const problem of summary.problems)
      assert.ok(problem.message.startsWith(problem.uri.slice('memory:///corpus/'.length) + ': '), problem.message);
    assert.ok(service.hover(mine, at('粤省事')), 'the good files answer');
  });

  test('re-indexing replaces the corpus: names come and go with their documents', () => {
    const { service } = freshService();
    service.indexCorpus(
      CORPUS_FILES.filter((f) => f.uri !== ZJ_PLAN_URI),
      REGISTRY,
    );
    assert.equal(service.hover(mine, at('浙里办')), undefined);
    assert.equal(service.summary()?.documents, 2);
    service.indexCorpus(CORPUS_FILES, REGISTRY);
    assert.equal(service.summary()?.documents, 3);
    assert.ok(service.hover(mine, at('浙里办')));
    const term = service.hover(mine, at('一网统管'))?.contents;
    assert.match(term && typeof term === 'object' && 'value' in term ? term.value : '', /^\*\*“一网统管”\*\* · 术语/);
    // Without the plan's glossary the work points still make it a term: quoted twice, a slogan's shape
    // (一网…), and the 基础平台 it names is another thing. Without the work points, it is gone.
    service.indexCorpus([{ uri: GD_2022_URI, content: GD_2022 }], REGISTRY);
    const slogan = service.hover(mine, at('一网统管'))?.contents;
    assert.match(
      slogan && typeof slogan === 'object' && 'value' in slogan ? slogan.value : '',
      /^\*\*“一网统管”\*\* · 术语/,
    );
    service.indexCorpus([{ uri: ZJ_PLAN_URI, content: ZJ_PLAN }], REGISTRY);
    assert.equal(service.hover(mine, at('一网统管')), undefined);
  });

  test('a corpus file given as bytes (UTF-8 with a BOM) reads like text', () => {
    const { service } = freshService();
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(GD_PLAN)]);
    const index = service.indexCorpus([{ uri: GD_PLAN_URI, content: bytes }], REGISTRY);
    assert.deepEqual(index.problems, []);
    assert.ok(service.hover(mine, at('一网统管'))?.contents);
  });

  test('the locale and the workspace drafts are read at request time', () => {
    const { service, drafts, setLocale, draftsAsked } = freshService();
    service.indexCorpus(CORPUS_FILES, REGISTRY);
    const markdown = () => {
      const contents = service.hover(mine, at('一网统管'))?.contents;
      return contents && typeof contents === 'object' && 'value' in contents ? contents.value : '';
    };
    assert.match(markdown(), /· 术语/);
    setLocale('en');
    assert.match(markdown(), /· term/);
    assert.equal(draftsAsked(), 0, 'hover does not walk the workspace');
    const before = service.references(mine, at('一网统管')).length;
    drafts.push(draftDocument('memory:///drafts/new.md', 1, '“一网统管”'));
    assert.equal(service.references(mine, at('一网统管')).length, before + 1);
    assert.equal(draftsAsked(), 2);
  });
});
