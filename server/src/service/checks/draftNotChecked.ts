// draft.not-checked: what the checker did not read is said, never passed over in silence — a line too
// long to be prose (a pasted data URI, a table dump) gets a finding of its own, so the editor shows it
// and the CLI exits non-zero. (A draft too large as a whole is said in runChecks, which reads nothing.)
import { message } from '../messages.js';
import type { Check } from './check.js';
import { MAX_CHECKED_LINE } from './draftView.js';

export const draftNotChecked: Check = {
  code: 'draft.not-checked',
  run(context) {
    return context.view.blanked
      .filter((span) => span.reason === 'overlong-line')
      .map((span) => {
        const range = context.draft.lines.rangeOf(span.start, span.end);
        return {
          code: 'draft.not-checked' as const,
          range: { start: range.start, end: { line: range.start.line, character: Math.min(range.end.character, 80) } },
          confidence: 'certain' as const,
          evidence: [],
          message: message(context.locale, 'notCheckedLine', {
            length: span.end - span.start,
            limit: MAX_CHECKED_LINE,
          }),
          related: [],
          fixes: [],
        };
      });
  },
};
