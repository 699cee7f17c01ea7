// Runs the BUILT command line (dist/cli.js) as a user does. When a CLI test file runs alone, the bundle
// is built if it is missing (never rebuilt: other server tests may be using it).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export const REPO = join(__dirname, '..', '..', '..');
export const CLI = join(REPO, 'dist', 'cli.js');

export interface Run {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export function ensureBuilt(): void {
  if (existsSync(CLI)) return;
  const build = spawnSync(process.execPath, ['esbuild.mjs'], { cwd: REPO, encoding: 'utf8' });
  assert.equal(build.status, 0, build.stderr);
}

/** The environment's locale, as the CLI reads it when there is no --lang: Chinese unless a test says otherwise. */
const CHINESE_LOCALE: NodeJS.ProcessEnv = { LC_ALL: '', LC_MESSAGES: '', LANG: 'zh_CN.UTF-8' };

export function runCli(args: readonly string[], cwd = REPO, env: NodeJS.ProcessEnv = {}): Run {
  const run = spawnSync(process.execPath, [CLI, ...args], {
    cwd,
    encoding: 'utf8',
    timeout: 120_000,
    // No index kept between runs unless a test asks for it (POLICY_LENS_INDEX_CACHE or --cache-location):
    // every test starts from the same state; the caches have tests of their own.
    env: { ...process.env, ...CHINESE_LOCALE, POLICY_LENS_INDEX_CACHE: 'off', ...env },
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}
