// Finds "number + unit" spans in prose and drops numbers that are not figures: dates and years, ordinals
// (第2批), document numbers (〔2022〕24号), numbers that are part of a name or code (12345热线, 5G, x86, 7×24),
// list markers (1.), ranges (3 至 5 个) and anything without a unit.
import { parseChineseNumeral, toHalfWidth } from '../text/chineseNumerals.js';
import { readSuffixComparator } from './comparators.js';
import { isDuration, readUnit, splitUnit } from './units.js';

export interface Quantity {
  /** Start of the number. */
  readonly start: number;
  /** End of the unit: [start, end) is the value range a diagnostic underlines. */
  readonly end: number;
  readonly value: number;
  readonly unit: string;
  readonly counter: string;
  /** 多 / 余 between number and counter. */
  readonly approx?: '多' | '余';
  /** 以上 / 以下 / 以内 … after the unit. */
  readonly suffix?: string;
  /** End of the unit and any suffix comparator: where the text after the figure starts. */
  readonly tailEnd: number;
}

/** Digits with an optional decimal part; 20,000 with thousands separators is one number. */
const NUMBER = '\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?(?!\\d)|\\d+(?:\\.\\d+)?';
/** Characters that glue a number to a code, name or formula on its left: x86, IPv6, 7×24, 1+N, 2021-00258. */
const GLUED_LEFT = /[A-Za-z0-9.×xX*+/_\-:#〕\]】]/;
const GLUED_RIGHT = /^[A-Za-z×*+/_\-:#]/;
const LATIN_UNIT = /^\s?(TB|PB|GB|EB)(?![A-Za-z])/;
const RANGE_LINK = /^\s*(?:[至到~～—–\-－])\s*\d/;

/** Inside 《…》 or 〔…〕 a number belongs to a title or a document number. */
function insideBrackets(text: string, pos: number, from: number): boolean {
  for (const [open, close] of [
    ['《', '》'],
    ['〔', '〕'],
    ['[', ']'],
    ['【', '】'],
  ] as const) {
    const o = text.lastIndexOf(open, pos);
    if (o >= from && text.lastIndexOf(close, pos) < o) return true;
  }
  return false;
}

/** Ordinals: 第2批, 第 16 届. */
function isOrdinal(text: string, start: number): boolean {
  return /第\s*$/.test(text.slice(Math.max(0, start - 3), start));
}

/** The second number of a range: "3 至 5 个", "20-30万". */
function endsRange(text: string, start: number, from: number): boolean {
  const before = text.slice(Math.max(from, start - 8), start);
  // Each optional part takes the blanks after it: three \s* side by side split a long run every way.
  return /\d\s*(?:[十百千万亿]+\s*)?(?:[多余]\s*)?[至到~～—–\-－]\s*$/.test(before);
}

/**
 * "24小时不打烊", "24 小时自助银行": round-the-clock service, not a time limit. A real limit carries a comparator
 * (24小时内, 不超过24小时, 压缩至24小时).
 */
function isAlwaysOn(text: string, start: number, counter: string, value: number, suffix: string | undefined): boolean {
  if (counter !== '小时' || value !== 24 || suffix) return false;
  return !/(至|到|在|于|过|超|于)\s*$/.test(text.slice(Math.max(0, start - 3), start));
}

/** Every figure-like quantity in [from, to), in text order. */
export function findQuantities(rawText: string, from: number, to: number): Quantity[] {
  // Only the span is read (spans are scanned one by one: folding the whole text each time would be quadratic).
  // Fullwidth digits fold to ASCII one character for one, so local offsets plus `from` stay valid.
  const text = toHalfWidth(rawText.slice(from, to));
  const found: Quantity[] = [];
  const re = new RegExp(NUMBER, 'g');
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const start = m.index;
    const numberEnd = start + m[0].length;
    const after = text.slice(numberEnd, numberEnd + 4);
    if (start > 0 && GLUED_LEFT.test(text.charAt(start - 1))) continue;
    if (GLUED_RIGHT.test(after) && !LATIN_UNIT.test(after)) continue;
    if (RANGE_LINK.test(after) || endsRange(text, start, 0)) continue;
    if (isOrdinal(text, start) || insideBrackets(text, start, 0)) continue;
    const unit = readUnit(text, numberEnd);
    if (!unit) continue;
    // "1万至2万" is a range too, with the unit written on both ends.
    if (RANGE_LINK.test(text.slice(unit.end, unit.end + 4))) continue;
    const { counter } = splitUnit(unit.unit);
    const suffix = readSuffixComparator(text, unit.end, isDuration(counter));
    const value = Number(m[0].replace(/,/g, ''));
    if (isAlwaysOn(text, start, counter, value, suffix?.word)) continue;
    found.push({
      start: from + start,
      end: from + unit.end,
      value,
      unit: unit.unit,
      counter,
      ...(unit.approx ? { approx: unit.approx } : {}),
      ...(suffix ? { suffix: suffix.word } : {}),
      tailEnd: from + (suffix ? suffix.end : unit.end),
    });
  }
  found.push(...wordQuantities(text, from, found));
  return found.sort((a, b) => a.start - b.start);
}

/** A comparator or change word right before a number written in words: 突破百万, 压减五成. */
const BEFORE_WORD_NUMBER =
  /(?:突破|达到|超过|迈上|冲上|上|过|破|达|超|逾|近|约|至|到|定为|压减|减少|减掉|降低|提高|提升|增长|下降)$/;

/**
 * Figures written in words, as speeches and news write them: 百万 (100万), 千万, 五成 (50%). Only after a
 * comparator or a change word (千万不要, 百万富翁, 成为 are no figures).
 */
function wordQuantities(text: string, from: number, numeric: readonly Quantity[]): Quantity[] {
  const out: Quantity[] = [];
  const taken = (at: number) => numeric.some((q) => q.start - from <= at && at < q.end - from);
  for (const m of text.matchAll(/(十|百|千)(万|亿)|([一二三四五六七八九])成(?![为功绩果员本立熟])/g)) {
    const start = m.index;
    if (taken(start) || !BEFORE_WORD_NUMBER.test(text.slice(Math.max(0, start - 3), start))) continue;
    if (m[1]) {
      // 百万路: the value counts 万 (100万), the counter follows as after a digit.
      const value = { 十: 10, 百: 100, 千: 1000 }[m[1]]!;
      const unit = readUnit(text, start + 1);
      if (!unit) continue;
      const { counter } = splitUnit(unit.unit);
      const suffix = readSuffixComparator(text, unit.end, false);
      out.push({
        start: from + start,
        end: from + unit.end,
        value,
        unit: unit.unit,
        counter,
        ...(suffix ? { suffix: suffix.word } : {}),
        tailEnd: from + (suffix ? suffix.end : unit.end),
      });
    } else {
      const value = parseChineseNumeral(m[3]) * 10;
      const end = start + 2;
      out.push({ start: from + start, end: from + end, value, unit: '%', counter: '%', tailEnd: from + end });
    }
  }
  return out;
}
