import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  comparatorMeaning,
  findComparatorBefore,
  isAchievedHeading,
  joinComparator,
  readSuffixComparator,
  tenseMarkerBefore,
} from '../../../server/src/service/figures/comparators.js';

test('comparators say how the value bounds the real one and whether it is a level or a change', () => {
  assert.deepEqual(comparatorMeaning('突破'), { bound: 'more-than', change: 'level' });
  assert.deepEqual(comparatorMeaning('超'), { bound: 'more-than', change: 'level' });
  assert.deepEqual(comparatorMeaning('不少于'), { bound: 'at-least', change: 'level' });
  assert.deepEqual(comparatorMeaning('不低于'), { bound: 'at-least', change: 'level' });
  assert.deepEqual(comparatorMeaning('达到'), { bound: 'exactly', change: 'level' });
  assert.deepEqual(comparatorMeaning('达到…以上'), { bound: 'at-least', change: 'level' });
  assert.deepEqual(comparatorMeaning('以上'), { bound: 'at-least', change: 'level' });
  assert.deepEqual(comparatorMeaning('以下'), { bound: 'at-most', change: 'level' });
  assert.deepEqual(comparatorMeaning('控制在'), { bound: 'at-most', change: 'level' });
  assert.deepEqual(comparatorMeaning('约'), { bound: 'about', change: 'level' });
  assert.deepEqual(comparatorMeaning('多'), { bound: 'more-than', change: 'level' });
  assert.deepEqual(comparatorMeaning('压减'), { bound: 'exactly', change: 'decrease' });
  assert.deepEqual(comparatorMeaning('减少…以上'), { bound: 'at-least', change: 'decrease' });
  assert.deepEqual(comparatorMeaning('提升超过'), { bound: 'more-than', change: 'increase' });
  assert.deepEqual(comparatorMeaning('提升至'), { bound: 'exactly', change: 'level' });
  assert.deepEqual(comparatorMeaning('压缩至…以内'), { bound: 'at-most', change: 'level' });
  assert.deepEqual(comparatorMeaning(''), { bound: 'exactly', change: 'level' });
  assert.equal(joinComparator(['超', '余', undefined]), '超…余');
});

test('the comparator before a number: adjacent chains, modifiers dropped, 分别 noted, a short bridge allowed', () => {
  const find = (text: string) => findComparatorBefore(text, 0, text.search(/\d/));
  assert.deepEqual(find('日均活跃用户突破100万'), { text: '突破', start: 6, distributive: false });
  assert.deepEqual(find('业务量累计超过 51.6 亿件'), { text: '超过', start: 3, distributive: false });
  assert.deepEqual(find('月活跃用户力争达到 1200 万'), { text: '达到', start: 5, distributive: false });
  assert.deepEqual(find('日均活跃用户量分别达到 150 万名'), { text: '达到', start: 7, distributive: true });
  assert.deepEqual(find('注册用户分别为 100 万'), { text: '为', start: 4, distributive: true });
  assert.deepEqual(find('公文处理效率提升超过 40%'), { text: '提升超过', start: 6, distributive: false });
  assert.deepEqual(find('终端和服务器总量均不少于应替代目标总量的80%'), {
    text: '不少于',
    start: 8,
    distributive: false,
  });
  assert.deepEqual(find('共有 48 名委员'), { text: '共有', start: 0, distributive: false });
  // 日均 belongs to the metric; "为" is the preposition "for" unless 分别 or 均 precedes it.
  assert.equal(find('日均 4.4 万次'), undefined);
  assert.equal(find('为 6 个省级部门'), undefined);
  assert.equal(find('实现 130 万路'), undefined);
});

test('suffix comparators after the unit; 内 only after a duration', () => {
  assert.deepEqual(readSuffixComparator('以上视频', 0, false), { word: '以上', end: 2 });
  assert.deepEqual(readSuffixComparator(' 以上', 0, false), { word: '以上', end: 3 });
  assert.deepEqual(readSuffixComparator('内完成', 0, true), { word: '内', end: 1 });
  assert.equal(readSuffixComparator('内存', 0, false), undefined);
});

test('tense markers: the last one before the number wins', () => {
  const text = '目前已超过 100 万，力争达到 200 万';
  assert.equal(tenseMarkerBefore(text, 0, text.indexOf('100'))?.kind, 'achieved');
  assert.equal(tenseMarkerBefore(text, 0, text.indexOf('200'))?.kind, 'target');
  assert.equal(tenseMarkerBefore('为了实现 100 万', 0, 5), undefined);
  assert.equal(tenseMarkerBefore('满足了 100 万', 0, 4)?.kind, 'achieved');
});

test('headings of result sections make an achieved context; 实现 and 累计 alone do not decide', () => {
  assert.ok(isAchievedHeading('第一章 发展现状'));
  assert.ok(isAchievedHeading('一、改革成效'));
  assert.ok(!isAchievedHeading('第三节 发展目标'));
  assert.equal(tenseMarkerBefore('累计支撑超过 10 万个', 0, 7), undefined);
  assert.equal(tenseMarkerBefore('实现 130 万路', 0, 3), undefined);
});
