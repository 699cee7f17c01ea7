// name.quotes: a platform the corpus quotes (“粤省事”) written with ASCII or corner quotes (a warning),
// or bare (information: some corpus documents write platforms bare); a quoted slogan in other quotes.
import { message } from '../messages.js';
import type { Check } from './check.js';
import { corpusIsConsistent, OCCURRENCES } from './names/occurrences.js';
import { relatedDefinitions } from './names/related.js';

export const nameQuotes: Check = {
  code: 'name.quotes',
  uses: [OCCURRENCES],
  run(context) {
    const { locale } = context;
    return (
      context
        .get(OCCURRENCES)
        .filter((o) => o.quoting !== 'fullwidth' && o.name.display.startsWith('“'))
        // A platform, or a slogan the corpus always quotes, in ASCII or corner quotes (「一网统揽」): bare
        // slogans are common and right, so only other quotes count for a term.
        .filter((o) =>
          o.name.kind === 'platform'
            ? o.quoting === 'other' || corpusIsConsistent(context, o.name)
            : o.name.kind === 'term' && o.quoting === 'other' && corpusIsConsistent(context, o.name),
        )
        .map((o) => ({
          code: 'name.quotes' as const,
          range: o.fullRange,
          confidence: o.quoting === 'other' ? ('certain' as const) : ('possible' as const),
          evidence: [
            { signal: o.quoting === 'other' ? ('other-quotes' as const) : ('bare-form' as const), detail: o.form },
            { signal: 'corpus-usage' as const, detail: o.name.display },
          ],
          message: message(locale, 'quotes', { display: o.name.display }),
          related: relatedDefinitions(context, o.name, message(locale, 'asCorpusWrites', {})),
          fixes: [
            {
              title: message(locale, 'changeToPlain', { text: o.name.display }),
              range: o.fullRange,
              newText: o.name.display,
              safe: true,
            },
          ],
        }))
    );
  },
};
