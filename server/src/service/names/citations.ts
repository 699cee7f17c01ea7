/** 文号: issuer code, year in brackets, serial: 粤办函〔2022〕24号. Wrong brackets are caught too. */
export const DOC_NUMBER = /([\u4e00-\u9fff]{1,8})([〔[(（［【])(\d{4})([〕\])）］】])(\d{1,4})号/g;

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
  return [...text.matchAll(DOC_NUMBER)].map((m) => {
    const code = m[1].replace(LEADING_WORDS, '') || m[1];
    const start = m.index + (m[1].length - code.length);
    return {
      start,
      end: m.index + m[0].length,
      text: m[0].slice(m[1].length - code.length),
      canonical: `${code}〔${m[3]}〕${m[5]}号`,
      wrongBrackets: m[2] !== '〔' || m[4] !== '〕',
      year: m[3],
      yearStart: m.index + m[1].length,
      yearEnd: m.index + m[1].length + m[2].length + m[3].length + m[4].length,
    };
  });
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
