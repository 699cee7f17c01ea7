// value.baseline-as-target: a target whose value is the corpus's baseline for the measure.
import { DRAFT_FIGURES } from './values/draftFigures.js';
import { message } from '../messages.js';
import type { Check } from './check.js';
import { label, TARGET_COMPARISONS, written } from './values/comparisons.js';
import { valueFinding } from './values/valueFinding.js';

export const valueBaselineAsTarget: Check = {
  code: 'value.baseline-as-target',
  uses: [DRAFT_FIGURES, TARGET_COMPARISONS],
  run(context) {
    return context
      .get(TARGET_COMPARISONS)
      .filter((c) => c.verdict === 'baseline-as-target')
      .map((c) =>
        valueFinding(
          context,
          c,
          'value.baseline-as-target',
          message(context.locale, 'baselineAsTarget', {
            value: written(c.figure),
            label: label(c.figure),
            ...(c.repeated?.year !== undefined ? { baselineYear: c.repeated.year } : {}),
            reached: c.repeated?.kind === 'achieved',
            ...(c.expected ? { target: written(c.expected) } : {}),
            ...(c.expected?.year !== undefined ? { targetYear: c.expected.year } : {}),
            ...(c.figure.year !== undefined ? { draftYear: c.figure.year } : {}),
          }),
        ),
      );
  },
};
