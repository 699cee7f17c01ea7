// event.already-held: a draft for a later year plans an ordinal event or batch that a corpus document
// already held or scheduled (首届数字政府建设峰会 in a 2024 draft, when the 2021 work points held it).
import { shortTitle } from '../features/sources.js';
import { HELD_EVENTS, ordinalEventsIn, sameSeries, type HeldEvent } from '../history/ordinalEvents.js';
import { message } from '../messages.js';
import type { Check } from './check.js';
import type { Finding } from './finding.js';

/** Words that tell the event is reported, not planned: 已, 曾, 成功举办, 回顾. */
const PAST = /已经|已|曾|成功举办|先后|回顾|截至|以来|期间|上一届|往届/;
/** After the event: …峰会顺利举办, …大赛圆满落幕, …举办了. */
const PAST_AFTER =
  /^[^，。；]{0,4}(?:顺利|成功|圆满)(?:举办|召开|举行|落幕|闭幕|完成)|^[^，。；]{0,4}(?:举办|召开|举行)了/;
/** A sentence that opens with an earlier year reports that year: 2022年…，第二届…峰会顺利举办. */
const OPENING_YEAR =
  /^(?:\d+[.、．]\s*|[（(][一二三四五六七八九十\d]+[）)]\s*|[一二三四五六七八九十]+、\s*)?((?:19|20)\d{2})\s*年/;

export const eventAlreadyHeld: Check = {
  code: 'event.already-held',
  run(context) {
    const { draft, index, locale } = context;
    // The year the draft speaks from (a corpus document's date, not the end of its period).
    const year = context.date.year;
    if (year === undefined) return [];
    const held = index.derived.get(HELD_EVENTS);
    const out: Finding[] = [];
    for (let line = 0; line < draft.lines.lineCount; line++) {
      const text = draft.lines.lineText(line);
      if (!/届|批|首个/.test(text)) continue;
      for (const event of ordinalEventsIn(text)) {
        const clause = text.slice(
          Math.max(0, text.lastIndexOf('，', event.start) + 1, text.lastIndexOf('。', event.start) + 1),
          event.start,
        );
        if (PAST.test(clause) || PAST_AFTER.test(text.slice(event.end))) continue;
        const sentenceStart = Math.max(0, text.lastIndexOf('。', event.start) + 1);
        const opening = OPENING_YEAR.exec(text.slice(sentenceStart, event.start).trimStart());
        if (opening && Number(opening[1]) < year) continue;
        const earlier = held.filter(
          (h) =>
            h.kind === event.kind && sameSeries(h.series, event.series) && h.year < year && h.ordinal >= event.ordinal,
        );
        if (earlier.length === 0) continue;
        const first = earlier.sort((a, b) => a.year - b.year)[0];
        // The next session is known only where the corpus numbers them.
        const sessions = held.filter(
          (h) => h.kind === 'session' && event.kind === 'session' && sameSeries(h.series, event.series),
        );
        const latest = sessions.some((h) => h.unnumbered)
          ? undefined
          : sessions.sort((a, b) => b.ordinal - a.ordinal)[0];
        const doc = index.document(first.docId);
        const start = draft.lines.lineStart(line) + event.start;
        const range = draft.lines.rangeOf(start, draft.lines.lineStart(line) + event.end);
        const written = text.slice(event.start, event.end);
        out.push({
          code: 'event.already-held',
          range,
          confidence: 'likely',
          evidence: [
            { signal: 'corpus-usage', detail: `${doc ? shortTitle(doc) : first.docId}：${first.year}` },
            { signal: 'draft-year', detail: String(year) },
          ],
          message: message(locale, 'alreadyHeld', {
            written,
            year: first.year,
            doc: doc ? shortTitle(doc) : first.docId,
          }),
          related: doc ? [{ uri: doc.uri, range: first.range, message: `${shortTitle(doc)}：${first.year}` }] : [],
          fixes: latest ? nextSession(written, latest, range, locale) : [],
        });
      }
    }
    return out;
  },
};

/** The session after the latest one the corpus knows, as a suggestion: 第三届 after the 2022 第二届. */
function nextSession(
  written: string,
  latest: HeldEvent,
  range: Finding['range'],
  locale: 'zh' | 'en',
): Finding['fixes'] {
  const next = latest.ordinal + 1;
  const numeral = '零一二三四五六七八九十'[next] ?? String(next);
  const newText = written.replace(/^(首届|第[^届]+届)/, `第${numeral}届`);
  return newText === written
    ? []
    : [{ title: message(locale, 'changeTo', { text: newText }), range, newText, safe: false }];
}
