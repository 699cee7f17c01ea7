// Years that date a figure: "到2025年" (a target year), "截至2020年底" (an as-of year), "2022年" (plain), and
// the end of a five-year plan ("十四五"末 -> 2025).
import { parseChineseNumeral } from '../text/chineseNumerals.js';

export type YearRole = 'target' | 'asOf' | 'plain';

export interface YearMention {
  readonly start: number;
  readonly end: number;
  readonly year: number;
  readonly role: YearRole;
}

/** Last year of the n-th five-year plan. The third plan began in 1966 after the 1963-65 adjustment years. */
export function planEndYear(n: number): number {
  return n >= 3 ? 1970 + 5 * (n - 3) : 1957 + 5 * (n - 1);
}

// Without a lead word, a mention starts where its blanks start, never inside them: from each blank of
// a long run the \s* was read again to its end. (A match never ends inside a run of blanks, so starting
// there would never have been the first match.)
const YEAR =
  /(?:(截至|截止到|截止|到|至|于|在)|(?<!\s)|(?!\s))\s*(\d{4})\s*(?:[—–\-－~～至到]\s*(\d{4})\s*)?年(底|末|年底|年末)?(以来|来|起|开始|以前|之前)?/g;
const PLAN = /(?:(截至|到|至)|(?<!\s)|(?!\s))\s*[“"]?十([一二三四五六七八九]?)五[”"]?\s*(时期末|期末|末|期间|时期)?/g;

function roleOf(lead: string | undefined): YearRole {
  if (lead === '截至' || lead === '截止' || lead === '截止到') return 'asOf';
  if (lead === '到' || lead === '至') return 'target';
  return 'plain';
}

/** Inside a book title 《…》 a year belongs to the title: 《…（2018—2020年）》. */
function insideTitle(text: string, pos: number, from: number): boolean {
  const open = text.lastIndexOf('《', pos);
  return open >= from && text.lastIndexOf('》', pos) < open;
}

/** Year mentions in [from, to), in text order. "2017年以来" and "从2021年起" start a period: not a date for a figure. */
export function findYearMentions(text: string, from: number, to: number): YearMention[] {
  const slice = text.slice(from, to);
  const found: YearMention[] = [];
  for (const m of slice.matchAll(YEAR)) {
    const start = from + (m.index ?? 0);
    const year = Number(m[3] ?? m[2]);
    if (m[5] || year < 1949 || year > 2100 || insideTitle(text, start, from)) continue;
    // A lone digit before the year is part of a longer number, not a year.
    if (!m[1] && /\d/.test(text.charAt(start - 1))) continue;
    found.push({ start, end: start + m[0].length, year, role: roleOf(m[1]) });
  }
  for (const m of slice.matchAll(PLAN)) {
    const ordinal = m[2] ? parseChineseNumeral(m[2]) + 10 : 10;
    // Only the end of the plan dates a figure; "十四五规划" alone names a document.
    if (!m[3] && !m[1]) continue;
    const start = from + (m.index ?? 0);
    found.push({
      start,
      end: start + m[0].length,
      year: planEndYear(ordinal),
      role: m[1] === '截至' ? 'asOf' : 'target',
    });
  }
  return found.sort((a, b) => a.start - b.start);
}

/** The nearest year mention that ends before `pos`. */
export function yearBefore(mentions: readonly YearMention[], pos: number, from: number): YearMention | undefined {
  let best: YearMention | undefined;
  for (const m of mentions) if (m.start >= from && m.end <= pos) best = m;
  return best;
}
