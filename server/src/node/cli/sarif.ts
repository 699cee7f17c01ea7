import { relative } from 'node:path';
import { ALL_CODES } from '../../service/checks/codes.js';
import type { Confidence } from '../../service/checks/finding.js';
import type { Severity } from '../../service/model.js';
import type { CheckedFile } from './check.js';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = {
  error: 'error',
  warning: 'warning',
  info: 'note',
  hint: 'note',
};
/** SARIF's rank (0–100): how sure the tool is that a result is a real problem. */
const RANK: Record<Confidence, number> = { certain: 95, likely: 70, possible: 30 };

const region = (range: { start: { line: number; character: number }; end: { line: number; character: number } }) => ({
  startLine: range.start.line + 1,
  startColumn: range.start.character + 1,
  endLine: range.end.line + 1,
  endColumn: range.end.character + 1,
});

/** SARIF 2.1.0: one run, rules = diagnostic codes, rank and evidence per result, safe fixes only. */
export function toSarif(files: readonly CheckedFile[]) {
  const artifact = (path: string) => ({ uri: relative(process.cwd(), path).split('\\').join('/') });
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'policy-lens',
            informationUri: 'https://github.com/policy-lens/policy-lens',
            rules: ALL_CODES.map((code) => ({
              id: code,
              helpUri: `https://github.com/policy-lens/policy-lens#${code.replace(/\./g, '')}`,
            })),
          },
        },
        results: files.flatMap((file) =>
          file.findings.map((finding) => ({
            ruleId: finding.code,
            ruleIndex: ALL_CODES.indexOf(finding.code),
            level: LEVEL[finding.severity],
            rank: RANK[finding.confidence],
            message: { text: finding.message },
            locations: [{ physicalLocation: { artifactLocation: artifact(file.path), region: region(finding.range) } }],
            relatedLocations: finding.related.map((related, id) => ({
              id,
              message: { text: related.message },
              physicalLocation: { artifactLocation: { uri: related.uri }, region: region(related.range) },
            })),
            properties: { confidence: finding.confidence, evidence: finding.evidence },
            fixes: finding.fixes
              .filter((fix) => fix.safe)
              .map((fix) => ({
                description: { text: fix.title },
                artifactChanges: [
                  {
                    artifactLocation: artifact(file.path),
                    replacements: [{ deletedRegion: region(fix.range), insertedContent: { text: fix.newText } }],
                  },
                ],
              })),
          })),
        ),
      },
    ],
  };
}
