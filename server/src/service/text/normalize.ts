/** Han characters (CJK unified ideographs and extension A). */
export const HAN = '\\u3400-\\u4dbf\\u4e00-\\u9fff';

const HAN_SPACE_HAN = new RegExp(`([${HAN}])[ \\t\\u3000]+(?=[${HAN}])`, 'g');

/**
 * Removes spaces that a PDF or web line wrap left between two Han characters ("服 务" -> "服务").
 * Spaces next to Latin letters or digits ("2022 年", "x86 架构") are kept as written.
 */
export function joinHanSpaces(text: string): string {
  return text.replace(HAN_SPACE_HAN, '$1');
}

/** Every character nameKey drops or folds. */
const NAME_KEY_CHANGES = /[\s\u3000“”"'‘’「」『』《》〈〉（）＋]/;

/** A key for comparing names: no whitespace, no quotes or brackets of any width, fullwidth folded. */
export function nameKey(text: string): string {
  // Most texts hold none of these: one test instead of five replacements (every check keys names).
  if (!NAME_KEY_CHANGES.test(text)) return text;
  return (
    text
      .replace(/[\s\u3000]+/g, '')
      .replace(/[“”"'‘’「」『』《》〈〉]/g, '')
      .replace(/（/g, '(')
      .replace(/）/g, ')')
      // “互联网＋督查” and “互联网+督查” are one name.
      .replace(/＋/g, '+')
  );
}

/** Strips surrounding quotes: “粤省事” -> 粤省事, 《…》 -> … */
export function stripQuotes(text: string): string {
  const t = text.trim();
  const m = /^[“"「『《〈](.*)[”"」』》〉]$/.exec(t);
  return m ? m[1] : t;
}
