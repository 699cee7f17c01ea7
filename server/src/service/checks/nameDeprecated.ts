// name.deprecated: a name marked as replaced, citing the document that says so. A sentence that tells
// the history (撤并…组建, 在原…基础上, 更名为) uses the old name on purpose and is not reported.
import { message } from '../messages.js';
import type { Check } from './check.js';
import type { CheckContext } from './context.js';
import { relatedDefinitions } from './names/related.js';

export const nameDeprecated: Check = {
  code: 'name.deprecated',
  run(context) {
    const { draft, locale } = context;
    return context.matches.flatMap((match) => {
      const name = match.values.find((value) => value.deprecated);
      if (!name?.deprecated || isHistorical(context, match.start, match.end)) return [];
      const d = name.deprecated;
      const range = draft.lines.rangeOf(match.start, match.end);
      const written = draft.text.slice(match.start, match.end);
      const replacement = d.replacedBy ? context.index.lookupName(d.replacedBy)[0] : undefined;
      return [
        {
          code: 'name.deprecated' as const,
          range,
          confidence: 'certain' as const,
          evidence: [{ signal: 'registry' as const, detail: d.source }],
          message: message(locale, 'deprecated', {
            written,
            source: d.source,
            ...(d.since ? { since: d.since } : {}),
            ...(d.replacedBy ? { replacedBy: d.replacedBy } : {}),
            ...(d.note ? { note: d.note } : {}),
          }),
          related: replacement
            ? relatedDefinitions(context, replacement, message(locale, 'definedHere', { name: replacement.name }))
            : [],
          // The registry confirms the replacement, and the sentence is not about history: safe.
          fixes: d.replacedBy
            ? [{ title: message(locale, 'changeTo', { text: d.replacedBy }), range, newText: d.replacedBy, safe: true }]
            : [],
        },
      ];
    });
  },
};

const HISTORY_WORDS = /撤并|撤销|并入|组建|改组|更名|改名|前身|曾用名|基础上|取代|替代/;

/**
 * A sentence that tells the history — 原省咨询投诉平台, or the old and the new name together (撤并…
 * 省信息中心…组建省政务服务数据管理局) — uses the old name on purpose.
 */
export function isHistorical(context: CheckContext, start: number, end: number): boolean {
  const text = context.draft.text;
  const sentenceStart = Math.max(text.lastIndexOf('。', start), text.lastIndexOf('\n', start)) + 1;
  let sentenceEnd = text.slice(end).search(/[。\n]/);
  sentenceEnd = sentenceEnd < 0 ? text.length : end + sentenceEnd;
  return HISTORY_WORDS.test(text.slice(sentenceStart, sentenceEnd));
}
