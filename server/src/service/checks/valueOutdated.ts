// value.outdated: a target equal to an older document's figure while a newer document sets another.
import { DRAFT_FIGURES } from './values/draftFigures.js';
import { shortTitle } from '../features/sources.js';
import { message } from '../messages.js';
import type { Check } from './check.js';
import { TARGET_COMPARISONS, withVerdict, written } from './values/comparisons.js';
import { valueFinding } from './values/valueFinding.js';

export const valueOutdated: Check = {
  code: 'value.outdated',
  uses: [DRAFT_FIGURES, TARGET_COMPARISONS],
  run(context) {
    const title = (docId: string) => {
      const doc = context.index.document(docId);
      return doc ? shortTitle(doc) : undefined;
    };
    return context
      .get(TARGET_COMPARISONS)
      .filter(withVerdict('outdated'))
      .map((c) => {
        const oldDoc = c.repeated ? title(c.repeated.docId) : undefined;
        const newDoc = title(c.expected.docId);
        return valueFinding(
          context,
          c,
          'value.outdated',
          message(context.locale, 'outdated', {
            value: written(c.figure),
            ...(oldDoc ? { oldDoc } : {}),
            ...(c.repeated?.year !== undefined ? { oldYear: c.repeated.year } : {}),
            ...(newDoc ? { newDoc } : {}),
            ...(c.expected.year !== undefined ? { newYear: c.expected.year } : {}),
            newValue: written(c.expected),
          }),
        );
      });
  },
};
