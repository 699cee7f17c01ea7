// npm run soak [-- --edits N --seed S]: the BUILT server (dist/server.js) over stdio, a ~100 KB draft
// made at run time from the bundled corpus and the example drafts, N random incremental edits typed in
// bursts and pauses, and hover, definition, completion, outline and code-action requests sent among
// them without waiting for their answers. Prints latency per request kind (p50/p95/max), the server's
// RSS every 1,000 edits and the errors; at the end checks that the server's text is the client's
// (policyLens/documentDigest) and that the last version gets its diagnostics. Exits 1 on an error, a
// mismatch or a dead server; a latency over its target is printed, not fatal (machines differ).
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic, Range } from 'vscode-languageserver-types';
import { DocumentDigestRequest } from '../server/src/protocol.js';
import { REPO, startServer, type ServerSession } from '../test/server/lspClient.js';
import { until, within } from '../test/server/lspWaits.js';
import { readFixtureDrafts } from './fixtureDrafts.js';
import { mulberry32 } from './random.js';

const DRAFT_BYTES = 100 * 1024;
const RSS_EVERY = 1_000;
/** Chance that an edit is followed by a request, and by a pause long enough for a check to start. */
const REQUEST_CHANCE = 0.25;
const PAUSE_CHANCE = 0.15;
/** Requests answered in time while the drafter types: p95 ≤ 5 ms (issue 12; issue 11 asked 20 ms of the hover). */
const TARGETS: Partial<Record<Kind, number>> = { hover: 5, definition: 5, completion: 5 };
/** Names of the bundled corpus: hovers and definitions are asked on them half of the time. */
const NAMES = ['粤省事', '粤商通', '粤政易', '一网统管', '数字政府', '政务服务', '省政务服务数据管理局', '一网通办'];
const KINDS = ['hover', 'definition', 'completion', 'documentSymbol', 'codeAction'] as const;
type Kind = (typeof KINDS)[number];

interface Options {
  readonly edits: number;
  readonly seed: number;
}

function options(): Options {
  const { values } = parseArgs({
    options: { edits: { type: 'string', default: '10000' }, seed: { type: 'string', default: '1' } },
  });
  const edits = Number(values.edits);
  const seed = Number(values.seed);
  if (!Number.isInteger(edits) || edits < 1 || !Number.isInteger(seed))
    throw new Error('usage: npm run soak -- [--edits N] [--seed S]');
  return { edits, seed };
}

/** The bodies of the bundled corpus and the example drafts, in a seeded order, until the draft is ~100 KB. */
function sourceTexts(): string[] {
  const corpus = join(REPO, 'corpus');
  const bodies = readdirSync(corpus)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => readFileSync(join(corpus, name), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, ''));
  const examples = readdirSync(join(REPO, 'examples'))
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => readFileSync(join(REPO, 'examples', name), 'utf8'));
  return [...bodies, ...examples, ...readFixtureDrafts(REPO).map((draft) => draft.text)];
}

function buildDraft(sources: readonly string[], random: () => number): string {
  const paragraphs = sources.flatMap((text) => text.split(/\n{2,}/)).filter((p) => p.trim());
  const out: string[] = [];
  let bytes = 0;
  while (bytes < DRAFT_BYTES) {
    const next = paragraphs[Math.floor(random() * paragraphs.length)];
    out.push(next);
    bytes += Buffer.byteLength(next) + 2;
  }
  return out.join('\n\n') + '\n';
}

/** Seeded random edits near a cursor that sometimes jumps: keystrokes, backspaces, pastes, cuts. */
class Typist {
  private cursor = 0;
  constructor(
    private readonly random: () => number,
    private readonly pool: string,
    private readonly length: number,
  ) {}

  next(document: TextDocument): { range: Range; text: string } {
    const text = document.getText();
    const r = this.random();
    if (r < 0.1 || this.cursor > text.length) this.cursor = Math.floor(this.random() * (text.length + 1));
    // The draft stays about its size: more cutting when it has grown, more pasting when it has shrunk.
    const grow = text.length < this.length * 0.8 ? 0.3 : text.length > this.length * 1.2 ? -0.3 : 0;
    const kind = this.random() - grow;
    let start = this.cursor;
    let end = this.cursor;
    let insert = '';
    if (kind < 0.5) insert = this.snippet(1, 3);
    else if (kind < 0.7) start = Math.max(0, end - 1 - Math.floor(this.random() * 3));
    else if (kind < 0.8) insert = this.snippet(5, 200);
    else if (kind < 0.9) end = Math.min(text.length, start + 1 + Math.floor(this.random() * 300));
    else {
      end = Math.min(text.length, start + 1 + Math.floor(this.random() * 20));
      insert = this.snippet(1, 20);
    }
    this.cursor = start + insert.length;
    return { range: { start: document.positionAt(start), end: document.positionAt(end) }, text: insert };
  }

  private snippet(min: number, max: number): string {
    const length = min + Math.floor(this.random() * (max - min + 1));
    const special = ['\n', '\n\n', '“', '”', '。', '（一）', '2025年', '100万'];
    if (length <= 3 && this.random() < 0.2) return special[Math.floor(this.random() * special.length)];
    const from = Math.floor(this.random() * (this.pool.length - length));
    return this.pool.slice(from, from + length);
  }
}

interface Tally {
  readonly latencies: Record<Kind, number[]>;
  errors: string[];
  inFlight: Set<Promise<void>>;
}

/** A request of a random kind at a position of the current text, timed; not waited for. */
function sendRequest(session: ServerSession, document: TextDocument, random: () => number, tally: Tally): void {
  const kind = KINDS[Math.floor(random() * KINDS.length)];
  const text = document.getText();
  const textDocument = { uri: document.uri };
  const position = () => {
    const name = NAMES[Math.floor(random() * NAMES.length)];
    const at = random() < 0.5 ? text.indexOf(name, Math.floor(random() * text.length)) : -1;
    return document.positionAt(at >= 0 ? at + 1 : Math.floor(random() * (text.length + 1)));
  };
  let params: unknown;
  if (kind === 'documentSymbol') params = { textDocument };
  else if (kind === 'codeAction') {
    const line = position().line;
    const range = { start: { line, character: 0 }, end: { line: line + 1, character: 0 } };
    const published = (session.diagnostics.get(document.uri) ?? []) as Diagnostic[];
    const diagnostics = published.filter((d) => d.range.start.line === line);
    params = { textDocument, range, context: { diagnostics } };
  } else params = { textDocument, position: position() };
  const started = performance.now();
  const answered = session.connection
    .sendRequest(`textDocument/${kind}`, params)
    .then(
      () => void tally.latencies[kind].push(performance.now() - started),
      (error: Error) => void tally.errors.push(`${kind}: ${error.message}`),
    )
    .finally(() => tally.inFlight.delete(answered));
  tally.inFlight.add(answered);
}

function residentMB(pid: number | undefined): number | undefined {
  try {
    const kb = /VmRSS:\s+(\d+)\s+kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb ? Math.round(Number(kb) / 1024) : undefined;
  } catch {
    return undefined; // not Linux: no figure
  }
}

const percentile = (sorted: readonly number[], p: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : NaN;
const ms = (value: number) => (Number.isNaN(value) ? '-' : value.toFixed(1));
const sleep = (delay: number) => new Promise((resolve) => setTimeout(resolve, delay));

async function main(): Promise<number> {
  const { edits, seed } = options();
  const random = mulberry32(seed);
  const sources = sourceTexts();
  const text = buildDraft(sources, random);
  const typist = new Typist(random, sources.join('\n'), text.length);
  const folder = mkdtempSync(join(tmpdir(), 'policy-lens-soak-'));
  const uri = pathToFileURL(join(folder, 'soak.md')).toString();
  let document = TextDocument.create(uri, 'markdown', 1, text);
  const tally: Tally = {
    latencies: { hover: [], definition: [], completion: [], documentSymbol: [], codeAction: [] },
    errors: [],
    inFlight: new Set(),
  };
  console.log(`soak: ${edits} edits, seed ${seed}, draft ${Math.round(Buffer.byteLength(text) / 1024)} KB`);
  const session = await startServer({ rootPath: folder });
  const started = performance.now();
  try {
    await within(session.ready, 'the corpus indexed', 60_000);
    session.open(uri, text);
    for (let i = 1; i <= edits; i++) {
      const change = typist.next(document);
      document = TextDocument.update(document, [change], document.version + 1);
      void session.connection.sendNotification('textDocument/didChange', {
        textDocument: { uri, version: document.version },
        contentChanges: [change],
      });
      if (random() < REQUEST_CHANCE) sendRequest(session, document, random, tally);
      // Typing: most keystrokes a few ms apart, some pauses long enough for the check to start.
      await sleep(random() < PAUSE_CHANCE ? 30 + random() * 170 : random() * 3);
      if (i % RSS_EVERY === 0)
        console.log(
          `  ${i} edits: server RSS ${residentMB(session.process.pid) ?? '?'} MB, ${tally.inFlight.size} requests in flight, ${((performance.now() - started) / 1000).toFixed(0)} s`,
        );
      if (session.process.exitCode !== null) throw new Error(`the server exited (${session.process.exitCode})`);
    }
    await within(Promise.all(tally.inFlight), 'the last answers', 30_000).catch((error: Error) =>
      tally.errors.push(`${tally.inFlight.size} requests unanswered: ${error.message}`),
    );
    const digest = await within(
      session.connection.sendRequest(DocumentDigestRequest.type, { uri }),
      'the server’s digest',
    );
    const mine = {
      version: document.version,
      length: document.getText().length,
      sha256: createHash('sha256').update(document.getText()).digest('hex'),
    };
    const same = JSON.stringify(digest) === JSON.stringify(mine);
    const diagnosed = await until(
      'diagnostics of the last version',
      () =>
        session.notifications.some(
          (n) =>
            n.method === 'textDocument/publishDiagnostics' &&
            (n.params as { uri: string; version?: number }).uri === uri &&
            (n.params as { version?: number }).version === document.version,
        ),
      60_000,
    ).catch((error: Error) => void tally.errors.push(error.message));
    report(tally, performance.now() - started);
    console.log(
      `text: ${same ? 'the server’s equals the client’s' : 'MISMATCH'} (version ${mine.version}, ${mine.length} characters)`,
    );
    if (!same) console.log(`  server: ${JSON.stringify(digest)}\n  client: ${JSON.stringify(mine)}`);
    if (diagnosed) console.log('diagnostics: published for the last version');
    return tally.errors.length === 0 && same ? 0 : 1;
  } finally {
    await session.stop();
    rmSync(folder, { recursive: true, force: true });
  }
}

function report(tally: Tally, elapsed: number): void {
  console.log(`\n${(elapsed / 1000).toFixed(0)} s. Latency per request kind (ms, from send to answer):`);
  console.log('  kind            count     p50     p95     max   target');
  for (const kind of KINDS) {
    const sorted = [...tally.latencies[kind]].sort((a, b) => a - b);
    const p95 = percentile(sorted, 95);
    const target = TARGETS[kind];
    const verdict = target === undefined ? '' : `p95 ≤ ${target}: ${p95 <= target ? 'met' : 'MISSED'}`;
    console.log(
      `  ${kind.padEnd(14)} ${String(sorted.length).padStart(6)} ${ms(percentile(sorted, 50)).padStart(7)} ${ms(p95).padStart(7)} ${ms(sorted.at(-1) ?? NaN).padStart(7)}   ${verdict}`,
    );
  }
  console.log(`errors: ${tally.errors.length}`);
  for (const error of tally.errors.slice(0, 10)) console.log(`  ${error}`);
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
