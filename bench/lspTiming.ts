// The built server (dist/server.js) over stdio, through the server tests' client, with the clock
// started at spawn and a watch on publishDiagnostics that records when each publication arrived.
import { pathToFileURL } from 'node:url';
import type { CorpusStatus } from '../server/src/protocol.js';
import { startServer, type ServerSession } from '../test/server/lspClient.js';
import { request, within } from '../test/server/lspWaits.js';

export interface PublishedDiagnostic {
  readonly code?: string | number;
  readonly range: {
    readonly start: { line: number; character: number };
    readonly end: { line: number; character: number };
  };
  readonly message: string;
}

export interface Publication {
  readonly version?: number;
  readonly diagnostics: readonly PublishedDiagnostic[];
  /** performance.now() when the client read it off the pipe. */
  readonly at: number;
}

/**
 * The latest publishDiagnostics per document, and promises for a version yet to come. A handler of
 * its own for the method replaces the client's catch-all one for it, so the session's `diagnostics`
 * map and `notifications` list are kept up to date here as well.
 */
export class DiagnosticsWatch {
  private readonly latest = new Map<string, Publication>();
  private waiters: Array<{ uri: string; version: number; resolve: (publication: Publication) => void }> = [];

  constructor(session: ServerSession) {
    session.connection.onNotification(
      'textDocument/publishDiagnostics',
      (params: { uri: string; version?: number; diagnostics: PublishedDiagnostic[] }) => {
        const publication: Publication = {
          version: params.version,
          diagnostics: params.diagnostics,
          at: performance.now(),
        };
        session.notifications.push({ method: 'textDocument/publishDiagnostics', params });
        session.diagnostics.set(params.uri, params.diagnostics);
        this.latest.set(params.uri, publication);
        this.waiters = this.waiters.filter((waiter) => {
          if (waiter.uri !== params.uri || (params.version ?? 0) < waiter.version) return true;
          waiter.resolve(publication);
          return false;
        });
      },
    );
  }

  /** The publication for `version` of the document (or a later one), within `ms`. */
  version(uri: string, version: number, ms = 10_000): Promise<Publication> {
    const latest = this.latest.get(uri);
    if (latest && (latest.version ?? 0) >= version) return Promise.resolve(latest);
    const publication = new Promise<Publication>((resolve) => this.waiters.push({ uri, version, resolve }));
    return within(publication, `diagnostics for version ${version} of ${uri}`, ms);
  }
}

export interface TimedSession {
  readonly session: ServerSession;
  readonly watch: DiagnosticsWatch;
  /** performance.now() just before the spawn. */
  readonly spawnedAt: number;
  /** Spawn to the answer to `initialize`. */
  readonly initializeMs: number;
  /** Spawn to the first policyLens/corpusStatus notification, with its state. */
  readonly corpusStatus: Promise<{ ms: number; state: string; documents: number; indexMs?: number }>;
}

export async function startTimedServer(
  rootPath: string,
  indexCacheFolder?: string,
  codeCacheFolder?: string,
): Promise<TimedSession> {
  const spawnedAt = performance.now();
  const session = await startServer({ rootPath, indexCacheFolder, codeCacheFolder });
  const initializeMs = performance.now() - spawnedAt;
  // The status cannot have arrived yet: the server sends it only after `initialized`, which went out
  // just now, and the client reads messages in later turns of the event loop.
  const corpusStatus = session.ready.then((status) => ({
    ...(status as CorpusStatus),
    ms: performance.now() - spawnedAt,
  }));
  return { session, watch: new DiagnosticsWatch(session), spawnedAt, initializeMs, corpusStatus };
}

/**
 * Spawn to the first hover with content on `term`, in a small draft opened right after `initialize`
 * and asked again every `pollMs` until the corpus is indexed; undefined after `limitMs`.
 */
export async function firstHoverMs(
  timed: TimedSession,
  draftFolder: string,
  term: string,
  limitMs = 20_000,
  pollMs = 5,
): Promise<number | undefined> {
  const uri = pathToFileURL(`${draftFolder}/first-hover-probe.md`).toString();
  const text = `推进“${term}”建设。\n`;
  timed.session.open(uri, text);
  const position = { line: 0, character: text.indexOf(term) + 1 };
  for (;;) {
    const hover = await request<{ contents?: unknown } | null>(
      timed.session,
      'textDocument/hover',
      { textDocument: { uri }, position },
      limitMs,
    );
    const now = performance.now();
    if (hasContent(hover)) return now - timed.spawnedAt;
    if (now - timed.spawnedAt > limitMs) return undefined;
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
}

function hasContent(hover: { contents?: unknown } | null): boolean {
  const contents = hover?.contents;
  if (!contents) return false;
  if (typeof contents === 'string') return contents.length > 0;
  if (Array.isArray(contents)) return contents.length > 0;
  return (
    typeof contents === 'object' &&
    'value' in contents &&
    typeof contents.value === 'string' &&
    contents.value.length > 0
  );
}

/**
 * A clause lookup builds the clause search index at once (jieba dictionary included), which the server
 * otherwise builds in steps after its first answers: latencies measured afterwards are not slowed by it.
 */
export async function finishBackgroundWork(session: ServerSession): Promise<number> {
  const started = performance.now();
  await request(session, 'policyLens/lookupClauses', { query: '一网统管', limit: 1 }, 60_000);
  return performance.now() - started;
}

/** Round trips of one request at a time: each sent only when the last is answered. */
export async function roundTrips<P, R>(
  session: ServerSession,
  method: string,
  params: readonly P[],
  answered: (result: R) => boolean,
): Promise<{ samples: number[]; answered: number }> {
  const samples: number[] = [];
  let withContent = 0;
  for (const param of params) {
    const started = performance.now();
    const result = await request<R>(session, method, param, 10_000);
    samples.push(performance.now() - started);
    if (answered(result)) withContent++;
  }
  return { samples, answered: withContent };
}

/**
 * A server run as on a machine where the server has run before: one started, given `draft` to check,
 * and let exit, so that `codeCacheFolder` holds its compiled code (server/src/launchWithCodeCache.ts).
 * The later starts that name the folder are then timed as a user's every start after the first is.
 */
export async function runServerOnce(rootPath: string, codeCacheFolder: string, draft: string): Promise<void> {
  const timed = await startTimedServer(rootPath, 'off', codeCacheFolder);
  try {
    const uri = pathToFileURL(`${rootPath}/code-cache-probe.md`).toString();
    timed.session.open(uri, draft);
    await timed.watch.version(uri, 1, 20_000);
  } finally {
    await timed.session.stop();
  }
}
