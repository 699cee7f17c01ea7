import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { LocationLink } from 'vscode-languageserver-types';
import {
  draft,
  GD_2022,
  GD_2022_URI,
  GD_PLAN,
  GD_PLAN_URI,
  lineOf,
  lineRange,
  positionOf,
  rangeOf,
  testService,
  ZJ_PLAN,
  ZJ_PLAN_URI,
} from './inMemoryCorpus.js';

const { service } = testService();

/** The link the service should give: the target range doubles as the selection on one line. */
function link(
  origin: LocationLink['originSelectionRange'],
  uri: string,
  range: LocationLink['targetRange'],
): LocationLink {
  return { originSelectionRange: origin, targetUri: uri, targetRange: range, targetSelectionRange: range };
}

/** The range of the line that is exactly `content` (a title line, not the front matter's title field). */
function exactLine(text: string, content: string): LocationLink['targetRange'] {
  const line = text.split('\n').indexOf(content);
  assert.ok(line >= 0, `no line ${content}`);
  return { start: { line, character: 0 }, end: { line, character: content.length } };
}

function definitionAt(text: string, needle: string, delta = 0): LocationLink[] {
  return service.definition(draft(text), positionOf(text, needle, delta));
}

describe('go to definition', () => {
  const text =
    '推进“一网统管”和政务云资源算力规模，依托“粤省事”，依据粤办函〔2022〕24号，参照《浙江省数字政府建设“十四五”实施方案》，落实2022年工作要点（三），政务云';

  test('a glossary term: its entry in the 名词解释 annex; the origin is the term as written', () => {
    assert.deepEqual(definitionAt(text, '一网统管', 1), [
      link(rangeOf(text, '一网统管'), GD_PLAN_URI, lineRange(GD_PLAN, '1. “一网统管”')),
    ]);
    // The bare 政务云 at the end of the line is the glossary's second entry.
    const end = text.length;
    assert.deepEqual(service.definition(draft(text), { line: 0, character: end - 1 }), [
      link(
        { start: { line: 0, character: end - 3 }, end: { line: 0, character: end } },
        GD_PLAN_URI,
        lineRange(GD_PLAN, '2. 政务云'),
      ),
    ]);
  });

  test('an indicator: its row of the indicator table', () => {
    assert.deepEqual(definitionAt(text, '算力规模'), [
      link(rangeOf(text, '政务云资源算力规模'), GD_PLAN_URI, lineRange(GD_PLAN, '| 2 | 政务云资源算力规模')),
    ]);
  });

  test('a platform: the sentence that best says what it is', () => {
    assert.deepEqual(definitionAt(text, '粤省事'), [
      link(rangeOf(text, '粤省事'), GD_PLAN_URI, lineRange(GD_PLAN, '面向个人办事的“粤省事”')),
    ]);
  });

  test('a 文号 or a 《title》: the title line of the document', () => {
    assert.deepEqual(definitionAt(text, '24号'), [
      link(
        rangeOf(text, '粤办函〔2022〕24号'),
        GD_2022_URI,
        exactLine(GD_2022, '广东省数字政府改革建设2022年工作要点'),
      ),
    ]);
    const title = '浙江省数字政府建设“十四五”实施方案';
    assert.deepEqual(definitionAt(text, title, 2), [
      link(rangeOf(text, title), ZJ_PLAN_URI, exactLine(ZJ_PLAN, title)),
    ]);
  });

  test('a clause reference: the whole task', () => {
    assert.deepEqual(definitionAt(text, '工作要点（三）'), [
      link(rangeOf(text, '2022年工作要点（三）'), GD_2022_URI, lineRange(GD_2022, '（三）推进“一网统管”')),
    ]);
  });

  test('a name with a glossary entry and an indicator row lists both, entry first', () => {
    // A second corpus in which 政务云 is both defined and measured.
    const both = testService([{ uri: 'memory:///corpus/plan.md', content: PLAN_WITH_BOTH }]);
    const draftText = '政务云覆盖率';
    const links = both.service.definition(draft(draftText), { line: 0, character: 1 });
    assert.deepEqual(
      links.map((l) => [l.targetUri, l.targetRange.start.line]),
      [
        ['memory:///corpus/plan.md', lineOf(PLAN_WITH_BOTH, '1. 政务云覆盖率：')],
        ['memory:///corpus/plan.md', lineOf(PLAN_WITH_BOTH, '| 1 | 政务云覆盖率')],
      ],
    );
  });

  test('nothing under the cursor, an unknown document, an empty draft: no links', () => {
    assert.deepEqual(definitionAt('推进工作。', '工作'), []);
    assert.deepEqual(definitionAt('依据粤府〔2023〕47号', '粤府'), []);
    assert.deepEqual(service.definition(draft(''), { line: 0, character: 0 }), []);
    assert.deepEqual(service.definition(draft('“粤省事”'), { line: 50, character: 50 }), []);
  });

  test('the Zhejiang plan is a corpus document like any other', () => {
    assert.deepEqual(definitionAt('推进“最多跑一次”改革', '最多'), [
      link(rangeOf('推进“最多跑一次”改革', '最多跑一次'), ZJ_PLAN_URI, lineRange(ZJ_PLAN, '1. “最多跑一次”')),
    ]);
  });
});

const PLAN_WITH_BOTH = `---
id: plan
title: 某省数字政府建设规划
date: 2022-01
kind: 规划
period: [2022, 2025]
---

某省数字政府建设规划

| 序号 | 主要指标 | 现状值 | 目标值 |
| --- | --- | --- | --- |
| 1 | 政务云覆盖率（%） | 60 | 90 |

附件 1

名词解释

1. 政务云覆盖率：已迁移上云的政务系统数占政务系统总数的比例。
`;
