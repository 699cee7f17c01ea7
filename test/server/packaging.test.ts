// What the .vsix holds, asked of vsce itself (`vsce ls`, the list `npm run package` zips): everything the
// extension needs at run time from an installed package, and nothing else. The e2e suite installs the real
// .vsix; this catches a .vscodeignore slip in seconds.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { hostTarget, vsixPath, writePackagedReadme } from '../../scripts/package.mjs';
import { REPO } from './lspClient.js';

const VSCE = join(REPO, 'node_modules', '@vscode', 'vsce', 'vsce');

function packagedFiles(): string[] {
  const readme = writePackagedReadme();
  const result = spawnSync(process.execPath, [VSCE, 'ls', '--no-yarn', '--readme-path', readme], {
    cwd: REPO,
    encoding: 'utf8',
  });
  assert.equal(result.status, 0, result.stderr);
  return result.stdout.split('\n').filter(Boolean);
}

const ALLOWED = [
  /^dist\/[\w-]+\.js$/, // the bundles, not their source maps
  /^dist\/index\/index-[0-9a-f]+\.v8$/, // the bundled corpus's index, per message language
  /^corpus\/[^/]+\.(md|yaml)$/,
  /^syntaxes\/[\w.-]+\.json$/,
  /^package(\.nls(\.[\w-]+)?)?\.json$/,
  /^l10n\/bundle\.l10n\.[\w-]+\.json$/,
  /^\.cache\/vsix\/README\.md$/, // stored as extension/readme.md
  /^(CHANGELOG\.md|LICENSE|images\/icon\.png)$/,
  /^node_modules\/nodejieba\/(package\.json|index\.js|LICENSE|build\/Release\/nodejieba\.node)$/,
  /^node_modules\/nodejieba\/submodules\/cppjieba\/dict\/(jieba\.dict|hmm_model|user\.dict)\.utf8$/,
];

const REQUIRED = [
  'dist/extension.js',
  'dist/server.js',
  'dist/serverMain.js',
  'dist/cli.js',
  'dist/cliMain.js',
  'dist/checkWorker.js',
  'dist/segmenterWorker.js',
  'corpus/registry.yaml',
  'syntaxes/policy-lens.injection.json',
  'package.json',
  'package.nls.json',
  'CHANGELOG.md',
  'LICENSE',
  'images/icon.png',
  'node_modules/nodejieba/index.js',
  'node_modules/nodejieba/build/Release/nodejieba.node',
  'node_modules/nodejieba/submodules/cppjieba/dict/jieba.dict.utf8',
  'node_modules/nodejieba/submodules/cppjieba/dict/hmm_model.utf8',
  'node_modules/nodejieba/submodules/cppjieba/dict/user.dict.utf8',
];

describe('the packaged extension', () => {
  test('holds what the extension needs at run time and nothing else', () => {
    const files = packagedFiles();
    assert.deepEqual(
      files.filter((file) => !ALLOWED.some((pattern) => pattern.test(file))),
      [],
      'files that should not be packaged',
    );
    assert.deepEqual(
      REQUIRED.filter((file) => !files.includes(file)),
      [],
      'files missing from the package',
    );
    assert.ok(
      files.some((file) => file.startsWith('corpus/') && file.endsWith('.md')),
      'the bundled corpus documents',
    );
    assert.equal(
      files.filter((file) => file.startsWith('dist/index/')).length,
      2,
      'the bundled corpus index, Chinese and English',
    );
  });

  test('the packaged README carries its images inline (the Extensions page shows no relative images)', () => {
    const readme = readFileSync(join(REPO, writePackagedReadme()), 'utf8');
    const images = [...readme.matchAll(/!\[[^\]]*\]\(([^)\s]+)\)/g)].map((match) => match[1]);
    assert.ok(images.length >= 2, 'the README shows its screenshots');
    for (const image of images) assert.match(image.slice(0, 30), /^data:image\/png;base64,/);
  });

  test('the icon package.json names is a 128×128 PNG', () => {
    const manifest = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { icon: string };
    const png = readFileSync(join(REPO, manifest.icon));
    assert.equal(png.toString('latin1', 1, 4), 'PNG');
    assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [128, 128]);
  });

  test('the .vsix is named after the version and this machine’s platform target', () => {
    const { version } = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { version: string };
    assert.match(hostTarget(), /^(win32|linux|alpine|darwin)-(x64|arm64|armhf)$/);
    assert.equal(basename(vsixPath()), `policy-lens-${version}-${hostTarget()}.vsix`);
  });
});
