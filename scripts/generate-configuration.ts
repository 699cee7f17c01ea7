// Writes package.json's contributes.configuration and the setting descriptions in package.nls*.json
// from the server's setting declarations (server/src/service/settings.ts), so the manifest cannot drift.
// Run: node --import tsx scripts/generate-configuration.ts   (a unit test fails when the files are stale)
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { configurationContribution, SETTING_DECLARATIONS } from '../server/src/service/settings.js';

const ROOT = join(__dirname, '..');

export function expectedManifestParts(): {
  configuration: unknown;
  nlsZh: Record<string, string>;
  nlsEn: Record<string, string>;
} {
  const nlsZh: Record<string, string> = {};
  const nlsEn: Record<string, string> = {};
  for (const declaration of SETTING_DECLARATIONS) {
    nlsZh[`config.${declaration.key}`] = declaration.description.zh;
    nlsEn[`config.${declaration.key}`] = declaration.description.en;
  }
  return { configuration: configurationContribution(), nlsZh, nlsEn };
}

function writeJson(file: string, update: (json: Record<string, unknown>) => void): void {
  const path = join(ROOT, file);
  const json = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  update(json);
  writeFileSync(path, `${JSON.stringify(json, null, 2)}\n`);
}

if (require.main === module) {
  const parts = expectedManifestParts();
  writeJson('package.json', (json) => {
    (json.contributes as Record<string, unknown>).configuration = parts.configuration;
  });
  // package.nls.json is VS Code's fallback, so it holds the English; the Chinese is package.nls.zh-cn.json.
  writeJson('package.nls.json', (json) => Object.assign(json, parts.nlsEn));
  writeJson('package.nls.zh-cn.json', (json) => Object.assign(json, parts.nlsZh));
  console.log('contributes.configuration and package.nls*.json updated');
}
