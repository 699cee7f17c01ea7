// User-facing text is written once per language in the typed catalogues (server/src/service/messages*.ts,
// l10n/, package.nls*.json), and printed in one language. This scan keeps "中文 / English" pairs in one
// string (`错误 error: …`, `… / cannot read`) from creeping back into the code around them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const ROOT = join(__dirname, '..', '..', '..');
const HAN = '[\\u4e00-\\u9fff]';
/** Chinese, then ` / ` and an English word (`无法读取 / cannot read`), or a Chinese label glossed in English (`错误 error:`). */
const PAIRED = new RegExp(
  `${HAN}[^'"\`]*\\s/\\s?[A-Za-z]{2}|${HAN} (?:error|warning|usage|fixed|imported|unknown|total|state|known)\\b`,
);
/** Strings that are data, not messages: a file header for readers of either language, a pattern's description. */
const ALLOWED = [
  /^server\/src\/node\/workspaceRegistry\.ts: .*工作区名录/,
  /^server\/src\/service\/history\/replacementPatterns\.ts: +reads:/,
  /^server\/src\/service\/settings\.ts: .*（error \/ warning \/ info \/ hint）/,
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return path.endsWith(join('service', 'messages')) ? [] : sourceFiles(path);
    return entry.name.endsWith('.ts') && !path.endsWith(join('service', 'messages.ts')) ? [path] : [];
  });
}

test('no "中文 / English" message outside the catalogues (server, CLI and client)', () => {
  const offenders: string[] = [];
  for (const file of [...sourceFiles(join(ROOT, 'server', 'src')), ...sourceFiles(join(ROOT, 'client', 'src'))]) {
    readFileSync(file, 'utf8')
      .split('\n')
      .forEach((line, i) => {
        const code = line.replace(/\/\/.*$/, '').replace(/^\s*\*.*$/, '');
        if (!/['"`]/.test(code) || !PAIRED.test(code)) return;
        const where = `${relative(ROOT, file).split('\\').join('/')}: ${line.trim()}`;
        if (!ALLOWED.some((allowed) => allowed.test(where))) offenders.push(`${where}  (line ${i + 1})`);
      });
  }
  assert.deepEqual(offenders, [], 'put the text in a catalogue (server/src/service/messages/) and pick one language');
});
