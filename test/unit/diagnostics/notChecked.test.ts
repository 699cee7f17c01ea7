// What the checker does not read is said: a line too long to be prose, a draft too large as a whole.
// Each gets a draft.not-checked finding (a warning by default), so the editor shows it and the CLI exits 1.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MAX_CHECKED_LINE } from '../../../server/src/service/checks/draftView.js';
import { MAX_CHECKED_CHARS, runChecks } from '../../../server/src/service/checks/runChecks.js';
import { draftDocument } from '../../../server/src/service/features/documentText.js';
import { bundled } from '../corpus/bundled.js';

const check = (text: string, severities = {}) =>
  runChecks(bundled(), draftDocument('file:///d.md', 1, text), { locale: 'zh', severities });

test('an overlong line is said, and the lines around it are checked as usual', () => {
  const text = [
    '# 2024年工作要点',
    `![图](data:image/png;base64,${'A'.repeat(MAX_CHECKED_LINE + 10)})`,
    '依据粤办函[2022]24号推进。',
  ].join('\n');
  const findings = check(text).map((f) => [f.code, f.range.start.line, f.severity]);
  assert.deepEqual(findings, [
    ['draft.not-checked', 1, 'warning'],
    ['doc.number-mismatch', 2, 'warning'],
  ]);
  assert.match(check(text)[0].message, /此行过长/);
});

test('a draft over the size limit is one finding on its first line, unless the code is off', () => {
  const text = `# 标题\n${'推进工作。'.repeat(MAX_CHECKED_CHARS / 5 + 1)}`;
  const findings = check(text);
  assert.deepEqual(
    findings.map((f) => [f.code, f.range.start.line]),
    [['draft.not-checked', 0]],
  );
  assert.match(findings[0].message, /文稿过大/);
  assert.deepEqual(check(text, { 'draft.not-checked': 'off' }), []);
});

test('a draft over the size limit with CRLF line ends: the finding ends on its first line, not past it', () => {
  const text = `# 标题\r\n${'推进工作。\r\n'.repeat(MAX_CHECKED_CHARS / 7 + 1)}`;
  const [finding] = check(text);
  assert.equal(finding.code, 'draft.not-checked');
  assert.deepEqual(finding.range, { start: { line: 0, character: 0 }, end: { line: 0, character: '# 标题'.length } });
});
