// Deeply nested YAML is refused before the YAML library reads it: the library's recursion near the end of
// the stack let V8 abort the CLI now and then (a fuzz case: a title of 1,606 nested brackets).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { looseFrontMatter, parseFrontMatter } from '../../../server/src/service/corpus/metadata.js';
import { parseRegistry } from '../../../server/src/service/corpus/registry.js';
import { MAX_YAML_DEPTH, yamlTooDeep } from '../../../server/src/service/corpus/yamlDepth.js';

const REPO = join(__dirname, '..', '..', '..');
const nested = (levels: number) => `${'['.repeat(levels)}1${']'.repeat(levels)}`;

test('flow brackets and block indentation are counted; quotes and comments are not', () => {
  assert.equal(yamlTooDeep(`title: ${nested(MAX_YAML_DEPTH)}`), undefined);
  assert.deepEqual(yamlTooDeep(`a: 1\ntitle: ${nested(MAX_YAML_DEPTH + 1)}`), { depth: MAX_YAML_DEPTH + 1, line: 2 });
  assert.deepEqual(yamlTooDeep(`k: {a: ${nested(MAX_YAML_DEPTH)}}`)?.depth, MAX_YAML_DEPTH + 1);
  // Brackets in quoted scalars and comments open nothing; a quote's lines are still counted.
  const quoted = `a: "${'['.repeat(500)}\n${'{'.repeat(500)}"\nb: '${'['.repeat(500)}'' x'\n# ${'['.repeat(500)}\nc: ${nested(MAX_YAML_DEPTH + 1)}`;
  assert.deepEqual(yamlTooDeep(quoted), { depth: MAX_YAML_DEPTH + 1, line: 5 });
  assert.equal(yamlTooDeep(`a: "\\"[[[[" # [[[[\n`), undefined);
  // Block levels: indentation and compact sequence indicators (- - - x) alike.
  assert.equal(yamlTooDeep(`a:\n${'- '.repeat(MAX_YAML_DEPTH)}x`), undefined);
  assert.deepEqual(yamlTooDeep(`a:\n${'- '.repeat(MAX_YAML_DEPTH + 1)}x`), { depth: MAX_YAML_DEPTH + 1, line: 2 });
  assert.deepEqual(yamlTooDeep(`a:\n${' '.repeat(2 * MAX_YAML_DEPTH + 2)}b: 1`)?.line, 2);
});

function filesUnder(folder: string, ending: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return name === 'node_modules' || name.startsWith('.') ? [] : filesUnder(path, ending);
    return name.endsWith(ending) ? [path] : [];
  });
}

test('no header of the corpus, fixtures or registries nests anywhere near the limit', () => {
  const files = [...filesUnder(join(REPO, 'corpus'), ''), ...filesUnder(join(REPO, 'test', 'fixtures'), '')].filter(
    (path) => /\.(md|ya?ml)$/.test(path),
  );
  assert.ok(files.length > 50, `${files.length} files`);
  for (const path of files) assert.equal(yamlTooDeep(readFileSync(path, 'utf8')), undefined, path);
});

test('a header nested too deeply is a problem naming its line, in Chinese and English; the loose reading gives up', () => {
  const text = `---\ntitle: ${nested(1606)}\n---\n正文。\n`;
  const zh = parseFrontMatter(text, 'zh');
  assert.equal(zh.ok, false);
    assert.ok(!zh.ok && zh.message.includes(`${MAX_YAML_DEPTH + 1} 层`) && zh.line === 2, JSON.stringify(zh));
  const en = parseFrontMatter(text, 'en');
  assert.ok(!en.ok && /nests too deeply/.test(en.message), JSON.stringify(en));
  assert.equal(looseFrontMatter(text), undefined);
  // Twenty levels are read by the library as before (the value is no title, so the schema says so).
  const read = parseFrontMatter(`---\ntitle: ${nested(20)}\n---\n正文。\n`, 'zh');
  assert.ok(!read.ok && !/嵌套过深/.test(read.message), JSON.stringify(read));
});

test('a registry nested too deeply is refused with its line', () => {
  const registry = parseRegistry(`version: 1\nordinaryWords: ${nested(200)}\n`, 'en');
  assert.ok(!registry.ok && /nests too deeply/.test(registry.message) && registry.line === 2, JSON.stringify(registry));
});
