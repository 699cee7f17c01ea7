// Timing and memory helpers shared by the benchmark sections and the child scripts they spawn.
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

const MB = 1024 * 1024;

export const toMB = (bytes: number): number => bytes / MB;

/** process.resourceUsage().maxRSS is in kilobytes. */
export const maxRssMB = (): number => process.resourceUsage().maxRSS / 1024;

/** Bytes of file contents as read from disk (strings counted as UTF-8). */
/** The corpus's size: a file on disk by its stamp (asking its content would read it, which a restore does not). */
export function contentBytes(
  files: ReadonlyArray<{ readonly content: Uint8Array | string; readonly stamp?: { readonly size: number } }>,
): number {
  return files.reduce((sum, file) => {
    if (file.stamp) return sum + file.stamp.size;
    return sum + (typeof file.content === 'string' ? Buffer.byteLength(file.content) : file.content.byteLength);
  }, 0);
}

export function timed<T>(run: () => T): { result: T; ms: number } {
  const started = performance.now();
  const result = run();
  return { result, ms: performance.now() - started };
}

let collect: (() => void) | undefined;

/**
 * A full garbage collection, so heap figures count what is retained rather than what is not yet
 * collected. Works without --expose-gc: the flag can be set at run time and `gc` read from a new context.
 */
export function forceGc(): void {
  if (!collect) {
    const exposed = (globalThis as { gc?: () => void }).gc;
    if (exposed) collect = exposed;
    else {
      setFlagsFromString('--expose-gc');
      collect = runInNewContext('gc') as () => void;
    }
  }
  collect();
}

export interface Summary {
  readonly min: number;
  readonly median: number;
  readonly max: number;
}

export function summarize(samples: readonly number[]): Summary {
  if (samples.length === 0) return { min: NaN, median: NaN, max: NaN };
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  return { min: sorted[0], median, max: sorted[sorted.length - 1] };
}

export interface Percentiles {
  readonly p50: number;
  readonly p95: number;
  readonly max: number;
}

/** Nearest-rank percentiles (p95 of 200 samples is the 190th smallest), for request latencies. */
export function percentiles(samples: readonly number[]): Percentiles {
  if (samples.length === 0) return { p50: NaN, p95: NaN, max: NaN };
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = (p: number) => sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)];
  return { p50: rank(50), p95: rank(95), max: sorted[sorted.length - 1] };
}

export class ChildTimeout extends Error {
  constructor(
    readonly script: string,
    readonly timeoutMs: number,
  ) {
    super(`${script} did not finish within ${Math.round(timeoutMs / 1000)} s`);
  }
}

/** Each script's esbuild bundle (bench/run.mjs), built once per bench run. */
const bundles = new Map<string, string>();

function bundled(script: string): string {
  let bundle = bundles.get(script);
  if (bundle === undefined) {
    const run = spawnSync(process.execPath, [join(__dirname, 'run.mjs'), '--bundle-only', script], {
      encoding: 'utf8',
    });
    if (run.status !== 0) throw new Error(`bundling ${script} failed: ${run.stderr.trim()}`);
    bundle = run.stdout.trim();
    bundles.set(script, bundle);
  }
  return bundle;
}

/**
 * Runs a TypeScript script in a fresh Node process, from its esbuild bundle as the server runs
 * (`node --expose-gc bundle ...args`), and parses the JSON on the last line of its stdout. A fresh
 * process is the only honest place for a cold start (the jieba dictionary, the JIT) and for a peak RSS
 * that belongs to one job.
 */
export async function runScript<T>(
  script: string,
  args: readonly string[],
  options: { cwd: string; timeoutMs: number },
): Promise<{ result: T; wallMs: number }> {
  const run = await runTimed(process.execPath, ['--expose-gc', bundled(script), ...args], options).catch(
    (error: unknown) => {
      throw error instanceof TimedOut ? new ChildTimeout(script, options.timeoutMs) : error;
    },
  );
  const last = run.stdout.trim().split('\n').at(-1) ?? '';
  try {
    if (run.exitCode !== 0) throw new Error(`exit code ${run.exitCode}`);
    return { result: JSON.parse(last) as T, wallMs: run.wallMs };
  } catch (error) {
    throw new Error(
      `${script} failed (${(error as Error).message}): ${run.stderr.trim().split('\n').slice(-5).join('\n')}`,
    );
  }
}

class TimedOut extends Error {}

/** A child process, its stdout kept (both tools print a JSON report), timed from spawn to exit. */
export function runTimed(
  command: string,
  args: readonly string[],
  options: { cwd: string; timeoutMs: number; env?: NodeJS.ProcessEnv },
): Promise<{ wallMs: number; exitCode: number | null; stdout: string; stderr: string; peakRssMB?: number }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, {
      cwd: options.cwd,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, ...options.env },
    });
    // The child's peak resident set (VmHWM, Linux), read every few milliseconds until it exits: the last
    // reading before exit is the figure (it may miss growth in the final milliseconds).
    let peakRssMB: number | undefined;
    const watchMemory = setInterval(() => {
      try {
        const kb = /VmHWM:\s+(\d+)\s+kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1];
        if (kb) peakRssMB = Math.max(peakRssMB ?? 0, Number(kb) / 1024);
      } catch {
        // not Linux, or the child has exited
      }
    }, 5);
    const stdout: Buffer[] = [];
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, options.timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      clearInterval(watchMemory);
      reject(error);
    });
    child.on('close', (exitCode) => {
      clearTimeout(timer);
      clearInterval(watchMemory);
      const wallMs = performance.now() - started;
      if (timedOut)
        return reject(
          new TimedOut(
            `${[command, ...args].join(' ')} did not finish within ${Math.round(options.timeoutMs / 1000)} s`,
          ),
        );
      resolve({ wallMs, exitCode, stdout: Buffer.concat(stdout).toString('utf8'), stderr, peakRssMB });
    });
  });
}
