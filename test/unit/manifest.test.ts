import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expectedManifestParts } from '../../scripts/generate-configuration.js';

const ROOT = join(__dirname, '..', '..');
const json = (file: string) => JSON.parse(readFileSync(join(ROOT, file), 'utf8')) as Record<string, unknown>;

test('contributes.configuration and its descriptions are generated from the zod settings', () => {
  const parts = expectedManifestParts();
  const manifest = json('package.json') as { contributes: { configuration: unknown } };
  assert.deepEqual(
    manifest.contributes.configuration,
    parts.configuration,
    'run: node --import tsx scripts/generate-configuration.ts',
  );
  const zh = json('package.nls.json');
  const en = json('package.nls.en.json');
  for (const [key, text] of Object.entries(parts.nlsZh)) assert.equal(zh[key], text, key);
  for (const [key, text] of Object.entries(parts.nlsEn)) assert.equal(en[key], text, key);
});

test('every %placeholder% in the manifest has a Chinese and an English text', () => {
  const placeholders = [...readFileSync(join(ROOT, 'package.json'), 'utf8').matchAll(/"%([^%"]+)%"/g)].map((m) => m[1]);
  assert.ok(placeholders.length > 5);
  for (const file of ['package.nls.json', 'package.nls.en.json']) {
    const texts = json(file);
    for (const key of placeholders) assert.equal(typeof texts[key], 'string', `${file} lacks ${key}`);
  }
});
