// Definition, references, symbols, completion and clause lookup over the bundled Guangdong corpus.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CompletionItemKind, SymbolKind, type TextEdit } from 'vscode-languageserver-types';
import {
  bundledService,
  draft,
  OPINIONS_2023,
  PLAN,
  positionOf,
  WORK_POINTS_2021,
  WORK_POINTS_2022,
} from './bundledService.js';

const { service, drafts } = bundledService();
// In the order the corpus loads: its files are named by date.
const INDEXED = [WORK_POINTS_2021, PLAN, WORK_POINTS_2022, OPINIONS_2023];

const line = (from: number, to = from) => ({ start: { line: from, character: 0 }, end: { line: to, character: 0 } });

describe('go to definition in the bundled corpus', () => {
  const text = '推进“一网统管”，依托“粤省事”，政务云资源算力规模，依据粤办函〔2022〕24号，落实2022年工作要点（五）';
  const targets = (needle: string) =>
    service.definition(draft(text), positionOf(text, needle)).map((l) => [l.targetUri, l.targetRange]);

  test('a term goes to its 名词解释 entry (附件2, line 1037)', () => {
    assert.deepEqual(targets('一网统管'), [
      [PLAN, { start: { line: 1036, character: 0 }, end: { line: 1036, character: 176 } }],
    ]);
  });

  test('粤省事 goes to the plan sentence that says what it is (line 49)', () => {
    const links = service.definition(draft(text), positionOf(text, '粤省事'));
    assert.deepEqual(links, [
      {
        originSelectionRange: { start: positionOf(text, '粤省事'), end: positionOf(text, '粤省事', 3) },
        targetUri: PLAN,
        targetRange: { start: { line: 48, character: 140 }, end: { line: 48, character: 244 } },
        targetSelectionRange: { start: { line: 48, character: 140 }, end: { line: 48, character: 244 } },
      },
    ]);
    const planLine = readFileSync(fileURLToPath(PLAN), 'utf8').split('\n')[48];
    assert.ok(planLine.slice(140, 244).startsWith('面向个人办事的“粤省事”微信小程序'), planLine.slice(140, 244));
  });

  test('a platform goes to the sentence that says what it is, not to its first mention', () => {
    // 粤商通: the plan's 涉企移动政务服务平台“粤商通”APP (its class in apposition), not a list of brands;
    // 粤政图: the 2023 opinions' “粤政图”地理信息公共平台, not 通过“粤政图”为…提供支撑.
    const sentenceAt = (text: string, needle: string) => {
      const [link] = service.definition(draft(text), positionOf(text, needle));
      assert.ok(link, needle);
      const lines = readFileSync(fileURLToPath(link.targetUri), 'utf8').split('\n');
      const { start, end } = link.targetRange;
      return lines[start.line].slice(start.character, end.character);
    };
    assert.match(sentenceAt('依托“粤商通”办理', '粤商通'), /^涉企移动政务服务平台“粤商通”APP/);
    assert.match(sentenceAt('依托“粤政图”服务', '粤政图'), /^加快“粤政图”地理信息公共平台建设/);
  });

  test('an indicator goes to its row of 表1 (line 171)', () => {
    assert.deepEqual(targets('算力规模'), [
      [PLAN, { start: { line: 170, character: 0 }, end: { line: 170, character: 45 } }],
    ]);
  });

  test('a 文号 goes to the line with the document title; a clause reference to the task', () => {
    assert.deepEqual(targets('24号'), [
      [WORK_POINTS_2022, { start: { line: 25, character: 0 }, end: { line: 25, character: 24 } }],
    ]);
    assert.deepEqual(targets('（五）'), [
      [WORK_POINTS_2022, { start: { line: 45, character: 0 }, end: { line: 45, character: 74 } }],
    ]);
  });
});

describe('find references in the bundled corpus', () => {
  /** Occurrences of a name in the bodies of the indexed documents, less those inside a longer name. */
  function expectedMentions(name: string, longer: readonly string[]): string[] {
    const out: string[] = [];
    for (const uri of INDEXED) {
      const lines = readFileSync(fileURLToPath(uri), 'utf8').split('\n');
      const bodyStart = lines.indexOf('---', 1) + 1;
      lines.forEach((text, number) => {
        if (number < bodyStart) return;
        const inside = new Set(
          longer.flatMap((l) => [...text.matchAll(new RegExp(l, 'g'))].map((m) => m.index + l.indexOf(name))),
        );
        for (const m of text.matchAll(new RegExp(name, 'g')))
          if (!inside.has(m.index)) out.push(`${uri} ${number}:${m.index}`);
      });
    }
    return out;
  }

  test('一网统管: every mention in the four indexed documents, then the workspace drafts', () => {
    const mine = draft('推进“一网统管”建设', 'file:///workspace/mine.md');
    const other = draft('各市一网统管平台\n\n“一网统管”专题', 'file:///workspace/other.md');
    drafts.push(mine, other);
    try {
      const found = service
        .references(mine, positionOf(mine.text, '一网统管'))
        .map((l) => `${l.uri} ${l.range.start.line}:${l.range.start.character}`);
      const corpus = expectedMentions('一网统管', ['一网统管”行业覆盖率']);
      assert.equal(corpus.length, 8 + 6 + 10 + 35);
      assert.deepEqual(found, [
        ...corpus,
        'file:///workspace/mine.md 0:3',
        'file:///workspace/other.md 0:2',
        'file:///workspace/other.md 2:1',
      ]);
    } finally {
      drafts.length = 0;
    }
  });
});

describe('workspace symbols in the bundled corpus', () => {
  test('粤省事: the platform and its indicator, then tasks that name it', () => {
    const symbols = service.workspaceSymbols('粤省事');
    const names = symbols
      .filter((s) => s.kind !== SymbolKind.Event)
      .map((s) => [s.name, s.kind, s.location.uri, s.location.range.start.line]);
    assert.deepEqual(names.sort(), [
      ['“粤省事”', SymbolKind.Module, PLAN, 48],
      ['“粤省事”日均活跃用户数', SymbolKind.Number, PLAN, 162],
    ]);
    const tasks = symbols.filter((s) => s.kind === SymbolKind.Event);
    assert.ok(tasks.length >= 5);
    assert.ok(
      tasks.some(
        (s) =>
          s.name === '1.强化“粤省事”平台开放集成能力' &&
          s.location.uri === WORK_POINTS_2022 &&
          s.location.range.start.line === 137,
      ),
    );
  });

  test('一网统管: the term, the indicator named after it, the tasks', () => {
    const symbols = service.workspaceSymbols('一网统管');
    assert.deepEqual(
      symbols.slice(0, 2).map((s) => [s.name, s.kind, s.location.uri, s.location.range.start.line]),
      [
        ['“一网统管”', SymbolKind.Constant, PLAN, 1036],
        ['“一网统管”行业覆盖率', SymbolKind.Number, PLAN, 165],
      ],
    );
    const tasks = symbols.slice(2).map((s) => s.name);
    for (const name of [
      '（十）推动“一网统管”地市试点',
      '(十)完善“一网统管”省市联动体系',
      '（七）加强“一网统管”顶层设计',
      '（一）以“一网统管”开创省域治理新格局',
    ]) {
      assert.ok(tasks.includes(name), `${name} in ${tasks.join(' | ')}`);
    }
  });
});

describe('completion in the bundled corpus', () => {
  const complete = (text: string) => service.completion(draft(text), { line: 0, character: text.length });
  const edit = (item: { textEdit?: unknown }) => item.textEdit as TextEdit;

  test('after “粤 the 粤 brands, “粤省事” first, replacing the typed 粤', () => {
    const items = complete('推进“粤');
    assert.equal(items[0].label, '“粤省事”');
    assert.equal(items[0].kind, CompletionItemKind.Module);
    assert.deepEqual(edit(items[0]), {
      range: { start: { line: 0, character: 3 }, end: { line: 0, character: 4 } },
      newText: '粤省事”',
    });
    assert.ok(items[0].detail?.startsWith('面向个人办事的“粤省事”微信小程序'), items[0].detail);
    assert.ok(
      items.every((item) => item.label.startsWith('“粤')),
      items.map((i) => i.label).join(' '),
    );
  });

  test('after 粤 alone: “粤省事” with both quotes', () => {
    const [first] = complete('推进粤');
    assert.deepEqual(
      [first.label, edit(first)],
      [
        '“粤省事”',
        { range: { start: { line: 0, character: 2 }, end: { line: 0, character: 3 } }, newText: '“粤省事”' },
      ],
    );
  });

  test('after 《 the corpus documents, with their 文号 · issuer · date', () => {
    const items = complete('依据《');
    const wp2022 = items.find((item) => item.label === '《广东省数字政府改革建设2022年工作要点》');
    assert.ok(wp2022);
    assert.equal(wp2022.detail, '粤办函〔2022〕24号 · 广东省人民政府办公厅 · 2022-02-28');
    assert.equal(edit(wp2022).newText, '广东省数字政府改革建设2022年工作要点》');
    assert.ok(items.every((item) => item.kind === CompletionItemKind.File));
    assert.ok(!items.some((item) => /〔\d{4}〕/.test(item.label)), 'a 文号 is not a title');
  });

  test('retired names are not offered: 省信息中心, 省咨询投诉平台', () => {
    assert.deepEqual(complete('由省信'), []);
    assert.ok(!complete('推进省咨').some((item) => item.label.includes('省咨询投诉平台')));
    assert.ok(!complete('推进“').some((item) => item.label.includes('省咨询投诉平台')));
  });

  test('an agency by its beginning', () => {
    const items = complete('由省政务');
    assert.equal(items[0].label, '省政务服务数据管理局');
    assert.equal(items[0].detail, '广东省政务服务数据管理局、省政数局');
  });
});

describe('clause lookup in the bundled corpus', () => {
  const brief = (query: string, limit = 5) =>
    service.lookupClauses(query, limit).map((i) => [i.uri, i.number, i.title, i.leadUnits]);

  test('政务云 算力: the plan’s 政务云 section first; the 2022 task with its lead unit among the top five', () => {
    const items = service.lookupClauses('政务云 算力', 5);
    assert.deepEqual(
      [items[0].uri, items[0].path, items[0].title, items[0].range],
      [PLAN, ['第八章', '第一节'], '增强政务云服务能力', line(748, 755)],
    );
    assert.ok(
      brief('政务云 算力').some(
        ([uri, number, title, leads]) =>
          uri === WORK_POINTS_2022 &&
          number === '（二十）' &&
          title === '提高政务云服务能力' &&
          String(leads) === '省政务服务数据管理局',
      ),
    );
  });

  test('一网统管: tasks named after it first; with 地市试点, the 2021 pilot', () => {
    // The tasks titled after it (two work points' (十), the opinions' (一), the 2021 (七)) score within a
    // few hundredths of each other: which of them leads is the ranker's business, that they lead is ours.
    const named = service.lookupClauses('一网统管', 5);
    assert.ok(named.slice(0, 4).every((item) => item.title.includes('一网统管')));
    assert.ok(named.every((item) => item.text.includes('一网统管') || item.title.includes('一网统管')));
    const [first, ...rest] = service.lookupClauses('一网统管 地市试点', 5);
    assert.deepEqual(
      [first.uri, first.docNumber, first.number, first.path, first.title, first.leadUnits, first.range],
      [
        WORK_POINTS_2021,
        '粤办函〔2021〕44号',
        '（十）',
        ['二、', '（十）'],
        '推动“一网统管”地市试点',
        ['省政务服务数据管理局'],
        { start: { line: 55, character: 0 }, end: { line: 55, character: 81 } },
      ],
    );
    assert.ok(
      rest.every((item) => item.score < first.score / 1.5),
      'the pilot leads clearly',
    );
  });

  test('粤省事 活跃用户: the 2021 task that sets the daily-active-user target', () => {
    const [first] = service.lookupClauses('粤省事 活跃用户', 5);
    assert.deepEqual(
      [first.uri, first.docTitle, first.number, first.title, first.leadUnits],
      [
        WORK_POINTS_2021,
        '广东省数字政府改革建设2021年工作要点',
        '（二）',
        '深化“粤系列”平台型应用建设',
        ['省政务服务数据管理局'],
      ],
    );
    assert.ok(first.text.includes('日均活跃用户突破100万'));
  });
});
