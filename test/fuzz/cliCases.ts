// The CLI's cases: `check --fix` through the CLI's own functions, `corpus import` likewise, and the
// built dist/cli.js spawned. After --fix, (c) a re-check finds no safe fix left and (d) every byte
// outside the fixed spans is the file's own.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { TextEdit } from 'vscode-languageserver-types';
import type { ParsedArgs } from '../../server/src/node/cli/args.js';
import { runCheck } from '../../server/src/node/cli/check.js';
import { runImport } from '../../server/src/node/cli/importCommand.js';
import { formatSearch } from '../../server/src/node/cli/search.js';
import type { Finding } from '../../server/src/service/checks/finding.js';
import { decodeCorpusFile } from '../../server/src/service/corpus/decode.js';
import { loadCorpus } from '../../server/src/service/corpus/loadCorpus.js';
import { safeEdits } from '../../server/src/service/features/codeActions.js';
import { draftDocument, type DraftDocument } from '../../server/src/service/features/documentText.js';
import { assertEdit, fail } from './assertions.js';
import type { FuzzContext } from './context.js';
import { REPO } from './corpusText.js';

export const CLI = join(REPO, 'dist', 'cli.js');
const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

const args = (positionals: string[], flags: string[] = [], options: Record<string, string> = {}): ParsedArgs => ({
  positionals,
  flags: new Set(flags),
  options: new Map(Object.entries(options).map(([key, value]) => [key, [value]])),
});

/** Writes the draft as a user's file would hold it (UTF-8; a lone surrogate becomes U+FFFD). */
function writeDraft(context: FuzzContext, text: string): { folder: string; path: string; before: Buffer } {
  const folder = context.caseFolder();
  mkdirSync(folder, { recursive: true });
  const path = join(folder, 'draft.md');
  writeFileSync(path, text);
  return { folder, path, before: readFileSync(path) };
}

/**
 * (d): the fixed file is the original with exactly the edits applied — each fixed span holds the
 * edit's text, every other byte (the byte-order mark included) is the original's.
 */
export function assertOnlyFixedSpansChanged(
  before: Buffer,
  after: Buffer,
  original: DraftDocument,
  edits: readonly TextEdit[],
): void {
  if (edits.length === 0) {
    if (!before.equals(after)) fail('a file with nothing to fix was changed');
    return;
  }
  if (before.subarray(0, 3).equals(BOM) !== after.subarray(0, 3).equals(BOM)) fail('--fix changed the byte-order mark');
  const decoded = decodeCorpusFile(after);
  if (!decoded.ok) fail('--fix wrote a file that does not decode', decoded.message);
  const got = decoded.text;
  const spans = edits
    .map((e) => ({
      start: original.lines.offsetAt(e.range.start),
      end: original.lines.offsetAt(e.range.end),
      newText: e.newText,
    }))
    .sort((a, b) => a.start - b.start);
  let from = 0;
  let at = 0;
  const same = (expected: string, what: string) => {
    if (got.slice(at, at + expected.length) !== expected) {
      let i = 0;
      while (expected[i] === got[at + i]) i++;
      fail(`--fix changed text ${what}`, {
        offset: at + i,
        expected: expected.slice(Math.max(0, i - 20), i + 40),
        got: got.slice(Math.max(0, at + i - 20), at + i + 40),
      });
    }
    at += expected.length;
  };
  for (const span of spans) {
    same(original.text.slice(from, span.start), 'outside the fixed spans');
    same(span.newText, 'inside a fixed span');
    from = span.end;
  }
  same(original.text.slice(from), 'after the last fixed span');
  if (at !== got.length) fail('--fix added text at the end', got.slice(at, at + 60));
}

/** (c): what --fix leaves has no safe fix left. */
function assertNothingLeft(findings: readonly Finding[], draft: DraftDocument): void {
  const left = safeEdits(findings);
  if (left.length > 0)
    fail(
      'a re-check after --fix still finds safe fixes',
      left.map((e) => ({
        range: e.range,
        from: draft.text.slice(draft.lines.offsetAt(e.range.start), draft.lines.offsetAt(e.range.end)),
        to: e.newText,
      })),
    );
}

export function fixCase(context: FuzzContext, text: string, query: string): void {
  const t = context.timings;
  const service = t.timed('load the CLI service', 0, () => context.cliService(), 30_000);
  const { folder, path, before } = writeDraft(context, text);
  const out: string[] = [];
  const decoded = decodeCorpusFile(before);
  const size = before.length;
  try {
    const run = () =>
      t.timed('check --fix', size, () =>
        runCheck(service, args([path], ['fix']), out.push.bind(out), out.push.bind(out), 'zh'),
      );
    if (!decoded.ok) {
      if (run() !== 2) fail('an unreadable draft does not exit 2', out);
      if (!readFileSync(path).equals(before)) fail('--fix changed an unreadable draft');
      return;
    }
    const original = draftDocument(pathToFileURL(path).toString(), 0, decoded.text);
    const findings = t.timed('check', size, () => service.service().check(original));
    const edits = safeEdits(findings);
    for (const edit of edits) assertEdit(original, edit, 'a --fix edit');
    context.fixEdits += edits.length;
    const status = run();
    if (status !== 0 && status !== 1) fail('check --fix exit code', { status, out });
    const after = readFileSync(path);
    assertOnlyFixedSpansChanged(before, after, original, edits);
    const fixed = draftDocument(
      original.uri,
      1,
      decodeCorpusFile(after).ok ? (decodeCorpusFile(after) as { text: string }).text : '',
    );
    assertNothingLeft(
      t.timed('check', size, () => service.service().check(fixed)),
      fixed,
    );
    t.timed('search', query.length, () => formatSearch(service.service(), query, 10, 'zh'));
    t.timed('corpus show', query.length, () => service.service().nameReport(query));
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

export function importCase(context: FuzzContext, raw: string): void {
  const folder = context.caseFolder();
  mkdirSync(folder, { recursive: true });
  const source = join(folder, 'source.txt');
  const out = join(folder, 'out');
  writeFileSync(source, raw);
  const printed: string[] = [];
  try {
    const supplied: Record<string, string> =
      raw.length % 2 === 0 ? { title: '模糊测试文件', date: '2024-03', kind: '方案' } : {};
    const status = context.timings.timed('corpus import', raw.length, () =>
      runImport(args([source], ['force'], { out, ...supplied }), printed.push.bind(printed), 'zh'),
    );
    if (status !== 0 && status !== 2) fail('corpus import exit code', { status, printed });
    if (status !== 0) return;
    const files = readdirSync(out).map((name) => ({
      uri: pathToFileURL(join(out, name)).toString(),
      content: readFileSync(join(out, name)),
    }));
    const loaded = loadCorpus(files);
    if (loaded.documents.length !== 1 || loaded.problems.some((p) => p.severity === 'error'))
      fail('what corpus import wrote does not load', loaded.problems);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

interface JsonFile {
  readonly diagnostics: Finding[];
}

export function spawnCase(context: FuzzContext, text: string): void {
  if (!existsSync(CLI)) fail('dist/cli.js is not built (npm run build)');
  const t = context.timings;
  const { folder, path, before } = writeDraft(context, text);
  const cli = (...extra: string[]) => {
    const run = t.timed(
      `cli ${extra.join(' ')}`,
      before.length,
      () =>
        spawnSync(process.execPath, [CLI, 'check', path, '--format', 'json', '--lang', 'zh', ...extra], {
          cwd: folder,
          encoding: 'utf8',
          timeout: 300_000,
          maxBuffer: 256 * 1024 * 1024,
        }),
      20_000,
    );
    if (/\n\s+at /.test(run.stderr)) fail('the CLI printed a stack trace', run.stderr.slice(0, 2000));
    return run;
  };
  try {
    const decoded = decodeCorpusFile(before);
    const first = cli();
    if (!decoded.ok) {
      if (first.status !== 2) fail('an unreadable draft does not exit 2', first.stderr);
      return;
    }
    if (first.status !== 0 && first.status !== 1)
      fail('check exit code', { status: first.status, stderr: first.stderr });
    const original = draftDocument(pathToFileURL(path).toString(), 0, decoded.text);
    const [file] = JSON.parse(first.stdout) as JsonFile[];
    const edits = safeEdits(file.diagnostics);
    const second = cli('--fix');
    if (second.status !== 0 && second.status !== 1) fail('check --fix exit code', second.stderr);
    const after = readFileSync(path);
    assertOnlyFixedSpansChanged(before, after, original, edits);
    const [fixed] = JSON.parse(second.stdout) as JsonFile[];
    const afterText = decodeCorpusFile(after);
    assertNothingLeft(fixed.diagnostics, draftDocument(original.uri, 1, afterText.ok ? afterText.text : ''));
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
