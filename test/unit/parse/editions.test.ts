// A platform's editions (闽政通（政务版）) in running text: editionsIn reads them back from each 版, where
// the specification is one regular expression (kept here) tried at every position.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { editionsIn } from '../../../server/src/service/names/quotedNames.js';
import { markdownTexts } from './markdownTexts.js';

const SPECIFICATION = /(?<![\u4e00-\u9fff])([\u4e00-\u9fff]{2,6})[（(]([^（）()]{1,4}版)[）)]/g;
const specified = (text: string) => [...text.matchAll(SPECIFICATION)].map((m) => [m[0], m[1], m[2]]);

test('the same editions as the specification: edge cases', () => {
  const cases = [
    '闽政通（政务版）、闽政通(公众版)和“闽政通（老年版）”',
    '升级闽政通（政务版）',
    '第一版（试行版）',
    '闽（版）、ab（xx版）、（版）、版）',
    '很长的名字的平台名称（政务版）',
    '闽政通（（版）闽政通（a b版）闽政通（abcd版）闽政通（版版版版）闽政通（版本版）',
    '',
  ];
  for (const text of cases) assert.deepEqual(editionsIn(text), specified(text), text);
});

test('the same editions as the specification on the corpora and every fixture', () => {
  for (const { path, text } of markdownTexts()) assert.deepEqual(editionsIn(text), specified(text), path);
});
