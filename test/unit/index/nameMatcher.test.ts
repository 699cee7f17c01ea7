import { test } from 'node:test';
import assert from 'node:assert/strict';
import { NameMatcher } from '../../../server/src/service/index/nameMatcher.js';

function matcherOf(...keys: string[]): NameMatcher<string> {
  return new NameMatcher(keys.map((key) => ({ key, value: key })));
}

function spans(text: string, matches: ReadonlyArray<{ start: number; end: number }>): string[] {
  return matches.map((m) => text.slice(m.start, m.end));
}

test('the longest name wins over the names inside it', () => {
  const matcher = matcherOf('一体化政务服务平台', '政务服务', '政务服务平台');
  const text = '全国一体化政务服务平台';
  const matches = matcher.findAll(text);
  assert.deepEqual(spans(text, matches), ['一体化政务服务平台']);
  assert.equal(matches[0].start, 2);
  assert.equal(matches[0].end, text.length);
  assert.equal(matches[0].key, '一体化政务服务平台');
});

test('leftmost-longest matching continues after each match and finds names that overlap no earlier one', () => {
  const matcher = matcherOf('政务服务', '服务平台', '粤省事', '粤', '平台');
  const text = '依托“粤省事”政务服务平台';
  // 服务平台 overlaps 政务服务, which starts first; 平台 follows it and is reported.
  assert.deepEqual(spans(text, matcher.findAll(text)), ['粤省事', '政务服务', '平台']);
});

test('a longer name that fails part way does not hide the shorter names it began with', () => {
  const matcher = matcherOf('数字政府建设', '数字', '政府');
  const text = '数字政府改革';
  assert.deepEqual(spans(text, matcher.findAll(text)), ['数字', '政府']);
});

test('overlapping mode reports every occurrence, ordered by start then longest first', () => {
  const matcher = matcherOf('一体化政务服务平台', '政务服务', '政务服务平台', '服务');
  const text = '全国一体化政务服务平台';
  assert.deepEqual(spans(text, matcher.findAll(text, { overlapping: true })), [
    '一体化政务服务平台',
    '政务服务平台',
    '政务服务',
    '服务',
  ]);
});

test('several values can share one key', () => {
  const matcher = new NameMatcher([
    { key: '数据局', value: '广东省政务服务数据管理局' },
    { key: '数据局', value: '国家数据局' },
    { key: '大数据局', value: '贵州省大数据发展管理局' },
  ]);
  const [match] = matcher.findAll('由省数据局牵头');
  assert.deepEqual(match.values, ['广东省政务服务数据管理局', '国家数据局']);
  assert.equal(matcher.size, 2);
});

test('Latin letters match regardless of case and width, offsets stay in the original text', () => {
  const matcher = matcherOf('IPv6', 'API', '5G');
  const text = '推进ipv6规模部署，开放ＡＰＩ接口，建设5g基站';
  const matches = matcher.findAll(text);
  assert.deepEqual(spans(text, matches), ['ipv6', 'ＡＰＩ', '5g']);
  assert.deepEqual(
    matches.map((m) => m.key),
    ['IPv6', 'API', '5G'],
  );
  const strict = new NameMatcher([{ key: 'API', value: 1 }], { ignoreLatinCase: false, ignoreFullWidth: false });
  assert.deepEqual(
    strict.findAll('api ＡＰＩ API').map((m) => m.start),
    [8],
  );
});

test('an empty dictionary, an empty text and an empty key match nothing', () => {
  assert.deepEqual(new NameMatcher<string>([]).findAll('粤省事'), []);
  assert.deepEqual(matcherOf('粤省事').findAll(''), []);
  assert.deepEqual(matcherOf('').findAll('粤省事'), []);
  assert.equal(new NameMatcher<string>([]).matchAt('粤省事', 0), undefined);
});

test('matchAt returns the longest name under the cursor, including names findAll would skip', () => {
  const matcher = matcherOf('一体化政务服务平台', '政务服务', '服务平台', '粤省事');
  const text = '全国一体化政务服务平台和粤省事';
  assert.equal(matcher.matchAt(text, text.indexOf('服'))?.key, '一体化政务服务平台');
  assert.equal(matcher.matchAt(text, text.indexOf('全')), undefined);
  // The cursor offset is the character after it: the end offset is outside the name.
  assert.equal(matcher.matchAt(text, text.indexOf('和')), undefined);
  assert.equal(matcher.matchAt(text, text.length - 1)?.start, text.indexOf('粤'));
  assert.equal(matcher.matchAt(text, text.length), undefined);
  assert.equal(matcher.matchAt(text, -1), undefined);

  const neighbours = matcherOf('政务服务', '服务平台');
  assert.equal(neighbours.matchAt('政务服务平台', 5)?.key, '服务平台');
  assert.equal(neighbours.matchAt('政务服务平台', 2)?.key, '政务服务', 'a tie goes to the leftmost');
});

// Speed is measured by `npm run bench`, never asserted in unit tests; this checks correctness at scale.
test('a dictionary of 5,000 names finds every mention in a 100 KB draft, longest first', () => {
  const names = Array.from({ length: 5000 }, (_, i) => ({ key: `第${i}号政务服务平台`, value: i }));
  const text = '推进第42号政务服务平台与第4999号政务服务平台建设，'.repeat(4000);
  const matches = new NameMatcher(names).findAll(text);
  assert.equal(matches.length, 8000);
  assert.equal(matches[0].key, '第42号政务服务平台');
  assert.equal(matches[1].key, '第4999号政务服务平台');
});
