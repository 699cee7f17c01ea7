// When a newer document's name reads as an older one renamed, and when two names merely look alike.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { successorShape } from '../../../server/src/service/history/successorForms.js';
import type { NameKind } from '../../../server/src/service/model.js';

const renamed: Array<[string, string, NameKind, string]> = [
  // A generic suffix put on or taken off (杯/大赛/平台/系统/工程 …).
  ['“数安杯”', '“数安”', 'platform', 'generic-affix'],
  ['“川企通”', '“川企通”平台', 'platform', 'generic-affix'],
  ['天府通办', '天府通办APP', 'platform', 'generic-affix'],
  // Another numeral: a version or a phase.
  ['政务云2.0', '政务云3.0', 'platform', 'numeral'],
  ['一期工程', '二期工程', 'platform', 'numeral'],
  // The same stem under another head noun.
  ['省数据交易中心', '省数据交易场所', 'agency', 'head-noun'],
  // A body's remit widened: 和… put in before the head.
  ['省政务服务数据管理局', '省政务服务和数据管理局', 'agency', 'and-inserted'],
  ['省政务服务管理局', '省政务服务和数据管理局', 'agency', 'and-inserted'],
  // A planned document's title with a modifier put in or taken out before its kind.
  ['广东省数字政府管理促进条例', '广东省数字政府条例', 'document', 'modifier'],
];

const unrelated: Array<[string, string, NameKind, string]> = [
  ['广东省政务服务数据管理局', '省政务服务数据管理局', 'agency', 'the full and the short form of one name'],
  ['广东省数字政府2021年工作要点', '广东省数字政府2022年工作要点', 'document', 'a yearly series, not a renaming'],
  ['省发展改革委', '省工业和信息化厅', 'agency', 'two bodies'],
  ['公共数据管理办法', '公共数据安全管理办法', 'document', 'a modifier before a longer tail changes the subject'],
  ['省数据局', '省统计局', 'agency', 'a substitution in the middle'],
  ['省政务服务管理局', '省政务服务和数据管理局', 'platform', '和… put in says a body’s remit, not a platform’s'],
];

describe('successor shapes', () => {
  for (const [older, newer, kind, shape] of renamed) {
    test(`${older} → ${newer}: ${shape}`, () => {
      assert.equal(successorShape(older, newer, kind), shape);
      // Either direction reads as the same shape: the corpus decides which one is newer.
      assert.equal(successorShape(newer, older, kind), shape);
    });
  }
  for (const [older, newer, kind, why] of unrelated) {
    test(`${older} / ${newer}: none (${why})`, () => assert.equal(successorShape(older, newer, kind), undefined));
  }
});
