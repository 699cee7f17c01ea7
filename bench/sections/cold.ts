// The first minute as a user meets it: a fresh dist/server.js, a draft opened the moment `initialize`
// is answered, and a hover asked every 50 ms from then on. What counts: spawn to the first diagnostics,
// spawn to the first hover with content, the slowest hover answer in the first seconds (the main thread
// must never be held up, by the dictionary or anything else), and the server's memory once all is loaded.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { request } from '../../test/server/lspWaits.js';
import { runServerOnce, startTimedServer } from '../lspTiming.js';
import { summarize } from '../measure.js';
import type { Row, Section } from '../report.js';

const RUNS = 3;
const HOVER_EVERY_MS = 50;
/** Long enough to cover indexing, the dictionary's load in its worker and the recheck after it. */
const WATCH_MS = 6000;
const DRAFT = 'test/fixtures/drafts/briefing-notes.md';
const TERM = '粤省事';

interface ColdRun {
  firstDiagnosticsMs: number;
  firstHoverMs?: number;
  worstHoverMs: number;
  rssMB?: number;
}

async function coldRun(repoRoot: string, indexCacheFolder: string, codeCacheFolder: string): Promise<ColdRun> {
  const timed = await startTimedServer(repoRoot, indexCacheFolder, codeCacheFolder);
  const { session } = timed;
  const uri = pathToFileURL(join(repoRoot, 'bench', '.generated', 'cold-start-draft.md')).toString();
  const text = readFileSync(join(repoRoot, DRAFT), 'utf8');
  session.open(uri, text);
  const diagnostics = timed.watch.version(uri, 1, 20_000).then((p) => p.at - timed.spawnedAt);
  const line = text.split('\n').findIndex((l) => l.includes(TERM));
  const position = { line, character: text.split('\n')[line].indexOf(TERM) + 1 };
  let firstHoverMs: number | undefined;
  let worstHoverMs = 0;
  const pending: Array<Promise<void>> = [];
  const until = performance.now() + WATCH_MS;
  while (performance.now() < until) {
    const asked = performance.now();
    pending.push(
      request<{ contents?: unknown } | null>(session, 'textDocument/hover', { textDocument: { uri }, position }, 20_000)
        .then((hover) => {
          const answered = performance.now();
          worstHoverMs = Math.max(worstHoverMs, answered - asked);
          if (hover?.contents && firstHoverMs === undefined) firstHoverMs = answered - timed.spawnedAt;
        })
        .catch(() => undefined),
    );
    await new Promise((resolve) => setTimeout(resolve, HOVER_EVERY_MS));
  }
  await Promise.all(pending);
  const firstDiagnosticsMs = await diagnostics;
  const rssMB = residentMB(session.process.pid);
  await session.stop();
  return { firstDiagnosticsMs, firstHoverMs, worstHoverMs, rssMB };
}

/** The process's resident set size now, from /proc (Linux); undefined elsewhere. */
function residentMB(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = /VmRSS:\s+(\d+)\s+kB/.exec(status)?.[1];
    return kb ? Number(kb) / 1024 : undefined;
  } catch {
    return undefined;
  }
}

export const coldSection: Section = {
  name: 'cold',
  title: `Cold start: fresh server, draft opened at once, a hover every ${HOVER_EVERY_MS} ms for ${WATCH_MS / 1000} s`,
  async run(context) {
    const cacheRoot = mkdtempSync(join(tmpdir(), 'policy-lens-cold-'));
    try {
      // An installation's first start: fresh cache folders each run, so no compiled code kept either;
      // the index the package ships (dist/index, built with the bundles) is there — every later start
      // restores the same way.
      const installed: ColdRun[] = [];
      for (let i = 0; i < RUNS; i++) {
        context.progress(`first start of an installation ${i + 1}/${RUNS}`);
        installed.push(await coldRun(context.repoRoot, join(cacheRoot, `fresh-${i}`), join(cacheRoot, `code-${i}`)));
      }
      // No index anywhere (POLICY_LENS_INDEX_CACHE=off): the corpus is indexed, as a user's own corpus is
      // the first time the server meets it. The server has run on this machine before (an unmeasured run
      // first), so its compiled code is kept, as it is for every start after an installation's first.
      const code = join(cacheRoot, 'code');
      context.progress('a first server run, which keeps its compiled code');
      await runServerOnce(context.repoRoot, code, readFileSync(join(context.repoRoot, DRAFT), 'utf8'));
      const indexing: ColdRun[] = [];
      for (let i = 0; i < RUNS; i++) {
        context.progress(`start with no index at all ${i + 1}/${RUNS}`);
        indexing.push(await coldRun(context.repoRoot, 'off', code));
      }
      return [
        ...rowsOf(installed, 'first start, shipped index', 'no compiled code kept yet'),
        ...rowsOf(indexing, 'no index stored or shipped', "the code an earlier run compiled kept (V8's code cache)"),
      ];
    } finally {
      rmSync(cacheRoot, { recursive: true, force: true });
    }
  },
};

function rowsOf(runs: readonly ColdRun[], which: string, code: string): Row[] {
  const median = (values: number[]) => summarize(values).median;
  const rows: Row[] = [
    {
      name: `${which}: spawn → first diagnostics`,
      value: median(runs.map((r) => r.firstDiagnosticsMs)),
      unit: 'ms',
      target: { max: 500 },
      note: `median of ${runs.length}; ${code}`,
    },
    {
      name: `${which}: spawn → first hover with content`,
      value: median(runs.flatMap((r) => (r.firstHoverMs === undefined ? [] : [r.firstHoverMs]))),
      unit: 'ms',
      target: { max: 500 },
      note: `median of ${runs.length}`,
    },
    {
      name: `${which}: slowest hover answer while starting`,
      value: Math.max(...runs.map((r) => r.worstHoverMs)),
      unit: 'ms',
      target: { max: 100 },
      note: `worst of ${runs.length} runs, hovers from the moment initialize is answered`,
    },
  ];
  const rss = runs.flatMap((r) => (r.rssMB === undefined ? [] : [r.rssMB]));
  if (rss.length > 0)
    rows.push({
      name: `${which}: server RSS, bundled corpus and dictionary loaded`,
      value: Math.max(...rss),
      unit: 'MB',
      target: { max: 200 },
      note: `after ${WATCH_MS / 1000} s; worst of ${runs.length}`,
    });
  return rows;
}
