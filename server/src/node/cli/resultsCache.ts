// `check --cache`: each draft's findings kept on disk, keyed by the corpus fingerprint (every corpus file,
// the registry, the language, the engine's build) and the draft itself, as ESLint and textlint keep
// theirs. A draft whose size and modification time are those stored is unchanged without being read
// (ESLint's default "metadata" strategy); otherwise its content hash decides (a fresh clone's new
// modification times cost a read, not a check). When every draft is unchanged the corpus is not even
// loaded. The findings are kept as the JSON report prints them, so a re-run copies them out as they are.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { PolicyDiagnostic } from '../../service/checks/finding.js';
import type { CorpusProblem } from '../../service/model.js';

const FORMAT = 3;
/** The cache's file in --cache-location, named by its format (another format's file is left alone). */
export const RESULTS_FILE = `results.v${FORMAT}`;

/** How --cache tells a draft unchanged (--cache-strategy, as ESLint's). */
export type CacheStrategy = 'metadata' | 'content';

/** A draft file's size and modification time. */
export interface FileStamp {
  readonly size: number;
  readonly mtimeMs: number;
}

/** A draft's stored findings. */
export interface CachedFindings {
  /** Whether any is a warning or an error (the exit code), known without reading them. */
  readonly severe: boolean;
  /** The findings as the JSON report prints them (reportOf), in UTF-8: copied out without decoding. */
  readonly report: Uint8Array;
}

interface Entry extends CachedFindings, FileStamp {
  readonly hash: string;
}

interface Header {
  readonly format: number;
  readonly corpus: string;
  /** The corpus's problems (printed by every run, and exit code 2 on errors). */
  readonly problems?: CorpusProblem[];
}

export class ResultsCache {
  private header: Header;
  private readonly entries = new Map<string, Entry>();
  private changed = false;

  /** The cache file for this corpus (read now; a file of another corpus or format is started afresh). */
  constructor(
    private readonly path: string,
    corpus: string,
    private readonly strategy: CacheStrategy = 'metadata',
  ) {
    this.header = { format: FORMAT, corpus };
    try {
      const read = readEntries(readFileSync(path));
      if (read.header.format === FORMAT && read.header.corpus === corpus) {
        this.header = read.header;
        for (const [file, entry] of read.entries) this.entries.set(file, entry);
      }
    } catch {
      // none yet, unreadable or damaged: start afresh (it is only a cache)
      this.entries.clear();
    }
  }

  get problems(): CorpusProblem[] | undefined {
    return this.header.problems;
  }

  set problems(problems: CorpusProblem[]) {
    this.header = { ...this.header, problems };
    this.changed = true;
  }

  /** The findings of a draft unchanged by its size and modification time (none with the content strategy). */
  byStamp(path: string, stamp: FileStamp): CachedFindings | undefined {
    if (this.strategy !== 'metadata') return undefined;
    const entry = this.entries.get(path);
    return entry && entry.size === stamp.size && entry.mtimeMs === stamp.mtimeMs ? entry : undefined;
  }

  /** The findings of a draft unchanged by its content; its new stamp is kept. */
  byContent(path: string, text: string, stamp: FileStamp): CachedFindings | undefined {
    const entry = this.entries.get(path);
    if (!entry || entry.hash !== hashOf(text)) return undefined;
    if (entry.size !== stamp.size || entry.mtimeMs !== stamp.mtimeMs) {
      this.entries.set(path, { ...entry, ...stampOf(stamp) });
      this.changed = true;
    }
    return entry;
  }

  remember(path: string, text: string, stamp: FileStamp, findings: CachedFindings): void {
    this.entries.set(path, { ...stampOf(stamp), hash: hashOf(text), severe: findings.severe, report: findings.report });
    this.changed = true;
  }

  /** Writes the cache if anything changed (whole, then renamed). Returns the error, if it could not. */
  save(): Error | undefined {
    if (!this.changed) return undefined;
    try {
      mkdirSync(dirname(this.path), { recursive: true });
      const temporary = `${this.path}.${process.pid}.tmp`;
      writeFileSync(temporary, writeEntries(this.header, this.entries));
      renameSync(temporary, this.path);
      this.changed = false;
      return undefined;
    } catch (error) {
      return error as Error;
    }
  }
}

/** A draft's findings as the JSON report shows them, each with its line and column counted from 1. */
export function reportOf(findings: readonly PolicyDiagnostic[]): string {
  const shown = findings.map((f) => ({
    line: f.range.start.line + 1,
    column: f.range.start.character + 1,
    range: f.range,
    severity: f.severity,
    code: f.code,
    message: f.message,
    confidence: f.confidence,
    evidence: f.evidence,
    related: f.related,
    fixes: f.fixes,
  }));
  // Compact, as ESLint's and textlint's JSON reports are: a machine reads it, and the spaces of an
  // indented report were nearly half its bytes (49 of 29 MB over 10 MB of drafts).
  return JSON.stringify(shown);
}

/** The findings a report holds (what text and SARIF print of them). */
export function findingsOf(report: Uint8Array): PolicyDiagnostic[] {
  const shown = JSON.parse(Buffer.from(report.buffer, report.byteOffset, report.length).toString('utf8')) as Array<
    PolicyDiagnostic & { line?: number; column?: number }
  >;
  return shown.map(({ line: _line, column: _column, ...finding }) => finding);
}

export function isSevere(findings: readonly PolicyDiagnostic[]): boolean {
  return findings.some((f) => f.severity === 'error' || f.severity === 'warning');
}

/** Findings as the cache keeps them, and as the check workers send them: the report's bytes. */
export function cachedFindings(findings: readonly PolicyDiagnostic[]): CachedFindings {
  return { severe: isSevere(findings), report: Buffer.from(reportOf(findings), 'utf8') };
}

const stampOf = (stamp: FileStamp): FileStamp => ({ size: stamp.size, mtimeMs: stamp.mtimeMs });
const hashOf = (text: string) => createHash('sha256').update(text).digest('hex');

// The file: a header line (JSON), then per draft a line `[path, size, mtimeMs, hash, severe, length]` and
// the report, `length` bytes of UTF-8, and a line end. Read as bytes and cut by the lengths, the reports
// stay slices of the one buffer: 50 MB of findings are neither decoded nor parsed to be printed again.
function writeEntries(header: Header, entries: ReadonlyMap<string, Entry>): Buffer {
  const newline = Buffer.from('\n');
  const parts: Uint8Array[] = [Buffer.from(JSON.stringify(header)), newline];
  for (const [path, entry] of entries) {
    const meta = [path, entry.size, entry.mtimeMs, entry.hash, entry.severe, entry.report.length];
    parts.push(Buffer.from(JSON.stringify(meta)), newline, entry.report, newline);
  }
  return Buffer.concat(parts);
}

function readEntries(data: Buffer): { header: Header; entries: Array<[string, Entry]> } {
  const NEWLINE = 0x0a;
  let at = data.indexOf(NEWLINE);
  if (at < 0) throw new Error('no header');
  const header = JSON.parse(data.toString('utf8', 0, at)) as Header;
  if (typeof header !== 'object' || header === null) throw new Error('no header');
  const entries: Array<[string, Entry]> = [];
  at++;
  while (at < data.length) {
    const end = data.indexOf(NEWLINE, at);
    if (end < 0) throw new Error('cut short');
    const meta = JSON.parse(data.toString('utf8', at, end)) as unknown;
    if (
      !Array.isArray(meta) ||
      meta.length !== 6 ||
      typeof meta[0] !== 'string' ||
      typeof meta[1] !== 'number' ||
      typeof meta[2] !== 'number' ||
      typeof meta[3] !== 'string' ||
      typeof meta[4] !== 'boolean' ||
      typeof meta[5] !== 'number'
    )
      throw new Error('not an entry');
    const [path, size, mtimeMs, hash, severe, length] = meta as [string, number, number, string, boolean, number];
    const report = data.subarray(end + 1, end + 1 + length);
    if (report.length !== length || data[end + 1 + length] !== NEWLINE) throw new Error('cut short');
    entries.push([path, { size, mtimeMs, hash, severe, report }]);
    at = end + 2 + length;
  }
  return { header, entries };
}
