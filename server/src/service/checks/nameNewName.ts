// name.new-name: a well-formed name close to a known one — 和 inserted, a generic suffix changed — and
// written that way throughout the draft. Bodies are renamed after a corpus is written (广东省政务服务数据
// 管理局 became 省政务服务和数据管理局 in 2024): this is news to check, not a slip to correct.
import { message } from '../messages.js';
import type { Check } from './check.js';
import { NEAR_MISSES } from './names/nearMissAnalysis.js';
import { relatedDefinitions } from './names/related.js';
import { teachCommands } from './names/teach.js';

export const nameNewName: Check = {
  code: 'name.new-name',
  uses: [NEAR_MISSES],
  needsDictionary: true,
  run(context) {
    const { locale, draft } = context;
    const seen = new Set<string>();
    return context
      .get(NEAR_MISSES)
      .findings.filter((a) => a.verdict === 'news')
      .filter((a) => !seen.has(a.written) && (seen.add(a.written), true))
      .map((a) => {
        const known = a.readings[0].name;
        return {
          code: 'name.new-name' as const,
          range: draft.lines.rangeOf(a.start, a.end),
          confidence: 'possible' as const,
          evidence: a.evidence,
          message: message(locale, 'newName', { written: a.written, known: known.name }),
          related: relatedDefinitions(context, known, message(locale, 'definedHere', { name: known.name })),
          fixes: [],
          commands: teachCommands(context, a.written, known),
        };
      });
  },
};
