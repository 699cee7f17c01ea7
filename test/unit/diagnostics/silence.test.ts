// What must NOT be reported, on the in-memory Guangdong corpus. Each silent case sits next to the nearly
// identical text that IS reported, so a checker that reported nothing at all would fail here too.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CheckContext } from '../../../server/src/service/checks/context.js';
import { DRAFT_FIGURES } from '../../../server/src/service/checks/values/draftFigures.js';
import type { CorpusIndex } from '../../../server/src/service/index/corpusIndex.js';
import { buildIndex, draft, findingsOf, GD_FILES, GD_REGISTRY, GD_SOURCES, gdIndex, type Seen } from './corpora.js';

const HEAD = '# 广东省数字政府改革建设2025年工作要点\n\n';
const findings = (body: string): Seen[] => findingsOf(gdIndex(), GD_SOURCES, HEAD + body);
const codesAndSpans = (body: string) => findings(body).map((f) => [f.code, f.span]);

const draftFigures = (index: CorpusIndex, text: string) =>
  new CheckContext(index, draft(text), 'zh', index.segmenter).get(DRAFT_FIGURES);

describe('names written correctly', () => {
  test('known platforms, the bare portal, the agency and a glossary term, each in its corpus form', () => {
    assert.deepEqual(
      findings('依托“粤省事”“粤商通”和广东政务服务网，由省政务服务数据管理局统筹推进“一网统管”，加强政务数据管理。'),
      [],
    );
  });

  test('the agency by its full registered alias', () => {
    assert.deepEqual(findings('由广东省政务服务数据管理局统筹。'), []);
  });
});

describe('ordinary words one slip from a name', () => {
  test('财务数据 is one character from the term 政务数据, unlike in sound: a word of its own, never a slip', () => {
    assert.deepEqual(findings('加强财务数据管理。'), []);
  });

  test('证务数据 (证/政 sound alike) is in the registry’s ordinaryWords: never a slip of 政务数据', () => {
    assert.deepEqual(findings('加强证务数据管理。'), []);
  });

  test('…and without that entry the same text is reported, so the list is what keeps it silent', () => {
    const index = buildIndex(GD_FILES, { ...GD_REGISTRY, ordinaryWords: [] });
    assert.deepEqual(
      findingsOf(index, GD_SOURCES, `${HEAD}加强证务数据管理。`).map((f) => [f.code, f.span, f.fixes[0].newText]),
      [['name.near-miss', '证务数据', '政务数据']],
    );
  });

  test('省市两级, 更省事, 全省事项: three characters that share two with 粤省事 but are no quoted brand', () => {
    assert.deepEqual(findings('省市两级协同推进，让群众办事更省事，建设全省事项运营中心。'), []);
    assert.deepEqual(codesAndSpans('依托“粤省市”办事。'), [['name.near-miss', '粤省市']]);
  });

  test('a quoted slogan that merely starts like a brand (“更省事、更省心”) is not a quoted name', () => {
    assert.deepEqual(findings('让群众办事“更省事、更省心”。'), []);
  });
});

describe('another level’s agency', () => {
  test('市/县政务服务数据管理局 are the city’s and the county’s own bodies, not slips of the province’s', () => {
    assert.deepEqual(findings('（市政务服务数据管理局牵头）\n\n（县政务服务数据管理局牵头）'), []);
    assert.deepEqual(codesAndSpans('（省政务数据服务管理局牵头）'), [['name.near-miss', '省政务数据服务管理局']]);
  });
});

describe('history sentences name the replaced body on purpose', () => {
  test('撤并…组建 and 在原…基础上 are silent; the same name as a current body is deprecated', () => {
    assert.deepEqual(findings('2018年，撤并调整省信息中心，组建省政务服务数据管理局。'), []);
    assert.deepEqual(findings('在原省信息中心基础上组建省政务服务数据管理局。'), []);
    assert.deepEqual(codesAndSpans('由省信息中心牵头。'), [['name.deprecated', '省信息中心']]);
  });
});

describe('numbers that are not figures', () => {
  const body = '到2025年，“粤省事”接入12345热线，支持5G和IPv6，总结2018、2019、2020年经验，构建“1+N+M”体系。';

  test('a hotline number, 5G, IPv6, a list of years and “1+N+M” give no figure and no diagnostic', () => {
    assert.deepEqual(findings(body), []);
    const text = HEAD + body;
    assert.deepEqual(draftFigures(gdIndex(), text), []);
  });

  test('…while a real figure in the same kind of sentence is read as one', () => {
    const text = `${HEAD}到2025年，“粤省事”日均活跃用户数达到150万名。`;
    const figures = draftFigures(gdIndex(), text);
    assert.deepEqual(
      figures.map((f) => [f.subject, f.metric, f.kind, f.year, f.value, f.unit]),
      [['粤省事', '日均活跃用户', 'target', 2025, 150, '万名']],
    );
  });
});
