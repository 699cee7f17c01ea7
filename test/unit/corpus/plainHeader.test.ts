// plainHeaderData reads the usual plain front matter without the YAML library. Wherever it reads a header
// it must give what the library gives; everything else it leaves to the library. Compared here over every
// header the tests have, values chosen to trip it, and headers put together at random from such values.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDocument } from 'yaml';
import { plainHeaderData } from '../../../server/src/service/corpus/plainHeader.js';
import { markdownTexts } from '../parse/markdownTexts.js';

const FRONT_MATTER = /^(?:\uFEFF)?---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

function library(source: string): unknown {
  const document = parseDocument(source);
  return document.errors.length > 0 ? 'error' : document.toJS();
}

/** The same as the library's wherever it reads; how many it read. */
function compare(sources: readonly string[]): number {
  let read = 0;
  for (const source of sources) {
    const plain = plainHeaderData(source);
    if (plain === undefined) continue;
    read++;
    assert.deepEqual(plain, library(source), JSON.stringify(source));
  }
  return read;
}

test('every header the tests have reads as the YAML library reads it, most of them plainly', () => {
  const headers = markdownTexts().flatMap(({ text }) => FRONT_MATTER.exec(text)?.[1] ?? []);
  assert.ok(headers.length >= 10);
  assert.ok(compare(headers) >= headers.length / 2, 'the usual headers are read plainly');
});

const VALUES = [
  '2017-03-25', '2021-07', '2021-7', '2017', '007', '0', '0o17', '0x1F', '1e3', '.5', '+12', '-3', '1_000',
  '1.0', '.inf', '.nan', '9007199254740993', '123456789012345', '1234567890123456',
  'null', 'Null', 'NULL', '~', 'true', 'True', 'TRUE', 'false', 'yes', 'no', 'on', 'off', 'y', 'n',
  '12:30', 'a: b', 'a #b', 'a#b', '#a', "'a'", '"a"', '[a]', '{a}', 'a, b', '&a', '*a', '!a', '|', '>', '%a', '@a',
  '`a`', '?', '? a', '-', '- a', '--', 'a - b', '=', '<<', 'a~b', 'a\\b', 'a\tb', ' a', 'a ', 'a\u3000', '\u3000a',
  '粤办函〔2017〕1号', '广东省人民政府办公厅', '“十四五”规划', '工作要点', '2017年', '第1号', 'ＡＰＩ', 'a/b', 'a.b',
  'a_b', 'a(b)', '（试行）', 'http', 'x', '',
];
const KEYS = ['id', 'title', 'date', 'period', 'kind', 'a_b', 'null', 'true', 'True', 'yes', 'a-b', '_x', '1a', 'é', 'A'];

test('values chosen to trip a plain reading read as the YAML library reads them, or are left to it', () => {
  const sources = VALUES.flatMap((value) => [
    `a: ${value}`,
    `a:   ${value}`,
    `a:\n  - ${value}`,
    `a:\n- ${value}\n- x`,
    `title: x\na: ${value}\nb:`,
  ]);
  const read = compare(sources);
  assert.ok(read > VALUES.length, 'plain values are read');
  assert.ok(read < sources.length, 'others are left to the library');
});

test('headers put together at random read as the YAML library reads them, or are left to it', () => {
  let seed = 7;
  const next = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
  const pick = <T>(items: readonly T[]) => items[next(items.length)];
  const sources: string[] = [];
  for (let i = 0; i < 3000; i++) {
    const lines: string[] = [];
    for (let field = 0; field <= next(5); field++) {
      const key = pick(KEYS);
      const shape = next(6);
      if (shape === 0) lines.push(`${key}:`);
      else if (shape === 1) lines.push(`${key}:`, ...Array.from({ length: 1 + next(3) }, () => `${pick(['', '  ', ' '])}- ${pick(VALUES)}`));
      else if (shape === 2) lines.push(pick(['', '# note', '  x: y', '---', '- a', 'a:b']));
      else lines.push(`${key}: ${pick(VALUES)}`);
    }
    sources.push(lines.join(pick(['\n', '\r\n'])));
  }
  const read = compare(sources);
  assert.ok(read > 100 && read < sources.length, `${read} of ${sources.length} read plainly`);
});
