// Semantic tokens over the bundled Guangdong corpus: what the index knows about each name in a draft,
// decoded from LSP's relative encoding with the legend.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SEMANTIC_TOKEN_MODIFIERS, SEMANTIC_TOKEN_TYPES } from '../../../server/src/service/features/semanticTokens.js';
import { bundledService, draft, REPO } from '../service/bundledService.js';

const { service } = bundledService();

/** [text, type, modifiers] per token, in order. */
function tokensOf(text: string, range?: Parameters<typeof service.semanticTokens>[1]): string[][] {
  const d = draft(text);
  const { data } = service.semanticTokens(d, range);
  const out: string[][] = [];
  let line = 0;
  let character = 0;
  for (let i = 0; i < data.length; i += 5) {
    character = data[i] === 0 ? character + data[i + 1] : data[i + 1];
    line += data[i];
    const written = d.lines.lineText(line).slice(character, character + data[i + 2]);
    const modifiers = SEMANTIC_TOKEN_MODIFIERS.filter((_, bit) => data[i + 4] & (1 << bit));
    out.push([written, SEMANTIC_TOKEN_TYPES[data[i + 3]], modifiers.join(',')]);
  }
  return out;
}

describe('semantic tokens', () => {
  test('platform, agency, deprecated agency, unknown brand, glossary term, indicator', () => {
    const text = [
      '依托“粤省事”办理，由省政务服务数据管理局牵头，省信息中心负责。',
      '推广“粤好办”和“一网统管”，提升“粤商通”日均活跃用户数。',
    ].join('\n');
    assert.deepEqual(tokensOf(text), [
      ['粤省事', 'platform', ''],
      ['省政务服务数据管理局', 'agency', ''],
      ['省信息中心', 'agency', 'deprecated'],
      ['粤好办', 'unknownBrand', ''],
      ['一网统管', 'glossaryTerm', ''],
      ['“粤商通”日均活跃用户数', 'indicator', ''],
    ]);
  });

  test('a replaced platform of the registry is deprecated too', () => {
    assert.deepEqual(tokensOf('通过省咨询投诉平台受理'), [['省咨询投诉平台', 'platform', 'deprecated']]);
  });

  test('a range asks for its lines only', () => {
    const text = '依托“粤省事”办理\n由省政务服务数据管理局牵头';
    const range = { start: { line: 1, character: 0 }, end: { line: 1, character: 5 } };
    assert.deepEqual(tokensOf(text, range), [['省政务服务数据管理局', 'agency', '']]);
  });

  test('plain text has no tokens', () => {
    assert.deepEqual(tokensOf('今天天气很好。'), []);
  });

  test('package.json declares the legend, with descriptions and TextMate scopes for default themes', () => {
    const manifest = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as {
      contributes: {
        semanticTokenTypes: Array<{ id: string; description: string }>;
        semanticTokenScopes: Array<{ language?: string; scopes: Record<string, string[]> }>;
      };
    };
    const declared = manifest.contributes.semanticTokenTypes;
    assert.deepEqual(
      declared.map((t) => t.id),
      [...SEMANTIC_TOKEN_TYPES],
    );
    for (const type of declared) assert.match(type.description, /^%semanticTokenType\.[A-Za-z]+%$/, type.id);
    const scopes = manifest.contributes.semanticTokenScopes.find((s) => s.language === 'markdown')?.scopes ?? {};
    for (const id of SEMANTIC_TOKEN_TYPES) assert.ok(scopes[id]?.length, `no TextMate scope for ${id}`);
  });
});
