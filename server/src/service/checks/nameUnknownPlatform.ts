// name.unknown-platform: a quoted name of the province's brand shape (“粤X”) that the corpus does not know.
import { message } from '../messages.js';
import { quotedBrand } from '../names/platforms.js';
import type { Check } from './check.js';
import type { Finding } from './finding.js';
import { NEAR_MISSES } from './names/nearMissAnalysis.js';

export const nameUnknownPlatform: Check = {
  code: 'name.unknown-platform',
  uses: [NEAR_MISSES],
  needsDictionary: true,
  run(context) {
    const { draft, index, locale } = context;
    const out: Finding[] = [];
    for (const prefix of index.brandPrefixes) {
      for (const match of draft.text.matchAll(quotedBrand(prefix))) {
        const name = match[1];
        const start = match.index + 1;
        // What the corpus writes (“粤港澳”大湾区) is usage, not an unknown platform.
        if (index.lookupName(name).length > 0 || index.isAttested(name)) continue;
        const range = draft.lines.rangeOf(start, start + name.length);
        // A guess (a possible slip of a known brand) is offered here rather than as a finding of its own.
        const guess = context.get(NEAR_MISSES).findings.find((a) => a.start === start && a.end === start + name.length);
        const meant = guess?.readings.map((r) => r.name.name) ?? [];
        out.push({
          code: 'name.unknown-platform',
          range,
          confidence: 'likely',
          evidence: [{ signal: 'quoted' }, { signal: 'brand-prefix', detail: prefix }],
          message: message(locale, 'unknownPlatform', { name, meant }),
          related: [],
          fixes: meant.map((text) => ({
            title: message(locale, 'changeTo', { text }),
            range,
            newText: text,
            safe: false,
          })),
        });
      }
    }
    return out;
  },
};
