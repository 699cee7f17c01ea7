// `check` on every core: the drafts shared among worker threads, each restoring the corpus index the
// main thread stored (so the corpus is indexed once), the findings gathered in the drafts' order — the
// report is the same as a single thread's (tested). The main thread waits synchronously (Atomics.wait
// and receiveMessageOnPort), so `check` stays one synchronous run.
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import type { Locale } from '../../service/l10n.js';
import type { CheckJob, CheckWorkerInput, CheckWorkerMessage } from './checkWorker.js';
import type { CachedFindings } from './resultsCache.js';

/** Below this much text, starting workers (each restores the index: ~0.1 s) costs more than it saves. */
const MIN_BYTES = 512 * 1024;
const MIN_DRAFTS = 4;
/** No word from any worker for this long: they are given up and the main thread checks the rest. */
const STALL_MS = 120_000;

/** How many workers for these drafts: `--concurrency` (a number, auto or off), auto by size and cores. */
export function workerCount(setting: string | undefined, drafts: number, bytes: number): number {
  if (setting === 'off') return 0;
  const cores = availableParallelism();
  if (setting && setting !== 'auto') return Math.max(0, Math.min(Number.parseInt(setting, 10) || 0, drafts));
  if (cores < 2 || drafts < MIN_DRAFTS || bytes < MIN_BYTES) return 0;
  return Math.min(cores, drafts);
}

/** Whether the worker script sits beside this bundle (not when run from source). */
export function workersAvailable(): boolean {
  return existsSync(join(__dirname, 'checkWorker.js'));
}

export interface WorkerRun {
  /** Findings per job index, as their report; missing where a worker failed (the caller checks those itself). */
  readonly findings: Map<number, CachedFindings>;
  readonly errors: string[];
  readonly warnings: string[];
}

export function checkInWorkers(
  jobs: readonly CheckJob[],
  threads: number,
  setup: { corpus: CheckWorkerInput['corpus']; indexFolder: string; locale: Locale },
): WorkerRun {
  const signal = new Int32Array(new SharedArrayBuffer(4));
  // Largest drafts first, dealt round-robin: shares of about equal size.
  const shares: CheckJob[][] = Array.from({ length: threads }, () => []);
  [...jobs].sort((a, b) => b.text.length - a.text.length).forEach((job, i) => shares[i % threads].push(job));
  const ports: MessagePort[] = [];
  const workers: Worker[] = [];
  const findings = new Map<number, CachedFindings>();
  const errors: string[] = [];
  const warnings = new Set<string>();
  let pending = threads;
  try {
    for (const share of shares) {
      const { port1, port2 } = new MessageChannel();
      const input: CheckWorkerInput = { ...setup, jobs: share, port: port2, signal };
      const worker = new Worker(join(__dirname, 'checkWorker.js'), { workerData: input, transferList: [port2] });
      worker.unref();
      workers.push(worker);
      ports.push(port1);
    }
    // A worker is done when it has posted each of its drafts, or an error.
    const left = shares.map((share) => share.length);
    pending = left.filter((count) => count > 0).length;
    while (pending > 0) {
      // Read before draining: a message posted after this makes the wait below return at once.
      const seen = Atomics.load(signal, 0);
      ports.forEach((port, w) => {
        for (let message = receiveMessageOnPort(port); message; message = receiveMessageOnPort(port)) {
          const body = message.message as CheckWorkerMessage;
          if ('warnings' in body && body.warnings) for (const line of body.warnings) warnings.add(line);
          else if ('error' in body) {
            errors.push(body.error);
            if (left[w] > 0) pending--;
            left[w] = 0;
          } else {
            findings.set(body.index, body.findings);
            if (--left[w] === 0) pending--;
          }
        }
      });
      if (pending === 0) break;
      if (Atomics.wait(signal, 0, seen, STALL_MS) === 'timed-out') {
        errors.push(`no answer from the check workers for ${STALL_MS / 1000} s`);
        break;
      }
    }
  } catch (error) {
    errors.push(String(error));
  } finally {
    for (const worker of workers) void worker.terminate();
  }
  return { findings, errors, warnings: [...warnings] };
}
