import { relative } from 'node:path';
import { ALL_CODES } from '../../service/diagnostics/codes.js';
import type { Severity } from '../../service/model.js';
import type { CheckedFile } from './check.js';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = {
  error: 'error',
  warning: 'warning',
  info: 'note',
  hint: 'note',
};

const region = (range: { start: { line: number; character: number }; end: { line: number; character: number } }) => ({
  startLine: range.start.line + 1,
  startColumn: range.start.character + 1,
  endLine: range.end.line + 1,
  endColumn: range.end.character + 1,
});

/** SARIF 2.1.0: one run, rules = diagnostic codes, related locations in the corpus. */
export function toSarif(files: readonly CheckedFile[]) {
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
            message: { text: finding.message },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: relative(process.cwd(), file.path).split('\\').join('/') },
                  region: region(finding.range),
                },
              },
            ],
            relatedLocations: finding.related.map((related, id) => ({
              id,
              message: { text: related.message },
              physicalLocation: { artifactLocation: { uri: related.uri }, region: region(related.range) },
            })),
            fixes: finding.fixes
              .filter((fix) => fix.preferred)
              .map((fix) => ({
                description: { text: fix.title },
                artifactChanges: [
                  {
                    artifactLocation: { uri: relative(process.cwd(), file.path).split('\\').join('/') },
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
