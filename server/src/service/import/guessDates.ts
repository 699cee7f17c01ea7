import { parseChineseNumeral } from '../text/chineseNumerals.js';

const CN_DIGITS: Record<string, string> = {
  〇: '0',
  零: '0',
  一: '1',
  二: '2',
  三: '3',
  四: '4',
  五: '5',
  六: '6',
  七: '7',
  八: '8',
  九: '9',
};

/** A date as an ISO date or month: 2022-02-28, 2021-07. */
export function isoDate(text: string | undefined): string | undefined {
  if (!text) return undefined;
  const numeric = /(\d{4})\s*[-/.年]\s*(\d{1,2})\s*(?:[-/.月]\s*(?:(\d{1,2})\s*日?)?)?/.exec(text);
  if (numeric) return format(Number(numeric[1]), Number(numeric[2]), numeric[3] ? Number(numeric[3]) : undefined);
  // 二〇二一年七月二十日: the year is read digit by digit, month and day as numbers.
  const written =
    /([〇零一二三四五六七八九]{4})\s*年\s*([一二三四五六七八九十]{1,3})\s*月(?:\s*([一二三四五六七八九十]{1,3})\s*日)?/.exec(
      text,
    );
  if (!written) return undefined;
  const year = Number([...written[1]].map((ch) => CN_DIGITS[ch]).join(''));
  return format(year, parseChineseNumeral(written[2]), written[3] ? parseChineseNumeral(written[3]) : undefined);
}

function format(year: number, month: number, day?: number): string | undefined {
  if (!(year >= 1949 && year <= 2100 && month >= 1 && month <= 12)) return undefined;
  const mm = String(month).padStart(2, '0');
  if (day === undefined) return `${year}-${mm}`;
  return day >= 1 && day <= 31 ? `${year}-${mm}-${String(day).padStart(2, '0')}` : undefined;
}

/**
 * 规划期限为2021—2025年, 实施期为 2021-2025 年: the span a document says it governs. The optional 年 takes
 * the blanks after it (here and below): \s*年?\s* split a long run of blanks every way.
 */
const STATED_PERIOD = /期(?:限)?(?:为|是|[：:])?\s*(\d{4})\s*(?:年\s*)?[—–\-~～至到]+\s*(\d{4})\s*年/;

/** （2021—2025年） in a title. */
const TITLE_PERIOD = /(\d{4})\s*(?:年\s*)?[—–\-~～至到]+\s*(\d{4})\s*年/;

/** “十四五”: the Nth five-year plan. */
const FIVE_YEAR_PLAN = /[“"]?十([一二三四五六七八九]?)五[”"]?(?=规划|时期|期间|[”"])/;

/**
 * The years a document governs: stated in its text or title, implied by a five-year-plan title,
 * or the single year of an annual document (2022年工作要点).
 */
export function guessPeriod(
  title: string,
  texts: readonly string[],
  annual: boolean,
  issuedYear?: number,
): [number, number] | undefined {
  for (const text of texts) {
    const stated = STATED_PERIOD.exec(text);
    if (stated) return ordered(Number(stated[1]), Number(stated[2]));
  }
  const inTitle = TITLE_PERIOD.exec(title);
  if (inTitle) return ordered(Number(inTitle[1]), Number(inTitle[2]));
  const plan = FIVE_YEAR_PLAN.exec(title);
  if (plan) {
    const n = 10 + (plan[1] ? parseChineseNumeral(plan[1]) : 0);
    // From the third plan (1966–1970) on, plans follow one another every five years.
    const start = 1966 + 5 * (n - 3);
    return [start, start + 4];
  }
  const year = /(\d{4})\s*年/.exec(title);
  if (annual && year) return [Number(year[1]), Number(year[1])];
  return issuedYear !== undefined ? periodOfTargets(texts, issuedYear) : undefined;
}

/**
 * A document that states no period governs up to the year its targets are set for: 到2025年… in most of
 * them, 2023年年底前… in some — from the year it was issued to the year its text aims at most often.
 */
function periodOfTargets(texts: readonly string[], issuedYear: number): [number, number] | undefined {
  const counts = new Map<number, number>();
  for (const text of texts) {
    for (const m of text.matchAll(/(?:到|至)\s*((?:19|20)\d{2})\s*年|((?:19|20)\d{2})\s*年(?:年)?底前/g)) {
      const year = Number(m[1] ?? m[2]);
      if (year >= issuedYear && year <= issuedYear + 15) counts.set(year, (counts.get(year) ?? 0) + 1);
    }
  }
  if (counts.size === 0) return undefined;
  // A tie (到2023年底… 到2025年… 到2035年…) goes to the nearest year that ends a five-year plan after the
  // year of issue: the one the measures are set for; this year's is a first step, a later one a vision.
  const top = Math.max(...counts.values());
  const tied = [...counts]
    .filter(([, n]) => n === top)
    .map(([year]) => year)
    .sort((a, b) => a - b);
  const best =
    tied.find((year) => year > issuedYear && year % 5 === 0) ?? tied.find((year) => year > issuedYear) ?? tied[0];
  return [issuedYear, best];
}

function ordered(from: number, to: number): [number, number] | undefined {
  return from <= to ? [from, to] : undefined;
}
