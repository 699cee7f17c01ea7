// The labelled-draft evaluation, shared by `npm run eval` and the tests. A draft labels each mistake at
// the end of its line: <!-- expect: CODE "span"; CODE "span" -->; a line without a label is correct.
//
// What counts: a finding the drafter is told is a problem — a warning or an error, or information from
// a code whose default is information (name.unknown-platform, name.new-name). A "possible" finding,
// lowered to information, is a note: it neither finds a labelled mistake nor counts as a false alarm,
// and is reported apart.
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { bundledCorpusFolder, readCorpusFolders } from '../../server/src/node/corpusFolders.js';
import { JiebaSegmenter } from '../../server/src/node/jiebaSegmenter.js';
import { ALL_CODES, DIAGNOSTIC_CODES, type DiagnosticCode } from '../../server/src/service/checks/codes.js';
import type { PolicyDiagnostic } from '../../server/src/service/checks/finding.js';
import type { CorpusFile } from '../../server/src/service/corpus/loadCorpus.js';
import { EMPTY_REGISTRY } from '../../server/src/service/corpus/registry.js';
import { safeEdits } from '../../server/src/service/features/codeActions.js';
import { draftDocument } from '../../server/src/service/features/documentText.js';
import { importDocument } from '../../server/src/service/import/importDocument.js';
import { createLanguageService, type LanguageService } from '../../server/src/service/languageService.js';

import { RAW_DOCUMENTS } from '../sharedFolder.js';

export const FIXTURES = join(__dirname, '..', 'fixtures');
export const DRAFTS = join(FIXTURES, 'drafts');
/** The second real corpus: other provinces' published documents, read from the shared folder. */
export { RAW_DOCUMENTS };

interface Expected {
  readonly file: string;
  readonly line: number;
  readonly code: string;
  readonly span: string;
}

export interface CodeScore {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
}

export interface Evaluation {
  readonly perCode: Map<string, CodeScore>;
  readonly total: CodeScore;
  readonly expected: number;
  readonly misses: string[];
  readonly falseAlarms: string[];
  /** Possible findings (information) on unlabelled text: not alarms, but reported. */
  readonly notes: string[];
}

/** `<!-- expect: CODE "span"; CODE "span" -->` at the end of a line. */
export function expectationsOf(file: string, text: string): Expected[] {
  const out: Expected[] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    const marker = /<!--\s*expect:\s*(.*?)\s*-->\s*$/.exec(line);
    if (!marker) return;
    for (const item of marker[1].split(/;\s*(?=[a-z]+\.[a-z-]+\s+")/)) {
      const parsed = /^([a-z]+\.[a-z-]+)\s+"(.*)"$/.exec(item.trim());
      if (parsed) out.push({ file, line: index, code: parsed[1], span: parsed[2] });
    }
  });
  return out;
}

/** Whether a finding tells the drafter something is wrong (see the header). */
export function counts(finding: PolicyDiagnostic): boolean {
  if (finding.severity === 'error' || finding.severity === 'warning') return true;
  return finding.severity === 'info' && DIAGNOSTIC_CODES[finding.code] === 'info' && finding.confidence !== 'possible';
}

export interface EvaluationCorpus {
  /** Include the bundled Guangdong corpus. */
  readonly bundled: boolean;
  /** Raw published documents to import (as `corpus import` does) and index beside it. */
  readonly rawDocuments?: readonly string[];
}

/** The language service over a corpus, as the CLI builds it (jieba segmenter). */
export function serviceFor(corpus: EvaluationCorpus): LanguageService {
  const service = createLanguageService({
    segmenter: new JiebaSegmenter(),
    logger: { info: () => undefined, warn: () => undefined, error: () => undefined },
    locale: () => 'zh',
    workspaceDrafts: () => [],
  });
  const onDisk = corpus.bundled ? readCorpusFolders([bundledCorpusFolder()]) : { files: [], registry: EMPTY_REGISTRY };
  const imported: CorpusFile[] = (corpus.rawDocuments ?? []).map((path) => {
    const result = importDocument(readFileSync(path, 'utf8'), basename(path));
    return { uri: pathToFileURL(join('/imported', `${result.meta.id}.md`)).toString(), content: result.markdown };
  });
  service.indexCorpus([...onDisk.files, ...imported], onDisk.registry);
  return service;
}

/** The drafts of a folder: Markdown files other than its notes (README.md, HISTORY.md). */
export function draftFiles(folder: string): string[] {
  return readdirSync(folder)
    .filter((name) => name.endsWith('.md') && !/^[A-Z_]+\.md$/.test(name))
    .sort();
}

export function evaluateDrafts(folder = DRAFTS, service: LanguageService = serviceFor({ bundled: true })): Evaluation {
  const codes = new Set<string>(ALL_CODES);
  const perCode = new Map<string, CodeScore>();
  const score = (code: string) => {
    let s = perCode.get(code);
    if (!s) perCode.set(code, (s = { truePositives: 0, falsePositives: 0, falseNegatives: 0 }));
    return s;
  };
  for (const code of ALL_CODES) score(code);
  const misses: string[] = [];
  const falseAlarms: string[] = [];
  const notes: string[] = [];
  let expectedCount = 0;
  for (const file of draftFiles(folder)) {
    const path = join(folder, file);
    const text = readFileSync(path, 'utf8');
    const draft = draftDocument(pathToFileURL(path).toString(), 0, text);
    const expected = expectationsOf(file, text);
    expectedCount += expected.length;
    const unmatched = new Set(expected);
    for (const finding of service.check(draft)) {
      const written = text.slice(draft.lines.offsetAt(finding.range.start), draft.lines.offsetAt(finding.range.end));
      const hit = [...unmatched].find(
        (e) =>
          e.code === finding.code &&
          e.line === finding.range.start.line &&
          (written.includes(e.span) || e.span.includes(written)),
      );
      const where = `${file}:${finding.range.start.line + 1} ${finding.code} “${written}” ${finding.message}`;
      if (!counts(finding)) {
        if (!hit) notes.push(where);
        continue;
      }
      if (hit) {
        unmatched.delete(hit);
        score(finding.code).truePositives++;
      } else {
        score(finding.code).falsePositives++;
        falseAlarms.push(where);
      }
    }
    for (const miss of unmatched) {
      // A label for a code the checker does not have yet is still a miss.
      if (!codes.has(miss.code)) codes.add(miss.code);
      score(miss.code).falseNegatives++;
      misses.push(`${file}:${miss.line + 1} ${miss.code} “${miss.span}”`);
    }
  }
  const total = [...perCode.values()].reduce(
    (sum, s) => ({
      truePositives: sum.truePositives + s.truePositives,
      falsePositives: sum.falsePositives + s.falsePositives,
      falseNegatives: sum.falseNegatives + s.falseNegatives,
    }),
    { truePositives: 0, falsePositives: 0, falseNegatives: 0 },
  );
  return { perCode, total, expected: expectedCount, misses, falseAlarms, notes };
}

export const precision = (s: CodeScore) =>
  s.truePositives + s.falsePositives === 0 ? 1 : s.truePositives / (s.truePositives + s.falsePositives);
export const recall = (s: CodeScore) =>
  s.truePositives + s.falseNegatives === 0 ? 1 : s.truePositives / (s.truePositives + s.falseNegatives);

export function formatEvaluation(result: Evaluation): string {
  const row = (label: string, s: CodeScore) =>
    `${label.padEnd(26)} ${String(s.truePositives).padStart(4)} ${String(s.falsePositives).padStart(4)} ${String(s.falseNegatives).padStart(4)}   ${precision(s).toFixed(3)}     ${recall(s).toFixed(3)}`;
  return [
    `labelled mistakes: ${result.expected} · notes (possible, information only): ${result.notes.length}`,
    `${'code'.padEnd(26)}   TP   FP   FN   precision  recall`,
    ...[...result.perCode]
      .filter(([, s]) => s.truePositives + s.falsePositives + s.falseNegatives > 0)
      .map(([code, s]) => row(code, s)),
    row('overall', result.total),
  ].join('\n');
}

export interface RealTextResult {
  readonly characters: number;
  readonly warnings: number;
  readonly perTenThousand: number;
  /** Bytes `check --fix` would change. */
  readonly fixBytes: number;
  readonly details: string[];
}

/**
 * Real published documents checked as drafts: every warning or error is a false alarm, and `--fix`
 * must change nothing. Measured against the given corpus.
 */
export function evaluateRealText(paths: readonly string[], service: LanguageService): RealTextResult {
  let characters = 0;
  let warnings = 0;
  let fixBytes = 0;
  const details: string[] = [];
  for (const path of paths) {
    const text = readFileSync(path, 'utf8');
    characters += [...text].length;
    const draft = draftDocument(pathToFileURL(path).toString(), 0, text);
    const findings = service.check(draft);
    for (const f of findings.filter((f) => f.severity === 'error' || f.severity === 'warning')) {
      warnings++;
      details.push(`${basename(path)}:${f.range.start.line + 1} ${f.code} ${f.message}`);
    }
    for (const edit of safeEdits(findings)) {
      const start = draft.lines.offsetAt(edit.range.start);
      const end = draft.lines.offsetAt(edit.range.end);
      fixBytes += Buffer.byteLength(text.slice(start, end)) + Buffer.byteLength(edit.newText);
    }
  }
  return { characters, warnings, perTenThousand: characters ? (warnings * 10_000) / characters : 0, fixBytes, details };
}

export function rawDocumentPaths(): string[] {
  return readdirSync(RAW_DOCUMENTS)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => join(RAW_DOCUMENTS, name));
}

export type { DiagnosticCode };
