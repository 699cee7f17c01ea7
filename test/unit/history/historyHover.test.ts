// What the editor shows of the history: a replaced name's hover says by what and since when (per which
// document), a name's hover the years it is used in, a figure's hover its measure by year (a table, and a
// chart for a client that renders images), on the Sichuan timeline of historyCorpus.ts.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { draftDocument } from '../../../server/src/service/features/documentText.js';
import { createLanguageService, type LanguageService } from '../../../server/src/service/languageService.js';
import { SimpleSegmenter } from '../../../server/src/service/search/simpleSegmenter.js';
import { positionOf, SILENT } from '../features/inMemoryCorpus.js';
import {
  SC_2022,
  SC_2022_URI,
  SC_2023,
  SC_2023_URI,
  SC_FILES,
  SC_PLAN,
  SC_PLAN_URI,
  SC_REGISTRY,
} from './historyCorpus.js';

function service(images: boolean): LanguageService {
  const created = createLanguageService({
    segmenter: new SimpleSegmenter(),
    logger: SILENT,
    locale: () => 'zh',
    workspaceDrafts: () => [],
    hoverImages: () => images,
  });
  created.indexCorpus(SC_FILES, SC_REGISTRY);
  return created;
}

const plain = service(false);
const withImages = service(true);
let count = 0;

/** The hover at `needle` after the draft was checked, as the editor asks for it. */
function hoverAt(text: string, needle: string, delta = 0, on: LanguageService = plain): string {
  const draft = draftDocument(`memory:///drafts/h${++count}.md`, 1, text);
  on.check(draft);
  const contents = on.hover(draft, positionOf(text, needle, delta))?.contents;
  return contents && typeof contents === 'object' && 'value' in contents ? contents.value : '';
}

const line = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;
const HEAD = '# 四川省数字政府建设2024年工作要点\n\n';

/** What the corpus says, below the explanation of a diagnostic on the same words. */
const corpusPart = (markdown: string) => markdown.split('\n\n---\n\n').at(-1) ?? '';

describe('hover on a name with a history', () => {
  test('a body replaced as a document states it: by what, since when, per which document', () => {
    const markdown = hoverAt(`${HEAD}由省大数据中心负责。`, '大数据中心');
    // On the name.deprecated diagnostic first, why the checker says so.
    assert.match(markdown, /^\*\*name\.deprecated\*\* · 把握：很可能/);
    const parts = corpusPart(markdown).split('\n\n');
    assert.equal(parts[0], '**省大数据中心** · 单位');
    assert.equal(parts[1], '⚠ 2023年起由“省数据局”取代（依据 《四川省数字政府建设2023年工作要点》）');
    assert.ok(parts.includes('语料中使用：2021—2023年，3 个文件。'), markdown);
  });

  test('a body replaced as usage shows it: the newer documents write the other name', () => {
    const markdown = hoverAt(`${HEAD}由省政务服务管理局负责。`, '政务服务管理局');
    assert.match(
      markdown,
      /\n\n⚠ 2023年起的文件写作“省政务服务和数据管理局”，不再使用此名（《四川省数字政府建设2023年工作要点》）\n\n/,
    );
    assert.match(markdown, /语料中使用：2021—2022年，2 个文件。/);
  });

  test('a platform whose brand changed, and its successor (used only in 2023, no warning)', () => {
    const old = corpusPart(hoverAt(`${HEAD}依托“川企通”办理。`, '川企通'));
    assert.match(old, /^\*\*“川企通”\*\* · 平台\n\n⚠ 2023年起由“天府企业通”取代/);
    assert.match(old, /语料中提及 3 次，涉及 3 个文件（2021—2023年）。/);
    const successor = hoverAt(`${HEAD}依托“天府企业通”办理。`, '天府企业通');
    assert.doesNotMatch(successor, /⚠/);
    assert.match(successor, /涉及 1 个文件（2023年）。/);
  });
});

describe('hover on a figure of the draft: its measure by year', () => {
  const text = `${HEAD}（一）到2025年，政务云资源总量达到25万核。`;

  test('a table of every wording’s figure by year, each linked to its place; no chart for a text-only client', () => {
    const markdown = hoverAt(text, '25万核', 1);
    assert.equal(
      markdown.split('\n\n---\n\n').at(-1),
      [
        '**政务云资源总量** · 指标',
        '历年数值：',
        [
          '| 年份 | 类型 | 数值 | 文件 |',
          '| --- | --- | --- | --- |',
          `| 2022 | 目标 | 达到 12万核 | [2022年工作要点](${SC_2022_URI}#L${line(SC_2022, '12万核')}) |`,
          `| 2023 | 目标 | 达到 25万核 | [2023年工作要点](${SC_2023_URI}#L${line(SC_2023, '25万核')}) |`,
          `| 2025 | 目标 | 达到 20万核 | [2021—2025年规划](${SC_PLAN_URI}#L${line(SC_PLAN, '20万核')}) |`,
        ].join('\n'),
      ].join('\n\n'),
    );
    assert.doesNotMatch(markdown, /data:image/);
  });

  test('a client that renders images also gets a chart: one dot per figure, a label per year', () => {
    const markdown = hoverAt(text, '25万核', 1, withImages);
    const image = /!\[chart\]\(data:image\/svg\+xml;base64,([A-Za-z0-9+/=]+)\)/.exec(markdown);
    assert.ok(image, markdown);
    const svg = Buffer.from(image[1], 'base64').toString('utf8');
    assert.equal(svg.match(/<circle /g)?.length, 3);
    assert.deepEqual(
      [...svg.matchAll(/<text[^>]*>(\d{4})<\/text>/g)].map((m) => m[1]),
      ['2025', '2022', '2023'],
    );
  });

  test('off a figure, no timeline; a figure the corpus does not measure, none either', () => {
    assert.doesNotMatch(hoverAt(text, '到2025年'), /历年数值/);
    assert.doesNotMatch(hoverAt(`${HEAD}新建便民服务点300个。`, '300个', 1), /历年数值/);
  });
});
