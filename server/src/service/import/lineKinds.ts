// What a line of a policy document is, judged from its own text. The importer needs these answers
// to decide whether two pieces of text separated by a page break belong to one paragraph.
import { CHINESE_NUMERAL_CLASS } from '../text/chineseNumerals.js';

const CN = `[${CHINESE_NUMERAL_CLASS}]+`;
const DIGITS = '[0-9０-９]+';

/** Markdown heading marks, bold and indentation that may sit before a number. */
const DECORATION = /^(?:#{1,6}[ \t]*(?=[^\s#]))?[ \t\u3000]*(?:\*\*|__)?[ \t\u3000]*/;

/** Numbering that starts a heading or an item in Chinese official documents. */
const NUMBERED = [
  new RegExp(`^第\\s*(?:${CN}|${DIGITS})\\s*[章节条部篇]`),
  new RegExp(`^(?:专栏|附件|附表|表|图)\\s*${DIGITS}`),
  new RegExp(`^(?:专栏|附件)\\s*${CN}(?![${CHINESE_NUMERAL_CLASS}])`),
  new RegExp(`^${CN}\\s*、`),
  new RegExp(`^[（(]\\s*(?:${CN}|${DIGITS})\\s*[）)]`),
  // 1. 1． 1、 but not a decimal (2.0) or a date (2022.3)
  new RegExp(`^${DIGITS}\\s*(?:[.．](?![0-9０-９])|、)`),
  /^[①-⑳]/,
];

/** A figure, table or box caption: 图 1 …, 表1 …, 专栏 3 … */
const CAPTION = new RegExp(`^(?:图|表|附表|专栏)\\s*${DIGITS}`);

const CN_DATE_DIGIT = '[〇零一二三四五六七八九十]';
const DATE_LINE = new RegExp(
  `^(?:\\d{4}|${CN_DATE_DIGIT}{4})\\s*年\\s*(?:\\d{1,2}|${CN_DATE_DIGIT}{1,3})\\s*月(?:\\s*(?:\\d{1,2}|${CN_DATE_DIGIT}{1,3})\\s*日)?$`,
);

/** 文号 such as 粤办函〔2022〕24号, with the bracket shapes different sources use. */
export const DOC_NUMBER = /[\u4e00-\u9fff]{1,12}[〔［[【(（]\s*\d{4}\s*[〕］\]】)）]\s*\d+\s*号/;

export function stripDecoration(line: string): string {
  return line.slice(DECORATION.exec(line)?.[0].length ?? 0);
}

export function isMarkdownHeading(line: string): boolean {
  return /^#{1,6}[ \t]*[^\s#]/.test(line);
}

/** Starts with Chinese policy numbering (一、 （二） 3. 第四章 专栏 5 附件 1 …), Markdown or not. */
export function isNumbered(line: string): boolean {
  const rest = stripDecoration(line);
  return NUMBERED.some((re) => re.test(rest));
}

export function isCaption(line: string): boolean {
  return CAPTION.test(stripDecoration(line)) && line.length <= 80 && !/[。；]/.test(line);
}

/** A line that is only a date: a signature date (2022年2月28日) or a cover month (2021年7月). */
export function isDateLine(line: string): boolean {
  return DATE_LINE.test(stripDecoration(line).replace(/\*\*$/, '').trim());
}

export function isDocNumberLine(line: string): boolean {
  return new RegExp(`^${DOC_NUMBER.source}$`).test(stripDecoration(line).replace(/\*\*$/, '').trim());
}

/** ——坚持…, - item, • item: a list item, never the second half of a broken paragraph. */
export function isListItem(line: string): boolean {
  return /^(?:——|[-*+•·●▪◆■]\s)/.test(line);
}

/** 抄送：… or **公开方式：**主动公开: a labelled field of the colophon, not running text. */
export function startsWithFieldLabel(line: string): boolean {
  return /^(?:\*\*)?[\u4e00-\u9fff]{2,6}(?:\*\*)?[：:]/.test(line) && !/^(?:\*\*)?[\u4e00-\u9fff]{2,6}。/.test(line);
}

/** A short "label：value" line such as **公开方式：**主动公开. */
export function isShortField(line: string): boolean {
  return /^(?:\*\*)?[\u4e00-\u9fff]{2,8}(?:\*\*)?[：:](?:\*\*)?\s*[^，。；]{1,20}$/.test(line);
}

const CLOSERS = '”’」』》〉】）)*';
const SENTENCE_END = /[。！？；：…!?;:]$/;

/**
 * The text ends where a paragraph may end: sentence-final punctuation, possibly inside closing
 * quotes, or a closing parenthesis, because clauses end with their lead units (（省…局牵头）).
 */
export function endsParagraph(text: string): boolean {
  const bare = text.slice(0, trailingMarksStart(text));
  if (SENTENCE_END.test(bare)) return true;
  if (/[）)]$/.test(bare)) return true;
  // (?<!…) before a trailing run: tried from its first character only, not again from each of them.
  const inside = bare.replace(new RegExp(`(?<![${CLOSERS}])[${CLOSERS}]+$`), '');
  return inside !== bare && SENTENCE_END.test(inside);
}

/**
 * Where the footnote references ([^1]), bold marks and blanks that end a line begin: what
 * /(?:\[\^[^\]]+\]|\*\*|\s)+$/ removes, read from the end so a long run of them is not rescanned
 * from each of its characters. A reference is the longest one ending at its ], from the first [^ after
 * the ] before it.
 */
function trailingMarksStart(text: string): number {
  let end = text.length;
  for (;;) {
    if (end > 0 && /\s/.test(text[end - 1])) end--;
    else if (end >= 2 && text[end - 1] === '*' && text[end - 2] === '*') end -= 2;
    else if (end >= 4 && text[end - 1] === ']') {
      const open = footnoteReferenceStart(text, end - 1);
      if (open < 0) break;
      end = open;
    } else break;
  }
  return end;
}

/** The start of the longest [^…] ending at `close` (a ]), or -1. */
function footnoteReferenceStart(text: string, close: number): number {
  const previous = text.lastIndexOf(']', close - 1);
  for (let i = previous + 1; i <= close - 3; i++) if (text[i] === '[' && text[i + 1] === '^') return i;
  return -1;
}

/** Clause punctuation shows running text; titles, names and captions have none. */
export function hasProsePunctuation(text: string): boolean {
  return /[，。；：！？,;]/.test(text);
}

/** An opening quote or bracket without its closing one: the text stops inside a name. */
export function leavesQuoteOpen(text: string): boolean {
  const count = (re: RegExp) => (text.match(re) ?? []).length;
  return count(/“/g) > count(/”/g) || count(/《/g) > count(/》/g) || count(/（/g) > count(/）/g);
}

/** Text that cannot start a paragraph: it continues the previous one. */
export function startsMidSentence(text: string): boolean {
  return /^[，。、；：！？”’」』》）)]/.test(text);
}
