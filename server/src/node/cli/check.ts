import {
  chmodSync,
  readdirSync,
  readFileSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { PolicyDiagnostic } from '../../service/checks/finding.js';
import { decodeCorpusFile, DEFAULT_MAX_FILE_BYTES } from '../../service/corpus/decode.js';
import { safeEdits } from '../../service/features/codeActions.js';
import { draftDocument, type DraftDocument } from '../../service/features/documentText.js';
import type { LanguageService } from '../../service/languageService.js';
import type { Locale } from '../../service/l10n.js';
import { CLI_MESSAGES } from '../../service/messages/cli.js';
import { say } from '../../service/messages/entry.js';
import { UsageError, type ParsedArgs } from './args.js';
import { printJson, stdoutOutput, type ReportOutput } from './jsonReport.js';
import type { CliService } from './loadService.js';
import {
  findingsOf,
  isSevere,
  cachedFindings,
  reportOf,
  RESULTS_FILE,
  ResultsCache,
  type CacheStrategy,
  type CachedFindings,
  type FileStamp,
} from './resultsCache.js';
import { checkInWorkers, workerCount, workersAvailable } from './checkInWorkers.js';

/** Where --cache keeps findings when --cache-location does not say (as ESLint's .eslintcache, in the cwd). */
export const DEFAULT_CACHE_LOCATION = '.policy-lens-cache';
import { toSarif } from './sarif.js';

export interface CheckedFile {
  readonly path: string;
  readonly findings: PolicyDiagnostic[];
}

/**
 * A draft's findings, as checked now or read from the cache: a cached draft's findings are parsed only
 * when a text or SARIF report (or --fix) asks for them, and the JSON report copies them out as stored.
 */
class CheckedDraft implements CheckedFile {
  private found: PolicyDiagnostic[] | undefined;

  constructor(
    readonly path: string,
    /** Undefined for a draft the cache knew unchanged by its stamp (never read). */
    readonly draft: DraftDocument | undefined,
    found: PolicyDiagnostic[] | undefined,
    private readonly cached?: CachedFindings,
  ) {
    this.found = found;
  }

  get findings(): PolicyDiagnostic[] {
    return (this.found ??= findingsOf(this.cached!.report));
  }

  /** The findings as the JSON report prints them: stored bytes, or written now. */
  get report(): Uint8Array | string {
    return this.cached?.report ?? reportOf(this.findings);
  }

  get severe(): boolean {
    return this.cached?.severe ?? isSevere(this.findings);
  }
}

/**
 * `check <files or folders…>`: exit 0 clean, 1 findings at warning or error, 2 usage/corpus errors.
 * `--fix` applies safe fixes only (brackets, quotes, registry-confirmed names); `--unsafe-fixes` also
 * the first suggestion of certain and likely findings.
 */
export function runCheck(
  corpus: CliService,
  args: ParsedArgs,
  print: (line: string) => void,
  log: (line: string) => void,
  locale: Locale,
  /** stdout as it is (the JSON report streams in pieces, not lines). */
  output: ReportOutput = stdoutOutput(),
): number {
  if (args.positionals.length === 0) throw new UsageError(say(locale, CLI_MESSAGES.checkUsage, {}));
  const format = args.options.get('format')?.[0] ?? 'text';
  if (!['text', 'json', 'sarif'].includes(format)) throw new UsageError(say(locale, CLI_MESSAGES.formatMustBe, {}));
  const unsafe = args.flags.has('unsafe-fixes');
  const fixing = args.flags.has('fix') || unsafe;
  const results = resultsCache(corpus, args, log, locale);
  const drafts: Array<{ path: string; stamp: FileStamp; draft?: DraftDocument; cached?: CachedFindings }> = [];
  const unreadable: string[] = [];
  for (const { path, stamp } of markdownFiles(args.positionals, locale, log)) {
    // Fixes need the text; otherwise a draft whose stamp is stored is not even read.
    const known = fixing ? undefined : results?.byStamp(path, stamp);
    if (known) {
      drafts.push({ path, stamp, cached: known });
      continue;
    }
    const decoded = decodeCorpusFile(readFileSync(path), undefined, locale);
    if (!decoded.ok) {
      unreadable.push(`${path}: ${decoded.message}`);
      continue;
    }
    const draft = draftDocument(pathToFileURL(path).toString(), 0, decoded.text);
    drafts.push({ path, stamp, draft, cached: results?.byContent(path, decoded.text, stamp) });
  }
  // Every draft unchanged since the cache's run over this same corpus: its problems stand too, and the
  // corpus need not be indexed at all.
  const cachedProblems = drafts.every((d) => d.cached) ? results?.problems : undefined;
  if (!cachedProblems) corpus.service();
  const problems = cachedProblems ?? corpus.problems();
  if (results && corpus.indexed) results.problems = problems;
  for (const problem of problems)
    log(
      say(locale, problem.severity === 'error' ? CLI_MESSAGES.error : CLI_MESSAGES.warning, { text: problem.message }),
    );
  if (problems.some((p) => p.severity === 'error')) return 2;
  for (const text of unreadable) log(say(locale, CLI_MESSAGES.error, { text }));
  const fromWorkers = checkOnCores(corpus, args, drafts, log, locale);
  const checked = drafts.map(({ path, stamp, draft, cached }, index) => {
    if (cached || !draft) return new CheckedDraft(path, draft, undefined, cached);
    // A worker's findings come as their report, as the cache's do.
    const reported = fromWorkers.get(index);
    if (reported) {
      results?.remember(path, draft.text, stamp, reported);
      return new CheckedDraft(path, draft, undefined, reported);
    }
    const findings = corpus.service().check(draft);
    results?.remember(path, draft.text, stamp, cachedFindings(findings));
    return new CheckedDraft(path, draft, findings);
  });
  // With JSON or SARIF on stdout, what --fix changed goes to stderr so stdout stays one parseable document.
  if (fixing) applyFixes(corpus.service, checked, unsafe, { print: format === 'text' ? print : log, log, locale });
  const notSaved = results?.save();
  if (notSaved)
    log(
      say(locale, CLI_MESSAGES.warning, {
        text: say(locale, CLI_MESSAGES.cacheNotSaved, { reason: notSaved.message }),
      }),
    );
  if (format === 'json') printJson(checked, output);
  else if (format === 'sarif') print(JSON.stringify(toSarif(checked), null, 2));
  else for (const file of checked) for (const finding of file.findings) print(textLine(file.path, finding));
  if (unreadable.length > 0) return 2;
  return checked.some((file) => file.severe) ? 1 : 0;
}

/**
 * The drafts not in the results cache, checked by worker threads when there are enough of them
 * (--concurrency); findings by the draft's index. Whatever a worker could not check is left out, said,
 * and checked by the caller.
 */
function checkOnCores(
  corpus: CliService,
  args: ParsedArgs,
  drafts: ReadonlyArray<{ draft?: DraftDocument; cached?: CachedFindings }>,
  log: (line: string) => void,
  locale: Locale,
): Map<number, CachedFindings> {
  const jobs = drafts.flatMap(({ draft, cached }, index) =>
    cached || !draft ? [] : [{ index, uri: draft.uri, text: draft.text }],
  );
  const bytes = jobs.reduce((sum, job) => sum + job.text.length * 3, 0);
  const threads = workersAvailable() ? workerCount(args.options.get('concurrency')?.[0], jobs.length, bytes) : 0;
  if (threads === 0) return new Map();
  const shared = corpus.shareIndex();
  try {
    const run = checkInWorkers(jobs, threads, {
      corpus: {
        folders: (args.options.get('corpus') ?? []).map((folder) => resolve(folder)),
        noBundled: args.flags.has('no-bundled'),
      },
      indexFolder: shared.folder,
      locale,
    });
    for (const line of run.warnings) log(line);
    for (const error of run.errors)
      log(say(locale, CLI_MESSAGES.warning, { text: say(locale, CLI_MESSAGES.workerFailed, { error }) }));
    return run.findings;
  } finally {
    shared.remove();
  }
}

/** --cache: the results cache of this corpus, in --cache-location (default .policy-lens-cache). */
function resultsCache(
  corpus: CliService,
  args: ParsedArgs,
  log: (line: string) => void,
  locale: Locale,
): ResultsCache | undefined {
  if (!args.flags.has('cache')) return undefined;
  const strategy = args.options.get('cache-strategy')?.[0] ?? 'metadata';
  if (strategy !== 'metadata' && strategy !== 'content')
    throw new UsageError(say(locale, CLI_MESSAGES.cacheStrategyMustBe, {}));
  if (!corpus.fingerprint) {
    log(say(locale, CLI_MESSAGES.warning, { text: say(locale, CLI_MESSAGES.cacheFromSource, {}) }));
    return undefined;
  }
  const location = resolve(args.options.get('cache-location')?.[0] ?? DEFAULT_CACHE_LOCATION);
  return new ResultsCache(join(location, RESULTS_FILE), corpus.fingerprint, strategy as CacheStrategy);
}

function textLine(path: string, finding: PolicyDiagnostic): string {
  const { line, character } = finding.range.start;
  return `${relative(process.cwd(), path) || path}:${line + 1}:${character + 1} ${finding.severity} ${finding.code} ${finding.message}`;
}

/**
 * Applies the fixes, each file written atomically (temporary file, then rename), and checks it again so
 * the report shows what is left.
 */
function applyFixes(
  service: () => LanguageService,
  checked: CheckedDraft[],
  unsafe: boolean,
  { print, log, locale }: { print: (line: string) => void; log: (line: string) => void; locale: Locale },
): void {
  checked.forEach((file, i) => {
    const edits = safeEdits(file.findings, unsafe);
    const before = file.draft;
    if (edits.length === 0 || !before) return;
    const offsets = edits
      .map((e) => ({
        start: before.lines.offsetAt(e.range.start),
        end: before.lines.offsetAt(e.range.end),
        newText: e.newText,
      }))
      .sort((a, b) => b.start - a.start);
    let text = before.text;
    for (const edit of offsets) text = text.slice(0, edit.start) + edit.newText + text.slice(edit.end);
    // A link's target is the file that gets the fixes (the link stays a link); a read-only file is refused.
    let target: string;
    try {
      target = realpathSync(file.path);
    } catch {
      target = file.path;
    }
    if ((statSync(target).mode & 0o222) === 0) {
      log(say(locale, CLI_MESSAGES.warning, { text: say(locale, CLI_MESSAGES.readOnly, { path: file.path }) }));
      return;
    }
    const temporary = `${target}.policy-lens-${process.pid}.tmp`;
    try {
      // The file keeps its byte-order mark and its permissions.
      const hadBom = readFileSync(target)
        .subarray(0, 3)
        .equals(Buffer.from([0xef, 0xbb, 0xbf]));
      writeFileSync(temporary, (hadBom ? '\uFEFF' : '') + text, { mode: statSync(target).mode });
      chmodSync(temporary, statSync(target).mode);
      renameSync(temporary, target);
    } catch (error) {
      rmSync(temporary, { force: true });
      const cannotWrite = say(locale, CLI_MESSAGES.cannotWrite, { path: file.path, reason: (error as Error).message });
      log(say(locale, CLI_MESSAGES.error, { text: cannotWrite }));
      return;
    }
    for (const edit of offsets.reverse()) {
      const at = before.lines.positionAt(edit.start);
      print(
        say(locale, CLI_MESSAGES.fixed, {
          place: `${relative(process.cwd(), file.path)}:${at.line + 1}:${at.character + 1}`,
          from: before.text.slice(edit.start, edit.end),
          to: edit.newText,
        }),
      );
    }
    const draft = draftDocument(before.uri, 1, text);
    checked[i] = new CheckedDraft(file.path, draft, service().check(draft));
  });
}

/**
 * Files as given, and the .md files below folders (node_modules and hidden folders skipped). Below a
 * folder a link is followed only within the given folders and each real folder is walked once; a
 * dangling link, a loop, a FIFO or a file over the size limit is skipped with a warning — never a hang,
 * never a stack trace. Each path is a file once, by its real path.
 */
function markdownFiles(
  inputs: readonly string[],
  locale: Locale,
  log: (line: string) => void,
): Array<{ path: string; stamp: FileStamp }> {
  const out = new Map<string, { path: string; stamp: FileStamp }>();
  const skip = (path: string, why: 'dangling' | 'loop' | 'outside' | 'special' | 'tooLarge') =>
    log(say(locale, CLI_MESSAGES.warning, { text: say(locale, CLI_MESSAGES.skipped, { path, why }) }));
  const roots: string[] = [];
  const within = (real: string) => roots.some((root) => real === root || real.startsWith(root + sep));
  const seen = new Set<string>();
  // `known`: the real path, when the walk knows it (an entry that is no link, in a real folder).
  const visit = (path: string, explicit: boolean, known?: string) => {
    let real: string;
    let stat;
    try {
      real = known ?? realpathSync.native(path);
      stat = statSync(real);
    } catch {
      if (explicit) throw new UsageError(say(locale, CLI_MESSAGES.notFound, { path }));
      return skip(path, 'dangling');
    }
    if (!explicit && !within(real)) return skip(path, 'outside');
    if (stat.isDirectory()) {
      if (seen.has(real)) return skip(path, 'loop');
      seen.add(real);
      const entries = readdirSync(real, { withFileTypes: true }).sort((a, b) =>
        a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
      );
      // Both folder paths are already normal (resolved, real): joined by hand, not by path.join, which
      // normalises them again for each of thousands of files.
      const under = (folder: string) => (folder.endsWith(sep) ? folder : folder + sep);
      const [shown, realFolder] = [under(path), under(real)];
      for (const entry of entries) {
        const name = entry.name;
        if (name.startsWith('.') || name === 'node_modules') continue;
        const child = shown + name;
        const markdown = name.toLowerCase().endsWith('.md');
        // The entry's type as the folder gives it spares a stat and a realpath per file (a link, or a
        // file system that does not say, is looked at as before).
        if (!entry.isSymbolicLink() && (entry.isDirectory() || entry.isFile())) {
          if (entry.isDirectory() || markdown) visit(child, false, realFolder + name);
          continue;
        }
        let isDirectory = false;
        try {
          isDirectory = statSync(child).isDirectory();
        } catch {
          if (markdown) skip(child, 'dangling');
          continue;
        }
        if (isDirectory || markdown) visit(child, false);
      }
    } else if (!stat.isFile()) {
      skip(path, 'special');
    } else if (stat.size > DEFAULT_MAX_FILE_BYTES) {
      skip(path, 'tooLarge');
    } else if (explicit || path.toLowerCase().endsWith('.md')) {
      if (!out.has(real)) out.set(real, { path, stamp: { size: stat.size, mtimeMs: stat.mtimeMs } });
    }
  };
  for (const input of inputs) {
    const path = resolve(input);
    try {
      roots.push(realpathSync.native(path));
    } catch {
      // Not found: visit says so.
    }
    visit(path, true);
  }
  return [...out.values()];
}
