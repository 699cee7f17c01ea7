import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Location } from 'vscode-languageserver-types';
import type { DraftDocument } from '../../../server/src/service/features/documentText.js';
import { createLanguageService } from '../../../server/src/service/languageService.js';
import { SimpleSegmenter } from '../../../server/src/service/search/simpleSegmenter.js';
import {
  CORPUS_FILES,
  draft,
  GD_2022,
  GD_2022_URI,
  GD_PLAN,
  GD_PLAN_URI,
  positionOf,
  REGISTRY,
  SILENT,
  testService,
  ZJ_PLAN,
  ZJ_PLAN_URI,
} from './inMemoryCorpus.js';

/** Every occurrence of `needle` in a text, as `uri line:start-end`, skipping occurrences inside `except`. */
function occurrences(uri: string, text: string, needle: string, except: readonly string[] = []): string[] {
  const out: string[] = [];
  text.split('\n').forEach((line, number) => {
    const excluded = except.flatMap((longer) => {
      const spans: number[] = [];
      for (let at = line.indexOf(longer); at >= 0; at = line.indexOf(longer, at + 1))
        spans.push(at + longer.indexOf(needle));
      return spans;
    });
    for (let at = line.indexOf(needle); at >= 0; at = line.indexOf(needle, at + 1)) {
      if (!excluded.includes(at)) out.push(`${uri} ${number}:${at}-${at + needle.length}`);
    }
  });
  return out;
}

/** The body of a corpus file: mentions are looked for after the front matter. */
const body = (text: string) => text.replace(/^---\n[\s\S]*?\n---\n/, (header) => header.replace(/[^\n]/g, ''));

const asStrings = (locations: readonly Location[]) =>
  locations.map((l) => `${l.uri} ${l.range.start.line}:${l.range.start.character}-${l.range.end.character}`);

describe('find references', () => {
  const { service, drafts } = testService();
  const OTHER = 'memory:///drafts/other.md';
  const otherText = '推进“一网统管”试点。\n\n依托粤省事和“浙里办”，由省政数局牵头。';
  drafts.push(draft(otherText, OTHER));
  const mineText = '“一网统管”，“粤省事”，粤办函〔2022〕24号，省政务服务数据管理局，浙江省大数据发展管理局';
  const MINE = 'memory:///drafts/mine.md';
  const mine = draft(mineText, MINE);
  drafts.push(mine);

  test('a glossary term: every mention in every corpus document, then in the workspace drafts', () => {
    const expected = [
      ...occurrences(GD_PLAN_URI, body(GD_PLAN), '一网统管'),
      ...occurrences(GD_2022_URI, body(GD_2022), '一网统管'),
      ...occurrences(OTHER, otherText, '一网统管'),
      ...occurrences(MINE, mineText, '一网统管'),
    ];
    assert.equal(expected.length, 7);
    assert.deepEqual(asStrings(service.references(mine, positionOf(mineText, '一网统管'))), expected);
  });

  test('a platform: its mentions, not those inside a longer name (the indicator “粤省事”日均活跃用户数)', () => {
    const indicator = '“粤省事”日均活跃用户数';
    const expected = [
      ...occurrences(GD_PLAN_URI, body(GD_PLAN), '粤省事', [indicator]),
      ...occurrences(GD_2022_URI, body(GD_2022), '粤省事', [indicator]),
      ...occurrences(OTHER, otherText, '粤省事'),
      ...occurrences(MINE, mineText, '粤省事'),
    ];
    assert.equal(expected.length, 8);
    assert.deepEqual(asStrings(service.references(mine, positionOf(mineText, '粤省事'))), expected);
  });

  test('an agency under any of its names, in the lead units of every task it leads', () => {
    const expected = [
      ...occurrences(GD_2022_URI, body(GD_2022), '省政务服务数据管理局'),
      ...occurrences(OTHER, otherText, '省政数局'),
      ...occurrences(MINE, mineText, '省政务服务数据管理局'),
    ];
    assert.equal(expected.length, 7);
    assert.deepEqual(asStrings(service.references(mine, positionOf(mineText, '省政务服务'))), expected);
  });

  test("another province's agency by its alias: the Zhejiang plan's tasks", () => {
    const expected = [
      ...occurrences(ZJ_PLAN_URI, body(ZJ_PLAN), '省大数据局'),
      ...occurrences(MINE, mineText, '浙江省大数据发展管理局'),
    ];
    assert.equal(expected.length, 3);
    assert.deepEqual(asStrings(service.references(mine, positionOf(mineText, '大数据发展'))), expected);
  });

  test('a 文号: the document’s mentions in the corpus and the 文号 in the drafts', () => {
    const titleLine = GD_2022.split('\n').indexOf('广东省数字政府改革建设2022年工作要点');
    assert.deepEqual(asStrings(service.references(mine, positionOf(mineText, '24号'))), [
      `${GD_2022_URI} ${titleLine}:0-20`,
      ...occurrences(MINE, mineText, '粤办函〔2022〕24号'),
    ]);
  });

  test('nothing under the cursor, an empty draft, a position past the end: no references', () => {
    assert.deepEqual(service.references(mine, { line: 0, character: 0 }), []);
    assert.deepEqual(service.references(draft(''), { line: 0, character: 0 }), []);
    assert.deepEqual(service.references(mine, { line: 40, character: 9999 }), []);
  });
});

describe('find references in steps, over drafts read as a walk finds them', () => {
  const texts = ['推进“一网统管”试点。', '无关的草稿。', '“一网统管”和“一网统管”'];
  const mineText = '推进“一网统管”。';
  const mine = draft(mineText, 'memory:///drafts/steps-mine.md');
  const others = texts.map((text, i) => draft(text, `memory:///drafts/steps-${i}.md`));
  let read = 0;
  let walkClosed = false;
  // What the server's walk is: an async source, read one draft at a time, stopped when the search stops.
  async function* walk(): AsyncGenerator<DraftDocument, void> {
    try {
      for (const other of others) {
        read++;
        yield other;
      }
    } finally {
      walkClosed = true;
    }
  }
  const service = createLanguageService({
    segmenter: new SimpleSegmenter(),
    logger: SILENT,
    locale: () => 'zh',
    workspaceDrafts: () => walk(),
  });
  service.indexCorpus(CORPUS_FILES, REGISTRY);
  const arrays = testService();
  arrays.drafts.push(...others);
  const at = positionOf(mineText, '一网统管');

  test('the same answer as at once, with a pause after each draft searched', async () => {
    let pauses = 0;
    const found = await service.referencesInSteps(mine, at, async () => void pauses++);
    assert.deepEqual(asStrings(found), asStrings(arrays.service.references(mine, at)));
    assert.equal(asStrings(found).filter((l) => l.startsWith('memory:///drafts/steps-')).length, 3);
    assert.equal(pauses, others.length);
  });

  test('cancelled during the search: nothing, and the walk is not read further', async () => {
    read = 0;
    walkClosed = false;
    let cancelled = false;
    const found = await service.referencesInSteps(mine, at, async () => void (cancelled = true), {
      get isCancellationRequested() {
        return cancelled;
      },
    });
    assert.deepEqual(found, []);
    assert.equal(read, 1);
    assert.ok(walkClosed, 'the walk was closed');
  });

  test('cancelled while the walk reads (it stops by itself): nothing, not what was found so far', async () => {
    let cancelled = false;
    const token = {
      get isCancellationRequested() {
        return cancelled;
      },
    };
    async function* stoppingWalk(): AsyncGenerator<DraftDocument, void> {
      for (const other of others) {
        if (token.isCancellationRequested) return;
        yield other;
        cancelled = true; // arrives as the next draft is asked for
      }
    }
    const stopping = createLanguageService({
      segmenter: new SimpleSegmenter(),
      logger: SILENT,
      locale: () => 'zh',
      workspaceDrafts: () => stoppingWalk(),
    });
    stopping.indexCorpus(CORPUS_FILES, REGISTRY);
    // The cancel comes as the walk is asked for its next draft, which it then does not read: the search's
    // loop ends as if the walk were done.
    assert.deepEqual(await stopping.referencesInSteps(mine, at, async () => undefined, token), []);
  });

  test('asked at once, drafts that come as a walk are left to the stepped search: corpus mentions only', () => {
    const found = asStrings(service.references(mine, at));
    assert.ok(found.length > 0);
    assert.ok(found.every((l) => !l.startsWith('memory:///drafts/')));
  });
});
