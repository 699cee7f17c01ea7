// `npm run package`: one .vsix for one target platform, policy-lens-<version>-<target>.vsix.
// The extension carries nodejieba's native addon (kept out of the bundle), so a .vsix only works on the
// platform whose addon it holds: `vsce package --target` marks it so, and the Marketplace / VS Code pick the
// matching one. By default the target is this machine's. vsce runs `vscode:prepublish` (the production
// build) first, and lists the packaged dependencies with `npm list`: no network needed.
//
//   node scripts/package.mjs                                  this machine's target (linux-x64 here)
//   node scripts/package.mjs --target darwin-arm64 --addon <nodejieba.node built on darwin-arm64>
//
// With --addon, that file stands in for node_modules/nodejieba/build/Release/nodejieba.node while vsce
// packages, and the machine's own addon is put back afterwards.
//
// The README's images: VS Code's Extensions page shows a README in a webview whose content policy allows only
// https: and data: images, so relative paths (docs/images/*.png) show as broken images there, and https URLs
// need a network. The packaged README therefore carries them inline as data: URIs; README.md itself keeps the
// relative paths, which GitHub and Markdown previews show (GitHub drops data: images).
import { spawnSync } from 'node:child_process';
import {
  closeSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  readSync,
  renameSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, extname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const ADDON = join(repoRoot, 'node_modules', 'nodejieba', 'build', 'Release', 'nodejieba.node');
/** This machine's addon while another platform's stands in for it. */
const HOST_ADDON = `${ADDON}.host`;
/** The README as packaged (gitignored); vsce stores it as extension/readme.md. */
const PACKAGED_README = join(repoRoot, '.cache', 'vsix', 'README.md');
const IMAGE_TYPES = { '.png': 'image/png', '.svg': 'image/svg+xml', '.jpg': 'image/jpeg', '.gif': 'image/gif' };

/** vsce's platform targets (`vsce package --help`), with the executable format their addon must have. */
const TARGETS = {
  'win32-x64': 'pe',
  'win32-arm64': 'pe',
  'linux-x64': 'elf',
  'linux-arm64': 'elf',
  'linux-armhf': 'elf',
  'alpine-x64': 'elf',
  'alpine-arm64': 'elf',
  'darwin-x64': 'mach-o',
  'darwin-arm64': 'mach-o',
};

/** The vsce target of this machine: what the nodejieba addon that `npm ci` built here runs on. */
export function hostTarget() {
  const arch = process.arch === 'arm' ? 'armhf' : process.arch;
  // musl (Alpine) Node reports no glibc version.
  const musl = process.platform === 'linux' && !process.report.getReport().header.glibcVersionRuntime;
  const target = `${musl ? 'alpine' : process.platform}-${arch}`;
  if (!(target in TARGETS)) throw new Error(`VS Code has no platform target for ${target}`);
  return target;
}

/** Where `npm run package` writes the .vsix of a target. */
export function vsixPath(target = hostTarget()) {
  const { version } = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));
  return join(repoRoot, `policy-lens-${version}-${target}.vsix`);
}

function executableFormat(file) {
  const head = Buffer.alloc(4);
  const fd = openSync(file, 'r');
  try {
    readSync(fd, head, 0, 4, 0);
  } finally {
    closeSync(fd);
  }
  if (head.toString('latin1') === '\x7fELF') return 'elf';
  if (head.toString('latin1', 0, 2) === 'MZ') return 'pe';
  const magic = head.readUInt32BE(0);
  if ([0xfeedface, 0xfeedfacf, 0xcefaedfe, 0xcffaedfe, 0xcafebabe].includes(magic)) return 'mach-o';
  return 'unknown';
}

/** README.md with its relative images inlined as data: URIs, for the Extensions page (see the top). */
export function writePackagedReadme() {
  const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8').replace(
    /(!\[[^\]]*\]\()([^)\s]+)(\))/g,
    (whole, open, link, close) => {
      const file = join(repoRoot, link);
      const type = IMAGE_TYPES[extname(link).toLowerCase()];
      if (/^[a-z]+:/i.test(link) || !type) return whole;
      if (!existsSync(file)) throw new Error(`README.md shows ${link}, which does not exist`);
      return `${open}data:${type};base64,${readFileSync(file).toString('base64')}${close}`;
    },
  );
  mkdirSync(dirname(PACKAGED_README), { recursive: true });
  writeFileSync(PACKAGED_README, readme);
  return relative(repoRoot, PACKAGED_README);
}

function parseArgs(argv) {
  const options = {};
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    if (flag !== '--target' && flag !== '--addon') throw new Error(`unknown option ${flag}`);
    if (!argv[i + 1]) throw new Error(`${flag} needs a value`);
    options[flag.slice(2)] = argv[++i];
  }
  return options;
}

function packageTarget({ target = hostTarget(), addon }) {
  if (!(target in TARGETS)) throw new Error(`unknown target ${target}; one of ${Object.keys(TARGETS).join(', ')}`);
  // A run interrupted while another platform's addon stood in left this machine's aside: put it back.
  if (existsSync(HOST_ADDON)) renameSync(HOST_ADDON, ADDON);
  if (!existsSync(ADDON)) throw new Error(`${ADDON} is missing: run npm ci first`);
  if (target !== hostTarget() && !addon) {
    throw new Error(
      `this machine builds nodejieba for ${hostTarget()}; a ${target} package needs that platform's addon: ` +
        `--addon <nodejieba.node built on ${target}> (or run npm ci && npm run package on ${target})`,
    );
  }
  const carried = addon ? resolve(addon) : ADDON;
  const format = executableFormat(carried);
  if (format !== TARGETS[target]) throw new Error(`${carried} is ${format}, not the ${TARGETS[target]} of ${target}`);

  const out = vsixPath(target);
  const require = createRequire(import.meta.url);
  const vsce = join(dirname(require.resolve('@vscode/vsce/package.json')), 'vsce');
  if (addon) {
    renameSync(ADDON, HOST_ADDON);
    copyFileSync(carried, ADDON);
  }
  try {
    // --no-yarn: the lockfile is npm's. --no-rewrite-relative-links: vsce would point relative links at a
    // GitHub URL that an offline machine cannot reach. vsce runs `npm run vscode:prepublish` itself.
    const readme = writePackagedReadme();
    const args = ['package', '--no-yarn', '--no-rewrite-relative-links', '--readme-path', readme];
    args.push('--target', target, '--out', out);
    const result = spawnSync(process.execPath, [vsce, ...args], { cwd: repoRoot, stdio: 'inherit' });
    if (result.status !== 0) throw new Error(`vsce package failed (exit ${result.status ?? result.signal})`);
  } finally {
    if (addon) renameSync(HOST_ADDON, ADDON);
  }
  console.log(`${out} (${(statSync(out).size / 1024 / 1024).toFixed(1)} MB, ${target})`);
  return out;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    packageTarget(parseArgs(process.argv.slice(2)));
  } catch (error) {
    console.error(`package: ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  }
}
