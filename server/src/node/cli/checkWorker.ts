// A check worker of the CLI: restores the corpus index its parent stored, checks its share of the drafts
// and posts each draft's findings on its port, waking the parent (which waits on `signal`) after each.
// The findings go as their JSON report's bytes, moved and not copied: cloning the objects cost the
// workers a seventh of their time, and the parent would only have written them out as that report.
import { MessagePort, workerData } from 'node:worker_threads';
import { draftDocument } from '../../service/features/documentText.js';
import type { Locale } from '../../service/l10n.js';
import type { ParsedArgs } from './args.js';
import { loadServiceForCli } from './loadService.js';
import type { PolicyDiagnostic } from '../../service/checks/finding.js';
import { isSevere, reportOf, type CachedFindings } from './resultsCache.js';

export interface CheckJob {
  /** The draft's place in the parent's list. */
  readonly index: number;
  readonly uri: string;
  readonly text: string;
}

export interface CheckWorkerInput {
  readonly corpus: { readonly folders: readonly string[]; readonly noBundled: boolean };
  readonly indexFolder: string;
  readonly locale: Locale;
  readonly jobs: readonly CheckJob[];
  readonly port: MessagePort;
  readonly signal: Int32Array;
}

export type CheckWorkerMessage =
  | { readonly index: number; readonly findings: CachedFindings }
  | { readonly error: string; readonly warnings?: undefined }
  | { readonly warnings: string[] };

/**
 * The findings' report in a buffer of its own: a short one from Buffer.from would be a slice of the
 * process's shared pool, which moving would take from every other buffer in it.
 */
function movable(findings: readonly PolicyDiagnostic[]): CachedFindings {
  const report = reportOf(findings);
  const bytes = Buffer.allocUnsafeSlow(Buffer.byteLength(report, 'utf8'));
  bytes.write(report, 'utf8');
  return { severe: isSevere(findings), report: bytes };
}

/**
 * How often the parent is woken while a worker posts. Each wake-up was a thread switch on a core the
 * workers need: waking it after every draft cost each worker an eighth of its time. The parent only
 * gathers, and tells a stalled worker by a long silence, so a second between wake-ups is plenty.
 */
const WAKE_EVERY_MS = 1000;

function run({ corpus, indexFolder, locale, jobs, port, signal }: CheckWorkerInput): void {
  let woken = performance.now();
  let left = jobs.length;
  const post = (message: CheckWorkerMessage) => {
    port.postMessage(message, 'findings' in message ? [message.findings.report.buffer as ArrayBuffer] : []);
    Atomics.add(signal, 0, 1);
    if ('findings' in message) left--;
    // The last draft's findings and an error always wake it: the parent then stops waiting for this worker.
    const now = performance.now();
    if (left === 0 || 'error' in message || now - woken >= WAKE_EVERY_MS) {
      woken = now;
      Atomics.notify(signal, 0);
    }
  };
  try {
    const warnings: string[] = [];
    const args: ParsedArgs = {
      positionals: [],
      options: new Map([['corpus', [...corpus.folders]]]),
      flags: new Set(corpus.noBundled ? ['no-bundled'] : []),
    };
    const service = loadServiceForCli(args, (line) => warnings.push(line), locale, indexFolder).service();
    if (warnings.length > 0) post({ warnings });
    for (const job of jobs)
      post({ index: job.index, findings: movable(service.check(draftDocument(job.uri, 0, job.text))) });
  } catch (error) {
    post({ error: String((error as Error).stack ?? error) });
  }
}

run(workerData as CheckWorkerInput);
