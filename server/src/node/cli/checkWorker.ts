// A check worker of the CLI: restores the corpus index its parent stored, checks its share of the drafts
// and posts each draft's findings on its port, waking the parent (which waits on `signal`) after each.
import { MessagePort, workerData } from 'node:worker_threads';
import { draftDocument } from '../../service/features/documentText.js';
import type { Locale } from '../../service/l10n.js';
import type { ParsedArgs } from './args.js';
import { loadServiceForCli } from './loadService.js';

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
  | { readonly index: number; readonly findings: unknown[] }
  | { readonly error: string; readonly warnings?: undefined }
  | { readonly warnings: string[] };

function run({ corpus, indexFolder, locale, jobs, port, signal }: CheckWorkerInput): void {
  const post = (message: CheckWorkerMessage) => {
    port.postMessage(message);
    Atomics.add(signal, 0, 1);
    Atomics.notify(signal, 0);
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
    for (const job of jobs) post({ index: job.index, findings: service.check(draftDocument(job.uri, 0, job.text)) });
  } catch (error) {
    post({ error: String((error as Error).stack ?? error) });
  }
}

run(workerData as CheckWorkerInput);
