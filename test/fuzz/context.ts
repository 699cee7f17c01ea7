// What the properties share across cases: the bundled corpus read once, a service over it as the server
// builds one (simple segmenter), a second one that only ever sees final texts, the CLI's own service
// (jieba) built lazily, and a temporary folder for the CLI cases.
import fc from 'fast-check';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { readCorpusFolders } from '../../server/src/node/corpusFolders.js';
import { loadServiceForCli, type CliService } from '../../server/src/node/cli/loadService.js';
import type { CorpusFile } from '../../server/src/service/corpus/loadCorpus.js';
import type { Registry } from '../../server/src/service/corpus/registry.js';
import { draftDocument, type DraftDocument } from '../../server/src/service/features/documentText.js';
import { createLanguageService, type LanguageService } from '../../server/src/service/languageService.js';
import { SimpleSegmenter } from '../../server/src/service/search/simpleSegmenter.js';
import { arbitraries, type Arbitraries, type Sizes } from './arbitraries.js';
import { CORPUS_FOLDER } from './corpusText.js';
import { Documents } from './features.js';
import { shapeOf } from './shape.js';
import type { Timings } from './timing.js';

export const SILENT = { info: () => undefined, warn: () => undefined, error: () => undefined };

export interface Bundled {
  readonly files: readonly CorpusFile[];
  readonly registry: Registry;
}

export class FuzzContext {
  readonly arbs: Arbitraries;
  readonly bundled: Bundled;
  /** The drafts `references` searches besides the one asked about; each case sets them. */
  readonly workspace: DraftDocument[] = [];
  readonly service: LanguageService;
  /** Sees only whole texts, never an edit sequence: what an edited draft must match. */
  readonly fresh: LanguageService;
  readonly tmp: string;
  private cli: CliService | undefined;
  private cases = 0;
  /** Once a property failed, shrinking may go on this long; after that every case passes at once. */
  private shrinkUntil: number | undefined;
  /** Findings seen per code, and the edits --fix applied: how much of the checker the cases reach. */
  readonly findings = new Map<string, number>();
  fixEdits = 0;
  /** Cases run of the current property, for the progress line. */
  executed = 0;
  private lastProgress = performance.now();
  private saved = 0;

  constructor(
    sizes: Sizes,
    readonly timings: Timings,
    private readonly shrinkBudgetMs: number,
    private readonly progress: (cases: number) => void,
  ) {
    this.arbs = arbitraries(sizes);
    const onDisk = readCorpusFolders([CORPUS_FOLDER]);
    this.bundled = { files: onDisk.files, registry: onDisk.registry };
    this.service = this.newService();
    this.service.indexCorpus(this.bundled.files, this.bundled.registry);
    this.fresh = this.newService();
    this.fresh.indexCorpus(this.bundled.files, this.bundled.registry);
    this.tmp = mkdtempSync(join(tmpdir(), 'policy-lens-fuzz-'));
    for (const service of [this.service, this.fresh]) warmUp(service);
  }

  newService(): LanguageService {
    return createLanguageService({
      segmenter: new SimpleSegmenter(),
      logger: SILENT,
      locale: () => 'zh',
      workspaceDrafts: () => this.workspace,
    });
  }

  /** The CLI's service (bundled corpus, jieba), built as `policy-lens check` builds it. */
  cliService(): CliService {
    if (!this.cli) {
      const args = { positionals: [], options: new Map(), flags: new Set<string>() };
      this.cli = loadServiceForCli(args, () => undefined, 'zh');
      warmUp(this.cli.service());
    }
    return this.cli;
  }

  bundledDocuments(): Documents {
    return new Documents().addCorpus(this.bundled.files);
  }

  /** A fresh folder for one CLI case. */
  caseFolder(): string {
    const folder = join(this.tmp, `case-${++this.cases}`);
    return folder;
  }

  countFindings(findings: readonly { code: string }[]): void {
    for (const { code } of findings) this.findings.set(code, (this.findings.get(code) ?? 0) + 1);
  }

  /** A new property starts: no failure yet. */
  startProperty(): void {
    this.shrinkUntil = undefined;
    this.executed = 0;
  }

  /**
   * Wraps a property's predicate: counts cases, reports progress, and ends shrinking once the budget
   * after the first failure is spent (a slow counterexample would otherwise shrink for hours).
   */
  guarded<A extends unknown[]>(predicate: (...args: A) => void): (...args: A) => void {
    return (...args: A) => {
      if (this.skipping()) return;
      this.timings.describeInput = () => this.describe(args);
      try {
        predicate(...args);
      } catch (error) {
        this.failed(error);
        throw error;
      }
    };
  }

  guardedAsync<A extends unknown[]>(predicate: (...args: A) => Promise<void>): (...args: A) => Promise<void> {
    return async (...args: A) => {
      if (this.skipping()) return;
      this.timings.describeInput = () => this.describe(args);
      try {
        await predicate(...args);
      } catch (error) {
        this.failed(error);
        throw error;
      }
    };
  }

  /** The case's shape, and (the first 20 times) the file its whole input is written to. */
  private describe(args: readonly unknown[]): string {
    const shape = shapeOf(longestText(args));
    if (this.saved >= 20) return shape;
    const file = join(tmpdir(), `policy-lens-fuzz-slow-${process.pid}-${++this.saved}.json`);
    writeFileSync(
      file,
      JSON.stringify(args, (_, v: unknown) => (v instanceof Uint8Array ? Buffer.from(v).toString() : v)),
    );
    return `${shape}\n    whole: ${file}`;
  }

  private skipping(): boolean {
    if (this.shrinkUntil !== undefined && performance.now() > this.shrinkUntil) return true;
    this.executed++;
    const now = performance.now();
    if (now - this.lastProgress > 30_000) {
      this.lastProgress = now;
      this.progress(this.executed);
    }
    return false;
  }

  private failed(error: unknown): void {
    if (fc.PreconditionFailure.isFailure(error)) return;
    this.shrinkUntil ??= performance.now() + this.shrinkBudgetMs;
  }

  dispose(): void {
    rmSync(this.tmp, { recursive: true, force: true });
  }
}

/** The longest text among a case's arguments (strings, arrays of them, files' contents). */
function longestText(values: readonly unknown[]): string {
  let longest = '';
  const visit = (value: unknown, depth: number) => {
    if (typeof value === 'string') {
      if (value.length > longest.length) longest = value;
    } else if (value instanceof Uint8Array) {
      visit(Buffer.from(value).toString(), depth);
    } else if (value && typeof value === 'object' && depth < 3) {
      for (const inner of Object.values(value)) visit(inner, depth + 1);
    }
  };
  for (const value of values) visit(value, 0);
  return longest;
}

/** What a service builds on its first answers (search index, measures) is built before any case is timed. */
function warmUp(service: LanguageService): void {
  service.lookupClauses('数字政府');
  service.diagnostics(
    draftDocument('memory:///fuzz/warm-up.md', 1, '# 2025年工作要点\n\n到2025年，“粤省事”达到150万名。'),
  );
}
