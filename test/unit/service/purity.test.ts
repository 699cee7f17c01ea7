// server/src/service is the pure language service: no editor, no LSP connection, no file system, no
// native addon. The unit tests can only run it in memory because this holds; this test keeps it so.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const REPO = join(__dirname, '..', '..', '..');
const SERVICE = join(REPO, 'server', 'src', 'service');

/** Packages the service may import: protocol types, schemas, YAML. */
const ALLOWED_PACKAGES = new Set(['vscode-languageserver-types', 'zod', 'yaml']);
/** Files outside service/ it may import: the shared protocol types. */
const ALLOWED_OUTSIDE = new Set([join(REPO, 'server', 'src', 'protocol.ts')]);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** Module specifiers of static imports, re-exports, dynamic imports and requires. */
function specifiers(source: string): string[] {
  const patterns = [/\bfrom\s+['"]([^'"]+)['"]/g, /\bimport\s+['"]([^'"]+)['"]/g, /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g, /\brequire\(\s*['"]([^'"]+)['"]\s*\)/g];
  return patterns.flatMap((pattern) => [...source.matchAll(pattern)].map((m) => m[1]));
}

test('the service imports no editor, LSP connection, file system or native module', () => {
  const files = sourceFiles(SERVICE);
  assert.ok(files.length > 20, `found only ${files.length} service files`);
  const offences: string[] = [];
  for (const file of files) {
    for (const spec of specifiers(readFileSync(file, 'utf8'))) {
      const where = relative(REPO, file);
      if (spec.startsWith('.')) {
        const target = resolve(dirname(file), spec).replace(/\.js$/, '.ts');
        if (!target.startsWith(SERVICE + '/') && !ALLOWED_OUTSIDE.has(target)) offences.push(`${where} imports ${spec}`);
      } else if (!ALLOWED_PACKAGES.has(spec)) {
        offences.push(`${where} imports ${spec}`);
      }
    }
  }
  assert.deepEqual(offences, []);
});

test('the service does not reach for process state or the console', () => {
  const offences = sourceFiles(SERVICE).flatMap((file) => {
    const source = readFileSync(file, 'utf8').replace(/\/\/.*$/gm, '').replace(/\/\*[\s\S]*?\*\//g, '');
    return /\bprocess\.(env|cwd|argv|exit)\b|\bconsole\./.test(source) ? [relative(REPO, file)] : [];
  });
  assert.deepEqual(offences, []);
});
