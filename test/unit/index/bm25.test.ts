import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Bm25Index } from '../../../server/src/service/search/bm25.js';
import { SearchIndex } from '../../../server/src/service/search/searchIndex.js';

// Clauses in the style of provincial digital-government plans; not quotations.
const CLAUSES: Record<string, string> = {
  guangdongApp: '迭代升级“粤省事”移动政务服务平台，拓展高频服务事项“掌上办”“指尖办”。',
  guangdongCloud: '统筹建设全省政务云平台，扩大政务云资源算力规模，到2025年政务云算力达到56.29万核。',
  zhejiang: '深化“浙里办”应用，推动政务服务事项“一网通办”，推进“最多跑一次”改革向纵深发展。',
  shanghai: '推进城市运行“一网统管”建设，完善城市运行数字体征体系，提升城市治理精细化水平。',
  guizhou: '依托国家大数据（贵州）综合试验区，建设全省一体化大数据中心，提升数据中心算力利用率。',
  jiangsu: '推进“苏服办”总门户建设，统一全省政务服务入口，实现政务服务“一端通办”。',
  beijing: '推进IPv6规模部署和应用，政务外网全面支持IPv6访问。',
  sichuan: '建设“天府通办”平台，推行政务服务事项“川渝通办”，深化川渝政务数据共享。',
  industry: '鼓励企业上云用云，发展云计算、大数据产业，培育数字经济新业态。',
};

function indexOf(): SearchIndex<string> {
  const index = new SearchIndex<string>();
  for (const [id, text] of Object.entries(CLAUSES)) index.add(text, id);
  return index;
}

function ranking(query: string, limit = 3): string[] {
  return indexOf()
    .search(query, limit)
    .map((hit) => hit.value);
}

/** Terms for the BM25 tests below: any distinct numbers will do. */
const [政务, 数据, 算力, 平台, 规模, 资源, 建设, 统筹] = [1, 2, 3, 4, 5, 6, 7, 8];

test('政务云 算力 ranks the clause on 政务云资源算力规模 first, ahead of one on 算力 alone', () => {
  const [first, second] = ranking('政务云 算力');
  assert.equal(first, 'guangdongCloud');
  assert.equal(second, 'guizhou');
});

test('a quoted coinage is found from its bare spelling', () => {
  assert.equal(ranking('一网统管')[0], 'shanghai');
  assert.equal(ranking('浙里办')[0], 'zhejiang');
  assert.equal(ranking('川渝')[0], 'sichuan');
});

test('Latin and numeric queries match whole tokens, whatever their case', () => {
  assert.deepEqual(ranking('ipv6'), ['beijing']);
  assert.deepEqual(ranking('56.29'), ['guangdongCloud']);
});

test('a one-character query finds the words it is part of, a lone function word nothing', () => {
  assert.deepEqual(ranking('川', 5), ['sichuan']);
  assert.deepEqual(ranking('云', 9).sort(), ['guangdongCloud', 'industry']);
  assert.deepEqual(ranking('的'), []);
});

test('scores descend, the limit holds, and a query sharing no term finds nothing', () => {
  const hits = indexOf().search('政务服务事项', 2);
  assert.equal(hits.length, 2);
  assert.ok(hits[0].score >= hits[1].score && hits[1].score > 0);
  assert.deepEqual(ranking('乡村振兴'), []);
  assert.deepEqual(indexOf().search('政务', 0), []);
  assert.deepEqual(new SearchIndex<string>().search('政务', 5), []);
  assert.deepEqual(new Bm25Index<string>().search([政务], 5), []);
});

test('a rare term outweighs a common one, and a shorter document wins on equal term counts', () => {
  const index = new Bm25Index<string>();
  index.add([政务, 政务, 数据], 'common twice');
  index.add([政务, 算力], 'rare');
  index.add([政务, 平台], 'common');
  assert.equal(index.search([政务, 算力], 1)[0].value, 'rare');

  const lengths = new Bm25Index<string>({ k1: 1.2, b: 0.75 });
  lengths.add([算力, 规模, 资源, 平台, 建设, 统筹], 'long');
  lengths.add([算力, 规模], 'short');
  assert.deepEqual(
    lengths.search([算力], 2).map((hit) => hit.value),
    ['short', 'long'],
  );
  const noLengthNormalization = new Bm25Index<string>({ b: 0 });
  noLengthNormalization.add([算力, 规模, 资源, 平台], 'long');
  noLengthNormalization.add([算力], 'short');
  const [a, b] = noLengthNormalization.search([算力], 2);
  assert.equal(a.score, b.score);
  assert.equal(a.value, 'long', 'equal scores keep insertion order');
});

test('a cancelled search returns nothing, even part way through a long posting list', () => {
  const index = new Bm25Index<number>();
  for (let i = 0; i < 5000; i++) index.add([政务, 100 + i], i);
  assert.deepEqual(index.search([政务], 10, { isCancellationRequested: true }), []);
  let looks = 0;
  const cancelsOnSecondLook = {
    get isCancellationRequested(): boolean {
      return ++looks >= 2;
    },
  };
  assert.deepEqual(index.search([政务], 10, cancelsOnSecondLook), []);
  assert.equal(looks, 2, 'the flag is consulted inside the scoring loop, not only at the end');
  assert.equal(index.search([政务], 10, { isCancellationRequested: false }).length, 10);
});
