const DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

export const CHINESE_NUMERAL_CLASS = '零〇一二两三四五六七八九十百千';

/** Value of a Chinese numeral such as 十一, 二十三, 一百零五; NaN when the text is not one. */
export function parseChineseNumeral(text: string): number {
  if (!text) return NaN;
  if (/^\d+$/.test(text)) return Number(text);
  let total = 0;
  let digit = -1;
  for (const ch of text) {
    if (ch in DIGITS) {
      digit = DIGITS[ch];
    } else if (ch in UNITS) {
      total += (digit < 0 ? 1 : digit) * UNITS[ch];
      digit = -1;
    } else {
      return NaN;
    }
  }
  return total + (digit < 0 ? 0 : digit);
}

/** Converts fullwidth digits and letters to ASCII (０１２ -> 012), leaving Chinese untouched. */
export function toHalfWidth(text: string): string {
  return text.replace(/[\uFF01-\uFF5E]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
}
