// `check --cache`: each draft's findings kept on disk, keyed by the draft's content and the corpus
// fingerprint (every corpus file, the registry, the language, the engine's build), as ESLint and textlint
// keep theirs. A re-run over unchanged drafts reads findings instead of checking — and, when every draft
// is unchanged, does not even load the corpus. A changed corpus or engine starts the cache afresh.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { PolicyDiagnostic } from '../../service/checks/finding.js';
import type { CorpusProblem } from '../../service/model.js';

const FORMAT = 1;

interface Stored {
  readonly format: number;
  readonly corpus: string;
  /** The corpus's problems (printed by every run, and exit code 2 on errors). */
  readonly problems?: CorpusProblem[];
  readonly files: Record<string, { readonly hash: string; readonly findings: PolicyDiagnostic[] }>;
}

export class ResultsCache {
  private stored: Stored;
  private changed = false;

  /** The cache file for this corpus (read now; a file of another corpus or format is started afresh). */
  constructor(
    private readonly path: string,
    corpus: string,
  ) {
    this.stored = { format: FORMAT, corpus, files: {} };
    try {
      const read = JSON.parse(readFileSync(path, 'utf8')) as Stored;
      if (read.format === FORMAT && read.corpus === corpus && typeof read.files === 'object') this.stored = read;
    } catch {
      // none yet, or unreadable: start afresh (it is only a cache)
    }
  }

  get problems(): CorpusProblem[] | undefined {
    return this.stored.problems;
  }

  set problems(problems: CorpusProblem[]) {
    this.stored = { ...this.stored, problems };
    this.changed = true;
  }

  findings(path: string, text: string): PolicyDiagnostic[] | undefined {
    const entry = this.stored.files[path];
    return entry && entry.hash === hashOf(text) ? entry.findings : undefined;
  }

  remember(path: string, text: string, findings: PolicyDiagnostic[]): void {
    this.stored.files[path] = { hash: hashOf(text), findings };
    this.changed = true;
  }

  /** Writes the cache if anything changed (whole, then renamed). Returns the error, if it could not. */
  save(): Error | undefined {
    if (!this.changed) return undefined;
    try {
      mkdirSync(dirname(this.path), { recursive: true });
      const temporary = `${this.path}.${process.pid}.tmp`;
      writeFileSync(temporary, JSON.stringify(this.stored));
      renameSync(temporary, this.path);
      this.changed = false;
      return undefined;
    } catch (error) {
      return error as Error;
    }
  }
}

const hashOf = (text: string) => createHash('sha256').update(text).digest('hex');
