/**
 * 文号: issuer code, year in brackets, serial: 粤办函〔2022〕24号. Wrong brackets are caught too. As a
 * regular expression, /([\u4e00-\u9fff]{1,8})([〔[(（［【])(\d{4})([〕\])）］】])(\d{1,4})号/g — which tries its
 * eight Han characters at every position of a text; so the bracketed year and serial are found first
 * (DOC_NUMBER_TAIL) and the issuer code read back from there (findDocNumbers gives the same matches).
 */
const DOC_NUMBER_TAIL = /([〔[(（［【])(\d{4})([〕\])）］】])(\d{1,4})号/g;
const ISSUER_CODE_MAX = 8;
const isHan = (code: number) => code >= 0x4e00 && code <= 0x9fff;

export interface DocNumberMatch {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Normalized with the official 〔〕 brackets. */
  readonly canonical: string;
  readonly wrongBrackets: boolean;
  readonly year: string;
  /** The bracketed year, brackets included: what a bracket fix replaces. */
  readonly yearStart: number;
  readonly yearEnd: number;
}

/** Words that run into an issuer code without belonging to it: 依据粤办函… -> 粤办函. */
const LEADING_WORDS =
  /^(?:依据|根据|按照|参照|参见|详见|对照|落实|贯彻|印发|转发|关于|即|见|和|与|及|或|的|以|经|按|据|文件|号文|通知|意见)+/;

export function findDocNumbers(text: string): DocNumberMatch[] {
  const found: DocNumberMatch[] = [];
  let previousEnd = 0;
  for (const m of text.matchAll(DOC_NUMBER_TAIL)) {
    // The issuer code: up to eight Han characters right before the bracket, none of an earlier match.
    let codeStart = m.index;
    while (codeStart > previousEnd && m.index - codeStart < ISSUER_CODE_MAX && isHan(text.charCodeAt(codeStart - 1)))
      codeStart--;
    if (codeStart === m.index) continue;
    const written = text.slice(codeStart, m.index);
    const code = written.replace(LEADING_WORDS, '') || written;
    const start = codeStart + (written.length - code.length);
    const end = m.index + m[0].length;
    found.push({
      start,
      end,
      text: text.slice(start, end),
      canonical: `${code}〔${m[2]}〕${m[4]}号`,
      wrongBrackets: m[1] !== '〔' || m[3] !== '〕',
      year: m[2],
      yearStart: m.index,
      yearEnd: m.index + m[1].length + m[2].length + m[3].length,
    });
    previousEnd = end;
  }
  return found;
}

export interface TitleCitation {
  readonly start: number;
  readonly end: number;
  /** Without the 《》 marks. */
  readonly title: string;
}

/** 《…》 citations (nested quotes allowed inside, no line breaks). */
export function findTitleCitations(text: string): TitleCitation[] {
  return [...text.matchAll(/《([^《》\n]{2,80})》/g)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    title: m[1],
  }));
}

/** "（以下简称数字广东公司）": an abbreviation introduced right after a full name. */
export function findAbbreviations(text: string): Array<{ full: string; short: string; at: number }> {
  const out: Array<{ full: string; short: string; at: number }> = [];
  for (const m of text.matchAll(/[（(](?:以下)?简称[“"]?([^（）()“”"，,]{2,20})[”"]?[）)]/g)) {
    const before = text.slice(Math.max(0, m.index - 30), m.index);
    // (?<!…) before a trailing run: tried from its first character only, not again from each of them.
    const run = /(?<![\u4e00-\u9fffA-Za-z0-9“”])([\u4e00-\u9fffA-Za-z0-9“”]+)$/.exec(before)?.[1] ?? '';
    const full = run.replace(/^(?:组建|成立|设立|建设|印发|推出|依托|由|和|与|及)/, '');
    if (full.length >= 2) out.push({ full, short: m[1], at: m.index });
  }
  return out;
}
