// value.conflict: a target for a measure and year that differs from the corpus's target for that year.
import { DRAFT_FIGURES } from './values/draftFigures.js';
import { message } from '../messages.js';
import type { Check } from './check.js';
import { label, TARGET_COMPARISONS, withVerdict, written } from './values/comparisons.js';
import { valueFinding } from './values/valueFinding.js';

export const valueConflict: Check = {
  code: 'value.conflict',
  uses: [DRAFT_FIGURES, TARGET_COMPARISONS],
  run(context) {
    return context
      .get(TARGET_COMPARISONS)
      .filter(withVerdict('conflict'))
      .map((c) =>
        valueFinding(
          context,
          c,
          'value.conflict',
          message(context.locale, 'conflict', {
            label: label(c.figure),
            year: c.expected.year ?? c.figure.year ?? 0,
            expected: written(c.expected),
            value: written(c.figure),
          }),
        ),
      );
  },
};
