// Brands written bare before a platform word (苏服办平台, 粤省事小程序): bareBrandsIn finds every prefix's
// in one pass over a text, where the specification is one regular expression a prefix (kept here).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bareBrandsIn, escapeRegExp } from '../../../server/src/service/names/quotedNames.js';
import { PROVINCES } from '../../../server/src/service/language/provinces.js';
import { markdownTexts } from './markdownTexts.js';

const PLATFORM_WORDS =
  '(?:平台|APP|App|app|小程序|客户端|门户|公众号|系统|移动端|服务端|总入口|统一入口|一体机|自助机|自助终端)';

function specified(texts: readonly string[], prefixes: readonly string[]): string[][] {
  return prefixes.map((prefix) => {
    const bare = new RegExp(
      `(?<![\\u4e00-\\u9fff“])(${escapeRegExp(prefix)}[\\u4e00-\\u9fff]{2})${PLATFORM_WORDS}`,
      'g',
    );
    return texts.flatMap((text) => [...text.matchAll(bare)].map((m) => m[1]));
  });
}

test('the same bare brands as the specification: edge cases', () => {
  // A registry may list any prefix: a Latin one can match again inside its own match's APP.
  const prefixes = ['粤', '苏', '粤港', '闽政', '苏服', 'P'];
  const texts = [
    '推广粤省事平台和粤商通APP，苏服办统一入口、苏服办统一入口。',
    '“粤省事”平台、全粤省事平台、粤粤省事平台',
    '粤港澳大湾平台，粤港澳小程序；闽政通办系统闽政通办系统，粤港澳通平台',
    '粤省平台粤省事',
    '粤省事自助机粤省事自助终端粤',
    '苏服办App苏服办app苏服办客户端',
    '，P事务APP事务平台',
    '',
  ];
  assert.deepEqual(bareBrandsIn(texts, prefixes), specified(texts, prefixes));
  const found = bareBrandsIn(texts, prefixes);
  assert.ok(found[0].length >= 2 && found[2].length >= 1 && found[3].length >= 1, 'the cases hold matches');
});

test('the same bare brands as the specification on the corpora and every fixture', () => {
  const prefixes = [...new Set(PROVINCES.flatMap((province) => province.abbreviations))];
  const texts = markdownTexts().map(({ text }) => text);
  const found = bareBrandsIn(texts, prefixes);
  assert.deepEqual(found, specified(texts, prefixes));
  assert.ok(found.flat().length >= 5, 'the texts hold bare brands');
});
