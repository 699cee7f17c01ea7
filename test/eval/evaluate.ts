import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { readCorpusFolders } from '../../server/src/node/corpusFolders.js';
import { JiebaSegmenter } from '../../server/src/node/jiebaSegmenter.js';
import { checkDraft } from '../../server/src/service/diagnostics/checkDraft.js';
import { ALL_CODES, type DiagnosticCode } from '../../server/src/service/diagnostics/codes.js';
import { draftDocument } from '../../server/src/service/features/documentText.js';
import { CorpusIndex } from '../../server/src/service/index/corpusIndex.js';

export const DRAFTS = join(__dirname, '..', 'fixtures', 'drafts');
const CORPUS = join(__dirname, '..', '..', 'corpus');

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
  readonly perCode: Map<DiagnosticCode, CodeScore>;
  readonly total: CodeScore;
  readonly expected: number;
  readonly misses: string[];
  readonly falseAlarms: string[];
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

export function evaluateDrafts(drafts = DRAFTS): Evaluation {
  const corpus = readCorpusFolders([CORPUS]);
  const index = CorpusIndex.build(corpus.files, corpus.registry, new JiebaSegmenter());
  const perCode = new Map<DiagnosticCode, CodeScore>(
    ALL_CODES.map((code) => [code, { truePositives: 0, falsePositives: 0, falseNegatives: 0 }]),
  );
  const misses: string[] = [];
  const falseAlarms: string[] = [];
  let expectedCount = 0;
  for (const file of readdirSync(drafts)
    .filter((name) => name.endsWith('.md') && name !== 'README.md')
    .sort()) {
    const path = join(drafts, file);
    const text = readFileSync(path, 'utf8');
    const draft = draftDocument(pathToFileURL(path).toString(), 0, text);
    const expected = expectationsOf(file, text);
    expectedCount += expected.length;
    const unmatched = new Set(expected);
    for (const finding of checkDraft(index, draft, { locale: 'zh' })) {
      const written = text.slice(draft.lines.offsetAt(finding.range.start), draft.lines.offsetAt(finding.range.end));
      const hit = [...unmatched].find(
        (e) =>
          e.code === finding.code &&
          e.line === finding.range.start.line &&
          (written.includes(e.span) || e.span.includes(written)),
      );
      const score = perCode.get(finding.code)!;
      if (hit) {
        unmatched.delete(hit);
        score.truePositives++;
      } else {
        score.falsePositives++;
        falseAlarms.push(`${file}:${finding.range.start.line + 1} ${finding.code} “${written}” ${finding.message}`);
      }
    }
    for (const miss of unmatched) {
      const score = perCode.get(miss.code as DiagnosticCode);
      if (score) score.falseNegatives++;
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
  return { perCode, total, expected: expectedCount, misses, falseAlarms };
}

export const precision = (s: CodeScore) =>
  s.truePositives + s.falsePositives === 0 ? 1 : s.truePositives / (s.truePositives + s.falsePositives);
export const recall = (s: CodeScore) =>
  s.truePositives + s.falseNegatives === 0 ? 1 : s.truePositives / (s.truePositives + s.falseNegatives);

export function formatEvaluation(result: Evaluation): string {
  const row = (label: string, s: CodeScore) =>
    `${label.padEnd(26)} ${String(s.truePositives).padStart(4)} ${String(s.falsePositives).padStart(4)} ${String(s.falseNegatives).padStart(4)}   ${precision(s).toFixed(3)}     ${recall(s).toFixed(3)}`;
  return [
    `labelled mistakes: ${result.expected}`,
    `${'code'.padEnd(26)}   TP   FP   FN   precision  recall`,
    ...[...result.perCode].map(([code, s]) => row(code, s)),
    row('overall', result.total),
  ].join('\n');
}
