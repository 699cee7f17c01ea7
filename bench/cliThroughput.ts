// `policy-lens check` on a folder of drafts beside textlint + textlint-rule-prh on the same folder with
// the same name dictionary. textlint is the bench's own dev dependency (bench/package.json, never the
// extension's): installed on demand with `npm ci --prefix bench`; when that fails its row says why.
import { runTimed } from './measure.js';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export interface ToolRun {
  readonly wallMs: number;
  readonly exitCode: number | null;
  readonly stdoutBytes: number;
  /** Findings counted from the tool's JSON report. */
  readonly findings: number;
  readonly files: number;
  /** The process's peak resident set, where the platform tells (Linux). */
  readonly peakRssMB?: number;
}

/**
 * `node dist/cli.js check <folder or file> --format json [extra…]`: exit 1 means findings, 2 a usage or
 * corpus error. The corpus index is kept in `indexCache` (a folder of the bench's, warm after the first run).
 */
export async function runPolicyLens(
  repoRoot: string,
  folder: string,
  timeoutMs: number,
  options: { extra?: readonly string[]; indexCache?: string } = {},
): Promise<ToolRun> {
  const run = await runTimed(
    process.execPath,
    [join(repoRoot, 'dist', 'cli.js'), 'check', folder, '--format', 'json', ...(options.extra ?? [])],
    { cwd: repoRoot, timeoutMs, env: { POLICY_LENS_INDEX_CACHE: options.indexCache ?? 'off' } },
  );
  if (run.exitCode !== 0 && run.exitCode !== 1)
    throw new Error(`policy-lens check exited with ${run.exitCode}: ${lastLines(run.stderr)}`);
  const report = JSON.parse(run.stdout) as Array<{ diagnostics: unknown[] }>;
  return {
    wallMs: run.wallMs,
    exitCode: run.exitCode,
    stdoutBytes: Buffer.byteLength(run.stdout),
    findings: report.reduce((sum, file) => sum + file.diagnostics.length, 0),
    files: report.length,
    peakRssMB: run.peakRssMB,
  };
}

/** textlint with only the prh rule, from bench/node_modules (so run from bench/). */
export async function runTextlint(
  benchDir: string,
  configPath: string,
  folder: string,
  timeoutMs: number,
): Promise<ToolRun> {
  const bin = join(benchDir, 'node_modules', 'textlint', 'bin', 'textlint.js');
  const run = await runTimed(process.execPath, [bin, '--config', configPath, '--format', 'json', folder], {
    cwd: benchDir,
    timeoutMs,
  });
  if (run.exitCode !== 0 && run.exitCode !== 1)
    throw new Error(`textlint exited with ${run.exitCode}: ${lastLines(run.stderr || run.stdout)}`);
  const report = JSON.parse(run.stdout) as Array<{ messages: unknown[] }>;
  return {
    wallMs: run.wallMs,
    exitCode: run.exitCode,
    stdoutBytes: Buffer.byteLength(run.stdout),
    findings: report.reduce((sum, file) => sum + file.messages.length, 0),
    files: report.length,
    peakRssMB: run.peakRssMB,
  };
}

export type TextlintInstall =
  { readonly ok: true; readonly installedMs?: number } | { readonly ok: false; readonly reason: string };

/** textlint and the prh rule in bench/node_modules, installed from bench/package-lock.json if missing. */
export async function ensureTextlint(benchDir: string, progress: (message: string) => void): Promise<TextlintInstall> {
  const installed = () =>
    ['textlint/bin/textlint.js', 'textlint-rule-prh/package.json'].every((file) =>
      existsSync(join(benchDir, 'node_modules', file)),
    );
  if (installed()) return { ok: true };
  progress('diagnostics: textlint missing, running npm ci --prefix bench');
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  try {
    // --include=dev: textlint is a devDependency, and NODE_ENV=production would otherwise leave it out.
    const run = await runTimed(npm, ['ci', '--prefix', benchDir, '--include=dev', '--no-audit', '--no-fund'], {
      cwd: benchDir,
      timeoutMs: 180_000,
    });
    if (run.exitCode !== 0)
      return {
        ok: false,
        reason: `npm ci --prefix bench failed (exit ${run.exitCode}): ${npmFailure(run.stderr || run.stdout)}`,
      };
    return installed()
      ? { ok: true, installedMs: run.wallMs }
      : { ok: false, reason: 'npm ci --prefix bench succeeded but textlint is still missing' };
  } catch (error) {
    return { ok: false, reason: `npm ci --prefix bench: ${(error as Error).message}` };
  }
}

/** npm's error code and message (`code ECONNREFUSED / FetchError: request to … failed`), not its stack. */
function npmFailure(output: string): string {
  const errors = output
    .split('\n')
    .filter((line) => line.startsWith('npm error '))
    .map((line) => line.slice('npm error '.length).trim());
  const telling = errors.filter((line) => /^code |^\w*Error: /.test(line));
  return telling.length > 0 ? telling.slice(0, 2).join(' / ') : lastLines(output);
}

function lastLines(text: string, count = 3): string {
  return text
    .trim()
    .split('\n')
    .filter((line) => !/^npm warn/i.test(line))
    .slice(-count)
    .join(' / ');
}
