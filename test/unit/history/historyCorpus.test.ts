// The corpus as a history, learned from text alone (an empty registry): on a Sichuan timeline of three
// documents the index finds a stated replacement (撤销…组建), one shown only by usage (和数据 put in), a
// platform rebuilt under a new brand (在原…基础上), a summit series and a measure worded three ways; a
// draft dated after each change is told so, with the newer document as evidence, and a draft dated before
// it, or a sentence telling the history, is not.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { EMPTY_REGISTRY } from '../../../server/src/service/corpus/registry.js';
import { measureTimeline } from '../../../server/src/service/figures/corpusMeasures.js';
import { nameReport } from '../../../server/src/service/features/nameReport.js';
import { HISTORY, historyOf, usesOf } from '../../../server/src/service/history/nameHistory.js';
import type { CorpusIndex } from '../../../server/src/service/index/corpusIndex.js';
import { findingsOf, lineRangeOf, rangeOf, textAt, type Seen } from '../diagnostics/corpora.js';
import {
  SC_2022,
  SC_2022_URI,
  SC_2023,
  SC_2023_URI,
  SC_FILES,
  SC_PLAN,
  SC_PLAN_URI,
  SC_SOURCES,
  scIndex,
} from './historyCorpus.js';

const index = scIndex();
const nameOf = (i: CorpusIndex, name: string) => {
  const found = i.lookupName(name)[0];
  assert.ok(found, `the index knows ${name}`);
  return found;
};
const head = (year: number) => `# 四川省数字政府建设${year}年工作要点\n\n`;
const findings = (year: number, body: string, i: CorpusIndex = index): Seen[] =>
  findingsOf(i, SC_SOURCES, head(year) + body);
const codes = (year: number, body: string, i: CorpusIndex = index) =>
  findings(year, body, i).map((f) => [f.code, f.span, f.severity]);

/** The sentence of a corpus text that holds `needle`, without its full stop (as the history keeps it). */
const sentenceOf = (text: string, needle: string) => {
  const line = text.split('\n').find((l) => l.includes(needle))!;
  return line.split('。').find((s) => s.includes(needle))!;
};

describe('name history on a Sichuan timeline', () => {
  test('every document that uses a name, with its date; first and last use', () => {
    const history = historyOf(index, nameOf(index, '省大数据中心'));
    assert.equal(history.documents, 3);
    assert.deepEqual(
      usesOf(index, nameOf(index, '省大数据中心')).map((u) => [u.docId, u.date, u.count]),
      [
        ['sc_plan', '2021-06', 1],
        ['sc_2022', '2022-03-10', 1],
        // The 2023 work points name it once, in the sentence that tells its end.
        ['sc_2023', '2023-02-20', 1],
      ],
    );
    assert.equal(history.first, '2021-06');
    assert.equal(history.last, '2023-02-20');
  });

  test('stated: 撤销省大数据中心，组建省数据局 → replaced by 省数据局 since the 2023 work points, the sentence as evidence', () => {
    const replacement = historyOf(index, nameOf(index, '省大数据中心')).replacement;
    assert.ok(replacement);
    assert.equal(replacement.replacedBy, '省数据局');
    assert.equal(replacement.since, '2023-02-20');
    assert.equal(replacement.docId, 'sc_2023');
    assert.equal(replacement.how, 'stated');
    assert.equal(replacement.pattern, 'abolished-formed');
    assert.equal(replacement.sentence, sentenceOf(SC_2023, '撤销省大数据中心'));
    assert.equal(textAt(SC_2023, replacement.range!), sentenceOf(SC_2023, '撤销省大数据中心'));
  });

  test('usage: 省政务服务管理局 only in 2021–2022, 省政务服务和数据管理局 from 2023 → likely replaced', () => {
    const replacement = historyOf(index, nameOf(index, '省政务服务管理局')).replacement;
    assert.ok(replacement);
    assert.equal(replacement.how, 'usage');
    assert.equal(replacement.shape, 'and-inserted');
    assert.equal(replacement.replacedBy, '省政务服务和数据管理局');
    assert.equal(replacement.since, '2023-02-20');
    assert.equal(replacement.lastUsedIn, 'sc_2022');
    // Not an abbreviation of the newer name: no document after 2022 writes the shorter one.
    assert.notDeepEqual(nameOf(index, '省政务服务管理局'), nameOf(index, '省政务服务和数据管理局'));
  });

  test('a platform whose brand changed: 在原“川企通”基础上…构建“天府企业通” → 川企通 replaced by 天府企业通', () => {
    const replacement = historyOf(index, nameOf(index, '川企通')).replacement;
    assert.ok(replacement);
    assert.equal(replacement.how, 'stated');
    assert.equal(replacement.pattern, 'built-on-former');
    assert.equal(replacement.replacedBy, '天府企业通');
    assert.equal(nameOf(index, '天府企业通').kind, 'platform');
  });

  test('the current names have no replacement', () => {
    for (const name of ['省数据局', '省政务服务和数据管理局', '天府企业通'])
      assert.equal(historyOf(index, nameOf(index, name)).replacement, undefined, name);
  });

  test('a newer document added to the corpus updates the history by itself', () => {
    const before = scIndex(SC_FILES.filter((f) => f.uri !== SC_2023_URI));
    assert.equal(historyOf(before, nameOf(before, '省大数据中心')).replacement, undefined);
    assert.deepEqual(codes(2024, '（一）建设政务大数据体系。（省大数据中心牵头）', before), []);
    assert.deepEqual(codes(2024, '（一）建设政务大数据体系。（省大数据中心牵头）'), [
      ['name.deprecated', '省大数据中心', 'warning'],
    ]);
  });

  test("before the corpus's histories are built, one name's is worked out alone, and the same", () => {
    const fresh = scIndex();
    const old = nameOf(fresh, '省政务服务管理局');
    const alone = historyOf(fresh, old);
    assert.equal(alone.replacement?.replacedBy, '省政务服务和数据管理局');
    assert.ok(!fresh.derived.built().includes(HISTORY.name), 'the whole table is not built for one name');
    const all = fresh.derived.get(HISTORY);
    assert.deepEqual(historyOf(fresh, old), alone);
    // Every name asked alone of another index of the same corpus: the same as in the whole table.
    const other = scIndex();
    other.names.forEach((name, i) => {
      assert.equal(name.name, fresh.names[i].name);
      assert.deepEqual(historyOf(other, name), all.get(fresh.names[i]), name.name);
    });
    assert.ok(!other.derived.built().includes(HISTORY.name));
  });

  test('corpus show prints the uses by document and what replaced the name', () => {
    const report = nameReport(index, '省大数据中心', 'zh');
    assert.match(report, /使用：2021-06 — 2023-02-20/);
    assert.match(report, /2022-03-10 2022年工作要点：1 处/);
    assert.match(
      report,
      new RegExp(
        `已被取代，现为“省数据局”，自 2023-02-20 起（原文明示，2023年工作要点）：${sentenceOf(SC_2023, '撤销')}`,
      ),
    );
    const english = nameReport(index, '省大数据中心', 'en');
    assert.match(english, /used: 2021-06 — 2023-02-20/);
    assert.match(english, /2022-03-10 2022年工作要点: 1 place\n/);
    assert.match(
      english,
      new RegExp(
        `replaced by "省数据局" since 2023-02-20 \\(stated, 2023年工作要点\\): ${sentenceOf(SC_2023, '撤销')}`,
      ),
    );
    assert.doesNotMatch(english, /处|使用|已被取代/);
  });
});

describe('name.deprecated from learned history', () => {
  test('a 2024 draft making 省大数据中心 lead a task: likely, the 2023 sentence as related, a suggested (unsafe) fix', () => {
    const body = '（一）建设政务大数据体系。（省大数据中心牵头）';
    const range = rangeOf(head(2024) + body, '省大数据中心');
    assert.deepEqual(findings(2024, body), [
      {
        code: 'name.deprecated',
        severity: 'warning',
        span: '省大数据中心',
        range,
        message: '“省大数据中心”已停用（2023-02起），现为“省数据局”；依据：《四川省数字政府建设2023年工作要点》',
        related: [
          {
            uri: SC_2023_URI,
            text: sentenceOf(SC_2023, '撤销省大数据中心'),
            message: sentenceOf(SC_2023, '撤销省大数据中心'),
          },
          // Where the corpus says what the successor is: the same sentence, whole.
          { uri: SC_2023_URI, text: `${sentenceOf(SC_2023, '撤销省大数据中心')}。`, message: '“省数据局”见此' },
        ],
        // Learned, not confirmed: a suggestion, neither preferred nor applied by `check --fix`.
        fixes: [{ title: '改为“省数据局”', range, newText: '省数据局', preferred: false, safe: false }],
      },
    ]);
  });

  test('the name replaced by usage is reported too, saying the newer documents no longer write it', () => {
    const found = findings(2024, '（二）优化政务服务。（省政务服务管理局牵头）');
    assert.deepEqual(
      found.map((f) => [f.code, f.span, f.severity, f.message]),
      [
        [
          'name.deprecated',
          '省政务服务管理局',
          'warning',
          '“省政务服务管理局”为旧称：《四川省数字政府建设2023年工作要点》（2023-02）起写作“省政务服务和数据管理局”，其后的文件不再使用“省政务服务管理局”',
        ],
      ],
    );
  });

  test('a draft dated before the change may use the old names; one of the same year without a month is only told', () => {
    assert.deepEqual(codes(2022, '（一）深化“川企通”平台应用。（省大数据中心牵头）'), []);
    assert.deepEqual(codes(2023, '（一）建设政务大数据体系。（省大数据中心牵头）'), [
      ['name.deprecated', '省大数据中心', 'info'],
    ]);
  });

  test('a sentence telling the history, the current names, and a name that merely contains the old one are silent', () => {
    const body = [
      '2022年，撤销省大数据中心，组建省数据局。',
      '在原“川企通”基础上建成“天府企业通”。',
      '机构名称几经调整：规划称省政务服务管理局，2023年工作要点称省政务服务和数据管理局。',
      '（一）建设政务大数据体系。（省数据局、省政务服务和数据管理局牵头）',
      '（二）支持成都市大数据中心建设城市数据底座。',
    ].join('\n');
    assert.deepEqual(codes(2024, body), []);
  });

  test('a lead unit written without the level its list gives it (省数据局、大数据中心) is still the old body', () => {
    const body = '（一）建设政务大数据体系。（省数据局、大数据中心牵头）';
    assert.deepEqual(
      findings(2024, body).map((f) => [f.code, f.span, f.fixes.map((x) => x.newText).join()]),
      [['name.deprecated', '大数据中心', '省数据局']],
    );
  });

  test('another province’s body of the same name, and a sentence saying what each was called, are silent', () => {
    assert.deepEqual(codes(2024, '（一）学习贵州省大数据中心的经验做法。'), []);
    assert.deepEqual(codes(2024, '2022年的文件写的是“川企通”，2023年起称“天府企业通”。'), []);
  });

  test('the registry confirms a learned replacement (certain, a safe fix) or vetoes it (current)', () => {
    const confirmed = scIndex(SC_FILES, {
      ...EMPTY_REGISTRY,
      names: [
        {
          kind: 'platform',
          name: '川企通',
          aliases: [],
          deprecated: { replacedBy: '天府企业通', since: '2023', source: '四川省数字政府建设2023年工作要点' },
        },
      ],
    });
    const [finding] = findings(2024, '（一）深化“川企通”平台应用。', confirmed);
    assert.equal(finding.code, 'name.deprecated');
    assert.deepEqual(
      finding.fixes.map((f) => [f.newText, f.safe]),
      [['天府企业通', true]],
    );
    const vetoed = scIndex(SC_FILES, {
      ...EMPTY_REGISTRY,
      names: [{ kind: 'agency', name: '省政务服务管理局', aliases: [], current: true }],
    });
    assert.equal(historyOf(vetoed, nameOf(vetoed, '省政务服务管理局')).replacement, undefined);
    assert.deepEqual(codes(2024, '（二）优化政务服务。（省政务服务管理局牵头）', vetoed), []);
  });
});

describe('bodies the newer documents call 原X, or whose duties moved', () => {
  const MERGER_URI = 'memory:///sc/merger-2023.md';
  const MERGER = [
    '---',
    'id: sc_merger',
    'title: 四川省公共资源交易平台整合方案',
    'issuer: 四川省人民政府办公厅',
    'date: 2023-09-01',
    'kind: 方案',
    '---',
    '',
    '四川省公共资源交易平台整合方案',
    '',
    '将原省公共资源交易中心承担的交易业务交由省交易集团统一运营。原省电子政务外网中心的档案移交省档案馆。',
    '',
  ].join('\n');
  const merged = scIndex([...SC_FILES, { uri: MERGER_URI, content: MERGER }]);
  const mergedCodes = (body: string) =>
    findingsOf(merged, new Map([...SC_SOURCES, [MERGER_URI, MERGER]]), head(2024) + body).map((f) => [
      f.code,
      f.span,
      f.fixes.map((x) => x.newText).join(),
    ]);

  test('duties moved: 省公共资源交易中心 as a lead unit → deprecated, 省交易集团 offered', () => {
    assert.deepEqual(mergedCodes('（一）规范交易服务。（省公共资源交易中心牵头）'), [
      ['name.deprecated', '省公共资源交易中心', '省交易集团'],
    ]);
  });

  test('原X with no successor: deprecated where the draft makes it lead a task, silent where it only mentions it', () => {
    assert.deepEqual(mergedCodes('（一）保障网络运行。（省电子政务外网中心牵头）'), [
      ['name.deprecated', '省电子政务外网中心', ''],
    ]);
    assert.deepEqual(mergedCodes('依托省电子政务外网中心建成的网络开展服务。'), []);
  });
});

describe('event.already-held on a summit series', () => {
  const SESSION_2023 = '第二届数字四川建设峰会';

  test('a 2024 draft planning the second summit again: reported, the 2023 work points as the place it was scheduled', () => {
    const body = '（一）筹办第二届数字四川建设峰会。';
    const [finding, ...rest] = findings(2024, body);
    assert.deepEqual(rest, []);
    assert.equal(finding.code, 'event.already-held');
    assert.equal(finding.severity, 'warning');
    assert.equal(finding.span, SESSION_2023);
    assert.equal(finding.message, '第二届数字四川建设峰会已于2023年举办或部署（《2023年工作要点》）');
    assert.deepEqual(
      finding.related.map((r) => [r.uri, r.text]),
      [[SC_2023_URI, textAt(SC_2023, rangeOf(SC_2023, SESSION_2023))]],
    );
  });

  test('a contest the corpus held without an ordinal: a later 首届 is reported, with no guess at the next session', () => {
    const CONTEST_URI = 'memory:///sc/contest-2022.md';
    const CONTEST = [
      '---',
      'id: sc_contest',
      'title: 四川省公共数据开放工作方案',
      'issuer: 四川省人民政府办公厅',
      'date: 2022-05-01',
      'kind: 方案',
      '---',
      '',
      '四川省公共数据开放工作方案',
      '',
      '（一）举办公共数据开放创新大赛，鼓励社会力量开发数据产品。',
      '',
    ].join('\n');
    const withContest = scIndex([...SC_FILES, { uri: CONTEST_URI, content: CONTEST }]);
    const sources = new Map([...SC_SOURCES, [CONTEST_URI, CONTEST]]);
    const [finding, ...rest] = findingsOf(withContest, sources, head(2024) + '（一）举办首届公共数据开放创新大赛。');
    assert.deepEqual(rest, []);
    assert.equal(finding.code, 'event.already-held');
    assert.equal(finding.span, '首届公共数据开放创新大赛');
    assert.deepEqual(finding.fixes, []);
    // Which session comes next is unknown: 第二届 may be right.
    assert.deepEqual(findingsOf(withContest, sources, head(2024) + '（一）举办第二届公共数据开放创新大赛。'), []);
  });

  test('the next ordinal, the same ordinal in its own year, and a report of a past summit are silent', () => {
    assert.deepEqual(codes(2024, '（一）筹办第三届数字四川建设峰会。'), []);
    assert.deepEqual(codes(2023, '（一）办好第二届数字四川建设峰会。'), []);
    assert.deepEqual(codes(2024, '2023年，成功举办第二届数字四川建设峰会。'), []);
    assert.deepEqual(codes(2024, '一、2023年全省数据工作取得新进展，第二届数字四川建设峰会顺利举办。'), []);
  });
});

describe('a measure worded three ways in three years', () => {
  // 政务云算力规模 (plan), 省级政务云资源规模 (2022), 政务云资源总量 (2023): one measure in 万核.
  const places = [
    [SC_PLAN_URI, SC_PLAN, '20万核'],
    [SC_2022_URI, SC_2022, '12万核'],
    [SC_2023_URI, SC_2023, '25万核'],
  ] as const;

  test('the timeline links the three wordings, oldest document first, with kind and year', () => {
    const timeline = measureTimeline(index, '政务云算力规模');
    assert.deepEqual(
      timeline.map((f) => [f.docId, `${f.value}${f.unit}`, f.kind, f.year]),
      [
        ['sc_plan', '20万核', 'target', 2025],
        ['sc_2022', '12万核', 'target', 2022],
        ['sc_2023', '25万核', 'target', 2023],
      ],
    );
    for (const [uri, text, value] of places) {
      const figure = timeline.find((f) => `${f.value}${f.unit}` === value)!;
      assert.ok(textAt(text, lineRangeOf(text, value)).includes(textAt(text, figure.range)), uri);
    }
    // Asked by any of its wordings, the same timeline.
    assert.deepEqual(measureTimeline(index, '政务云资源总量'), timeline);
  });

  test('value.outdated: an old target carried past its year, made stale by a newer document', () => {
    // The plan's 20万核 for 2025 in a 2026 draft: the 2023 work points already asked 25万核 for 2023.
    const [finding, ...rest] = findings(2026, '（一）政务云算力规模达到20万核。');
    assert.deepEqual(rest, []);
    assert.equal(finding.code, 'value.outdated');
    assert.match(finding.message, /《2023年工作要点》2023年目标为25万核/);
  });

  test('corpus show prints the measure’s timeline', () => {
    const report = nameReport(index, '政务云资源总量', 'zh');
    assert.match(report, /\[指标\]/);
    // Every wording, each with its document's date, its figure, kind and year, and where it stands.
    const planLine = lineRangeOf(SC_PLAN, '20万核').start.line + 1;
    assert.match(report, new RegExp(`2021-06 政务云算力规模 达到 20万核 \\[目标 2025年\\] — .* 第 ${planLine} 行`));
    assert.match(report, /2022-03-10 省级政务云资源规模 达到 12万核 \[目标 2022年\]/);
    assert.match(report, /2023-02-20 政务云资源总量 达到 25万核 \[目标 2023年\]/);
    const english = nameReport(index, '政务云资源总量', 'en');
    assert.match(english, /^政务云资源总量 {2}\[measure\]\n {2}figures \(by document date\):/);
    assert.match(english, new RegExp(`2021-06 政务云算力规模 达到 20万核 \\[target 2025\\] — .* line ${planLine}`));
  });

  test('value.outdated in a task table: the figure in the 任务 column, underlined where it stands', () => {
    const body = [
      '| 序号 | 任务 | 牵头单位 | 完成时限 |',
      '| --- | --- | --- | --- |',
      '| 1 | 到2025年，政务云算力规模达到20万核 | 省数据局 | 2025年12月 |',
    ].join('\n');
    const [finding, ...rest] = findings(2024, body);
    assert.deepEqual(rest, []);
    assert.equal(finding.code, 'value.outdated');
    assert.equal(finding.span, '20万核');
    assert.deepEqual(finding.range, rangeOf(head(2024) + body, '20万核'));
  });

  test('value.outdated: the plan’s 2025 value in a 2024 draft is stale, superseded by the 2023 target already above it', () => {
    const body = '（一）到2025年，政务云算力规模达到20万核。';
    const [finding, ...rest] = findings(2024, body);
    assert.deepEqual(rest, []);
    assert.equal(finding.code, 'value.outdated');
    assert.equal(finding.span, '20万核');
    assert.equal(
      finding.message,
      '20万核是《2021—2025年规划》2025年的目标，已被更新：《2023年工作要点》2023年目标为25万核',
    );
  });
});

describe('a superseded figure set for the year a newer document already gave', () => {
  test('value.outdated, not value.conflict: the plan’s 20万核 as the 2023 target, which the 2023 work points set at 25万核', () => {
    const text = '# 四川省某厅2023年数字化工作安排\n\n（2023年3月）\n\n（一）2023年政务云算力规模达到20万核。\n';
    const [finding, ...rest] = findingsOf(index, SC_SOURCES, text);
    assert.deepEqual(rest, []);
    assert.equal(finding.code, 'value.outdated');
    assert.equal(finding.span, '20万核');
    assert.equal(
      finding.message,
      '20万核是《2021—2025年规划》2025年的目标，已被更新：《2023年工作要点》2023年目标为25万核',
    );
    // Written before the 2023 work points came out, the plan's value is no slip: a plain conflict at most.
    const before = findingsOf(index, SC_SOURCES, text.replace('2023年3月', '2023年1月'));
    assert.ok(
      before.every((f) => f.code !== 'value.outdated'),
      JSON.stringify(before),
    );
  });

  test('a heading’s year dates a plan under a summary: 二、2023年工作计划 in a 2022 summary', () => {
    const text = [
      '# 四川省某厅2022年工作总结和2023年工作计划',
      '',
      '（2023年3月）',
      '',
      '## 一、2022年工作总结',
      '',
      '省级政务云资源规模达到12万核。',
      '',
      '## 二、2023年工作计划',
      '',
      '（一）年内政务云资源总量达到20万核。',
    ].join('\n');
    const [finding, ...rest] = findingsOf(index, SC_SOURCES, text);
    assert.deepEqual(rest, []);
    assert.equal(finding.code, 'value.outdated');
    assert.match(finding.message, /《2023年工作要点》2023年目标为25万核/);
  });
});

describe('a title field holding a pasted paragraph', () => {
  test('its history is built at once, and nothing in a later document is read as its new name', () => {
    // Each place a later document writes the stem once cost the whole title's length: 20,000 characters
    // of title against 20,000 of text took seconds.
    const pasted = '数'.repeat(20_000);
    const files = [
      {
        uri: 'memory:///pasted/earlier.md',
        content: `---\nid: earlier\ntitle: ${pasted}\ndocNumber: 川府〔2021〕9号\ndate: 2021-01\nkind: 方案\n---\n\n依据川府〔2021〕9号开展工作。\n`,
      },
      {
        uri: 'memory:///pasted/later.md',
        content: `---\nid: later\ntitle: 后来的方案\ndate: 2023-01\nkind: 方案\n---\n\n${pasted.slice(10)}\n`,
      },
    ];
    const pastedIndex = scIndex(files);
    const started = performance.now();
    const history = historyOf(pastedIndex, nameOf(pastedIndex, pasted));
    assert.ok(performance.now() - started < 1_500, `${Math.round(performance.now() - started)} ms`);
    assert.equal(history.replacement, undefined);
  });
});
