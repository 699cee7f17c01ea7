import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expectedManifestParts } from '../../scripts/generate-configuration.js';

const ROOT = join(__dirname, '..', '..');
const json = (file: string) => JSON.parse(readFileSync(join(ROOT, file), 'utf8')) as Record<string, unknown>;
/** VS Code's conventions: package.nls.json is the fallback (English), package.nls.<locale>.json the rest. */
const NLS_EN = 'package.nls.json';
const NLS_ZH = 'package.nls.zh-cn.json';
const BUNDLE_ZH = join('l10n', 'bundle.l10n.zh-cn.json');

test('contributes.configuration and its descriptions are generated from the zod settings', () => {
  const parts = expectedManifestParts();
  const manifest = json('package.json') as { contributes: { configuration: unknown } };
  assert.deepEqual(
    manifest.contributes.configuration,
    parts.configuration,
    'run: node --import tsx scripts/generate-configuration.ts',
  );
  const en = json(NLS_EN);
  const zh = json(NLS_ZH);
  for (const [key, text] of Object.entries(parts.nlsEn)) assert.equal(en[key], text, key);
  for (const [key, text] of Object.entries(parts.nlsZh)) assert.equal(zh[key], text, key);
});

test('package.nls.json (English) and package.nls.zh-cn.json have the same keys, and every %key% of the manifest', () => {
  const en = json(NLS_EN);
  const zh = json(NLS_ZH);
  assert.deepEqual(Object.keys(zh).sort(), Object.keys(en).sort());
  assert.equal(existsSync(join(ROOT, 'package.nls.en.json')), false, 'English is the fallback, not a locale file');
  const placeholders = [...readFileSync(join(ROOT, 'package.json'), 'utf8').matchAll(/"%([^%"]+)%"/g)].map((m) => m[1]);
  assert.ok(placeholders.length > 5);
  for (const [file, texts] of [
    [NLS_EN, en],
    [NLS_ZH, zh],
  ] as const) {
    for (const key of placeholders) assert.equal(typeof texts[key], 'string', `${file} lacks ${key}`);
  }
  // The fallback is English with English punctuation (Chinese only in examples: “粤省事”).
  for (const [key, text] of Object.entries(en)) assert.doesNotMatch(String(text), /[，。：；（）！？、]/, key);
  for (const [key, text] of Object.entries(zh))
    if (key !== 'command.category') assert.match(String(text), /[\u4e00-\u9fff]/, `${key} is not translated`);
});

/** Every `vscode.l10n.t(...)` call in the client with its first argument, which must be a plain string literal. */
function l10nCalls(): { file: string; message: string | undefined; args: number }[] {
  const calls: { file: string; message: string | undefined; args: number }[] = [];
  const visit = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) visit(path);
      else if (entry.name.endsWith('.ts')) {
        const source = readFileSync(path, 'utf8');
        for (const match of source.matchAll(/\bl10n\.t\(\s*(?:'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)"|(.))/g)) {
          const literal = match[1] ?? match[2];
          calls.push({
            file: path.slice(ROOT.length + 1),
            message: literal?.replace(/\\(.)/g, '$1'),
            args: literal === undefined ? 0 : countArguments(source.slice(match.index + match[0].length)),
          });
        }
      }
    }
  };
  visit(join(ROOT, 'client', 'src'));
  return calls;
}

/** The arguments after the message: commas at the call's own depth, up to its closing parenthesis. */
function countArguments(rest: string): number {
  let depth = 0;
  let commas = 0;
  let quote: string | undefined;
  for (let i = 0; i < rest.length; i++) {
    const c = rest[i];
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = undefined;
    } else if (c === "'" || c === '"' || c === '`') quote = c;
    else if ('([{'.includes(c)) depth++;
    else if (')]}'.includes(c)) {
      if (depth === 0) return commas - (/,\s*$/.test(rest.slice(0, i)) ? 1 : 0);
      depth--;
    } else if (c === ',' && depth === 0) commas++;
  }
  return commas;
}

const placeholdersOf = (text: string) => [...new Set(text.match(/\{\d+\}/g) ?? [])].sort();

test('every vscode.l10n.t string of the client has its Chinese in l10n/bundle.l10n.zh-cn.json, and nothing more', () => {
  const manifest = json('package.json');
  assert.equal(manifest.l10n, './l10n');
  const bundle = json(BUNDLE_ZH) as Record<string, string>;
  const calls = l10nCalls();
  assert.ok(calls.length >= 10, `${calls.length} calls found: the scan is broken`);
  for (const call of calls) {
    assert.ok(call.message !== undefined, `${call.file}: l10n.t takes a string literal, or no bundle can hold it`);
    const chinese = bundle[call.message];
    assert.equal(typeof chinese, 'string', `${call.file}: "${call.message}" is missing from ${BUNDLE_ZH}`);
    // The same placeholders in both, each given an argument.
    assert.deepEqual(placeholdersOf(chinese), placeholdersOf(call.message), call.message);
    assert.equal(placeholdersOf(call.message).length, call.args, `${call.file}: arguments of "${call.message}"`);
    assert.doesNotMatch(
      call.message.replace(/e\.g\. .*$/, ''),
      /[\u4e00-\u9fff，。：（）]/,
      'the source string is English',
    );
  }
  const used = new Set(calls.map((call) => call.message));
  assert.deepEqual(
    Object.keys(bundle).filter((key) => !used.has(key)),
    [],
    'strings in the bundle that the client no longer uses',
  );
});
