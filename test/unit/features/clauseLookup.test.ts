import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { ClauseLookupItem } from '../../../server/src/protocol.js';
import { clauseLookupLimit } from '../../../server/src/service/features/clauseLookupLimit.js';
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

/** A result without its score (compared apart: scores are the ranker's business, their order is ours). */
const withoutScore = ({ score: _score, ...rest }: ClauseLookupItem) => rest;

function assertRanked(items: readonly ClauseLookupItem[]): void {
  for (let i = 1; i < items.length; i++)
    assert.ok(items[i - 1].score >= items[i].score, `result ${i} outranks result ${i - 1}`);
  for (const item of items) assert.ok(item.score > 0);
}

const taskLine = (text: string, needle: string) => {
  const line = lineOf(text, needle);
  return { line, text: text.split('\n')[line] };
};

/** What lookup returns for a one-line task of the in-memory corpus. */
function task(
  uri: string,
  docText: string,
  docId: string,
  docTitle: string,
  docNumber: string,
  needle: string,
  path: string[],
  title: string,
  leadUnits: string[],
) {
  const { text } = taskLine(docText, needle);
  const number = path[path.length - 1];
  return {
    uri,
    range: lineRange(docText, needle),
    docId,
    docTitle,
    docNumber,
    number,
    path,
    title,
    text: text.slice(number.length),
    leadUnits,
  };
}

const GD_TITLE = '广东省数字政府改革建设2022年工作要点';
const ZJ_TITLE = '浙江省数字政府建设“十四五”实施方案';

describe('clause lookup', () => {
  test('政务云 算力: the two tasks on both words first, with document, number, title, lead units and range', () => {
    const items = service.lookupClauses('政务云 算力');
    assertRanked(items);
    assert.deepEqual(
      items
        .slice(0, 2)
        .map(withoutScore)
        .sort((a, b) => a.docId.localeCompare(b.docId)),
      [
        task(
          GD_2022_URI,
          GD_2022,
          'gd_2022',
          GD_TITLE,
          '粤办函〔2022〕24号',
          '（一）提高政务云',
          ['一、', '（一）'],
          '提高政务云服务能力',
          ['省政务服务数据管理局'],
        ),
        task(
          ZJ_PLAN_URI,
          ZJ_PLAN,
          'zj_plan',
          ZJ_TITLE,
          '浙政办发〔2023〕12号',
          '（二）推进政务云',
          ['一、', '（二）'],
          '推进政务云集约建设',
          ['省大数据局', '省财政厅'],
        ),
      ],
    );
    // Then the plan's chapter that sets the 政务云 target: a passage, without task number or lead units.
    const passage = items[2];
    assert.deepEqual(
      [passage.docId, passage.number, passage.path, passage.title, passage.leadUnits, passage.docNumber],
      ['gd_plan', '第二章', ['第二章'], '发展目标', [], undefined],
    );
    assert.equal(passage.uri, GD_PLAN_URI);
    assert.equal(passage.range.start.line, lineOf(GD_PLAN, '## 第二章 发展目标'));
  });

  test('一网统管: exactly the task and the plan section that name it', () => {
    const items = service.lookupClauses('一网统管');
    assertRanked(items);
    assert.deepEqual(items.map((i) => [i.docId, i.path.join(''), i.title, i.leadUnits]).sort(), [
      ['gd_2022', '二、（三）', '推进“一网统管”', ['省政务服务数据管理局', '省公安厅']],
      ['gd_plan', '第三章第一节', '推动省域治理“一网统管”', []],
    ]);
  });

  test('粤省事 活跃用户: the plan goal, then the task with the 2022 target', () => {
    const items = service.lookupClauses('粤省事 活跃用户');
    assertRanked(items);
    assert.deepEqual(
      items.slice(0, 2).map((i) => [i.docId, i.number, i.title]),
      [
        ['gd_plan', '第二章', '发展目标'],
        ['gd_2022', '（二）', '深化“粤省事”平台应用'],
      ],
    );
    assert.deepEqual(items[1].leadUnits, ['省政务服务数据管理局', '数字广东网络建设有限公司']);
  });

  test("another province's platform", () => {
    assert.deepEqual(service.lookupClauses('浙里办').map(withoutScore), [
      task(
        ZJ_PLAN_URI,
        ZJ_PLAN,
        'zj_plan',
        ZJ_TITLE,
        '浙政办发〔2023〕12号',
        '（一）推进“浙里办”',
        ['一、', '（一）'],
        '推进“浙里办”迭代升级',
        ['省大数据局'],
      ),
    ]);
  });

  test('the limit caps the list; an empty query finds nothing', () => {
    assert.equal(service.lookupClauses('政务云 算力', 1).length, 1);
    assert.deepEqual(service.lookupClauses(''), []);
    assert.deepEqual(service.lookupClauses('  '), []);
    assert.deepEqual(service.lookupClauses('区块链'), []);
  });

  test('a client may ask for fewer results, never for more than 200; nonsense means the default 30', () => {
    assert.equal(clauseLookupLimit(undefined), 30);
    assert.equal(clauseLookupLimit(5), 5);
    assert.equal(clauseLookupLimit(2.7), 2);
    assert.equal(clauseLookupLimit(1000), 200);
    assert.equal(clauseLookupLimit(0), 30);
    assert.equal(clauseLookupLimit(-3), 30);
    assert.equal(clauseLookupLimit(Number.NaN), 30);
    assert.equal(clauseLookupLimit(Number.POSITIVE_INFINITY), 30);
  });

  test('a long task is cut to 300 characters in the list', () => {
    const long = testService([
      {
        uri: 'memory:///corpus/long.md',
        content: `---\nid: long\ntitle: 某省数据工作要点\ndate: 2024-01\nkind: 工作要点\n---\n\n（一）推进区块链应用。${'完善区块链基础设施。'.repeat(40)}（省数据局牵头）\n`,
      },
    ]);
    const [item] = long.service.lookupClauses('区块链');
    assert.equal(item.text.length, 301);
    assert.ok(item.text.startsWith('推进区块链应用。完善区块链基础设施。'));
    assert.ok(item.text.endsWith('…'));
    assert.deepEqual(item.leadUnits, ['省数据局']);
  });
});
