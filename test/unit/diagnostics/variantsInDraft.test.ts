// Variants within one draft that only the corpus's usage reveals: an agency's abbreviation learned from the
// documents (one writes 省发展改革委, a later one 省发改委, none both), and a glossary term quoted everywhere
// else — in the draft, or in every corpus document — written bare once. A Hunan corpus of our own.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { EMPTY_REGISTRY } from '../../../server/src/service/corpus/registry.js';
import { buildIndex, findingsOf, rangeOf, type Seen } from './corpora.js';

const PLAN_URI = 'memory:///hn/plan.md';
const WP_URI = 'memory:///hn/work-points-2023.md';

const PLAN = `---
id: hn_plan
title: 湖南省数字政府建设实施方案
issuer: 湖南省人民政府
date: 2022-05
kind: 方案
period: [2022, 2025]
---

湖南省数字政府建设实施方案

（一）推行“一件事一次办”。以企业和群众视角梳理“一件事一次办”事项清单。（省发展改革委、省政务局牵头）

（二）加强统筹协调。（省委办、省委网信办牵头）

附件

名词解释

1. “一件事一次办”：将企业和群众眼中的一件事涉及的多个事项整合为一次办理。
`;

const WP = `---
id: hn_2023
title: 湖南省数字政府建设2023年工作要点
issuer: 湖南省人民政府办公厅
date: 2023-03
kind: 工作要点
period: [2023, 2023]
---

湖南省数字政府建设2023年工作要点

（一）深化“一件事一次办”改革，新增一批高频事项。（省发改委牵头）
`;

const index = buildIndex(
  [
    { uri: PLAN_URI, content: PLAN },
    { uri: WP_URI, content: WP },
  ],
  EMPTY_REGISTRY,
);
const SOURCES = new Map([
  [PLAN_URI, PLAN],
  [WP_URI, WP],
]);
const HEAD = '# 湖南省数字政府建设2024年工作要点\n\n';
const findings = (body: string): Seen[] => findingsOf(index, SOURCES, HEAD + body);

describe('an agency’s abbreviation learned from the corpus', () => {
  test('省发展改革委 and 省发改委 in one draft: one body written two ways', () => {
    const body = '（一）完善项目审批。（省发展改革委牵头）\n（二）推进投资监管。（省发改委牵头）';
    const found = findings(body);
    assert.deepEqual(
      found.map((f) => [f.code, f.span, f.severity, f.message]),
      [
        [
          'name.variant',
          '省发改委',
          'warning',
          '同一文稿中“省发展改革委”有不同写法：此处为省发改委，其他处为省发展改革委',
        ],
      ],
    );
    assert.deepEqual(found[0].range, rangeOf(HEAD + body, '省发改委'));
    // Writing out an abbreviation may read differently: a suggestion, not applied by `check --fix`.
    assert.deepEqual(
      found[0].fixes.map((f) => [f.newText, f.safe]),
      [['省发展改革委', false]],
    );
  });

  test('the draft introduces the abbreviation itself (以下简称): both forms are meant', () => {
    assert.deepEqual(findings('省发展改革委（以下简称省发改委）统筹，省发改委负责落实。'), []);
  });

  test('two bodies one document names side by side (省委办, 省委网信办) are not one name', () => {
    assert.deepEqual(findings('（一）加强统筹。（省委办、省委网信办牵头）'), []);
  });
});

describe('a glossary term written bare once', () => {
  test('quoted twice in the draft and bare once: a note, with the quotes as the fix', () => {
    const body = '推行“一件事一次办”。扩大“一件事一次办”覆盖面。一件事一次办事项达到100项。';
    const [finding, ...rest] = findings(body);
    assert.deepEqual(rest, []);
    assert.equal(finding.code, 'name.variant');
    assert.equal(finding.severity, 'info');
    assert.equal(finding.span, '一件事一次办');
    assert.deepEqual(finding.range, rangeOf(HEAD + body, '一件事一次办', 2));
    assert.deepEqual(
      finding.fixes.map((f) => [f.newText, f.safe]),
      [['“一件事一次办”', true]],
    );
  });

  test('quoted once, bare once, where every corpus document quotes it: the corpus decides, as a note', () => {
    const [finding, ...rest] = findings('深化“一件事一次办”改革，扩大一件事一次办覆盖面。');
    assert.deepEqual(rest, []);
    assert.equal(finding.code, 'name.variant');
    assert.equal(finding.severity, 'info');
    assert.equal(finding.message, '语料中“一件事一次办”均加引号（4 处），此处未加');
    assert.deepEqual(
      finding.fixes.map((f) => [f.newText, f.safe]),
      [['“一件事一次办”', true]],
    );
  });

  test('bare once and nowhere else, bare twice (the draft’s own way of writing it), or quoted throughout: silent', () => {
    assert.deepEqual(findings('深化一件事一次办改革。'), []);
    assert.deepEqual(findings('深化一件事一次办改革，扩大一件事一次办覆盖面。'), []);
    assert.deepEqual(findings('深化“一件事一次办”改革。'), []);
  });
});
