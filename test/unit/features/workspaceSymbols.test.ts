import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { SymbolKind, type SymbolInformation } from 'vscode-languageserver-types';
import {
  GD_2022,
  GD_2022_URI,
  GD_PLAN,
  GD_PLAN_URI,
  lineOf,
  lineRange,
  testService,
  ZJ_PLAN,
  ZJ_PLAN_URI,
} from './inMemoryCorpus.js';

const { service } = testService();
const PLAN = '《广东省数字政府改革建设“十四五”规划》';
const WORK_POINTS = '《广东省数字政府改革建设2022年工作要点》（粤办函〔2022〕24号）';
const ZJ = '《浙江省数字政府建设“十四五”实施方案》（浙政办发〔2023〕12号）';

const names = (symbols: readonly SymbolInformation[]) => symbols.filter((s) => s.kind !== SymbolKind.Event);
const clauses = (symbols: readonly SymbolInformation[]) => symbols.filter((s) => s.kind === SymbolKind.Event);
const brief = (s: SymbolInformation) => [s.name, s.location.uri, s.location.range.start.line, s.containerName];

describe('workspace symbols', () => {
  test('a term: the glossary entry first, then the tasks that speak of it', () => {
    const symbols = service.workspaceSymbols('一网统管');
    assert.deepEqual(names(symbols), [
      {
        name: '“一网统管”',
        kind: SymbolKind.Constant,
        location: { uri: GD_PLAN_URI, range: lineRange(GD_PLAN, '1. “一网统管”') },
        containerName: PLAN,
      },
    ]);
    assert.equal(symbols[0].kind, SymbolKind.Constant, 'names come before tasks');
    assert.deepEqual(
      clauses(symbols).map(brief).sort(),
      [
        ['第一节 推动省域治理“一网统管”', GD_PLAN_URI, lineOf(GD_PLAN, '### 第一节 推动省域治理'), PLAN],
        ['（三）推进“一网统管”', GD_2022_URI, lineOf(GD_2022, '（三）推进“一网统管”'), WORK_POINTS],
      ].sort(),
    );
  });

  test('a platform and the indicator named after it; the task that names it twice ranks first', () => {
    const symbols = service.workspaceSymbols('粤省事');
    assert.deepEqual(
      names(symbols)
        .map((s) => [s.name, s.kind, s.location.uri, s.location.range, s.containerName])
        .sort(),
      [
        ['“粤省事”', SymbolKind.Module, GD_PLAN_URI, lineRange(GD_PLAN, '面向个人办事'), PLAN],
        [
          '“粤省事”日均活跃用户数',
          SymbolKind.Number,
          GD_PLAN_URI,
          lineRange(GD_PLAN, '| 1 | “粤省事”日均活跃用户数'),
          PLAN,
        ],
      ].sort(),
    );
    assert.deepEqual(brief(clauses(symbols)[0]), [
      '（二）深化“粤省事”平台应用',
      GD_2022_URI,
      lineOf(GD_2022, '（二）深化“粤省事”'),
      WORK_POINTS,
    ]);
    // Every task listed does speak of 粤省事.
    for (const clause of clauses(symbols)) {
      const text = { [GD_PLAN_URI]: GD_PLAN, [GD_2022_URI]: GD_2022 }[clause.location.uri] ?? '';
      const lines = text
        .split('\n')
        .slice(clause.location.range.start.line, clause.location.range.end.line + 1)
        .join('\n');
      assert.ok(lines.includes('粤省事'), `${clause.name} does not mention 粤省事`);
    }
  });

  test('an agency by its abbreviation', () => {
    const [first] = service.workspaceSymbols('省政数局');
    assert.equal(first.name, '省政务服务数据管理局');
    assert.equal(first.kind, SymbolKind.Object);
    assert.equal(first.location.uri, GD_2022_URI);
    assert.equal(first.containerName, WORK_POINTS);
  });

  test("another province's platform and its task", () => {
    const line = lineOf(ZJ_PLAN, '（一）推进“浙里办”');
    assert.deepEqual(service.workspaceSymbols('浙里办').map(brief), [
      ['“浙里办”', ZJ_PLAN_URI, line, ZJ],
      ['（一）推进“浙里办”迭代升级', ZJ_PLAN_URI, line, ZJ],
    ]);
  });

  test('a document by part of its title', () => {
    const titleLine = GD_2022.split('\n').indexOf('广东省数字政府改革建设2022年工作要点');
    assert.deepEqual(
      service.workspaceSymbols('2022').map((s) => [...brief(s), s.kind]),
      [['《广东省数字政府改革建设2022年工作要点》', GD_2022_URI, titleLine, WORK_POINTS, SymbolKind.File]],
    );
  });

  test('two words: the tasks on both rank above those on one', () => {
    const [first, second] = service.workspaceSymbols('政务云 算力').map(brief);
    assert.deepEqual(
      [first, second].sort(),
      [
        ['（一）提高政务云服务能力', GD_2022_URI, lineOf(GD_2022, '（一）提高政务云'), WORK_POINTS],
        ['（二）推进政务云集约建设', ZJ_PLAN_URI, lineOf(ZJ_PLAN, '（二）推进政务云'), ZJ],
      ].sort(),
    );
  });

  test('an empty query, blanks, or words the corpus lacks: nothing', () => {
    assert.deepEqual(service.workspaceSymbols(''), []);
    assert.deepEqual(service.workspaceSymbols('   '), []);
    assert.deepEqual(service.workspaceSymbols('区块链'), []);
  });
});
