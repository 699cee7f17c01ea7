import type { SectionKind } from '../model.js';
import { CHINESE_NUMERAL_CLASS, parseChineseNumeral, toHalfWidth } from '../text/chineseNumerals.js';

/** What a line's leading number says about its place in the hierarchy. */
export interface Numbering {
  readonly kind: SectionKind;
  /** As printed: 一、 （五） 1. 第三章 专栏 2 附件 1 表1 */
  readonly number: string;
  readonly ordinal: number;
  /** Offset in the line where the number starts (after #, **, indentation). */
  readonly start: number;
  /** Offset in the line where the text after the number starts. */
  readonly textStart: number;
}

const N = `[${CHINESE_NUMERAL_CLASS}]+`;
const D = '[0-9０-９]+';

// Order matters: the first pattern that matches wins.
const PATTERNS: ReadonlyArray<{ kind: SectionKind; re: RegExp }> = [
  { kind: 'chapter', re: new RegExp(`^第\\s*(${N}|${D})\\s*章`) },
  { kind: 'part', re: new RegExp(`^第\\s*(${N}|${D})\\s*节`) },
  { kind: 'box', re: new RegExp(`^专栏\\s*(${D}|${N})(?![0-9０-９])`) },
  { kind: 'annex', re: new RegExp(`^附件\\s*(${D}|${N})(?=\\s|$|[：:])`) },
  // A document's only annex is printed 附件 alone on its line (its title follows on the next one).
  { kind: 'annex', re: /^附件()(?=[ \t\u3000]*(?:\*\*|__)?[ \t\u3000]*$)/ },
  { kind: 'table', re: new RegExp(`^表\\s*(${D})(?![0-9０-９.．])`) },
  { kind: 'level1', re: new RegExp(`^(${N})\\s*、`) },
  { kind: 'level2', re: new RegExp(`^[（(]\\s*(${N})\\s*[）)]`) },
  { kind: 'level4', re: new RegExp(`^[（(]\\s*(${D})\\s*[）)]`) },
  // 1. / 1． / 1、 but not decimals (2.0) or dates (2022.3)
  { kind: 'level3', re: new RegExp(`^(${D})\\s*(?:[.．](?![0-9０-９])|、)`) },
];

/** Heading marks (with or without the space CommonMark asks for: ###（二）), indentation and bold. */
const DECORATION = /^(?:#{1,6}[ \t]*(?=[^\s#]))?(?:[ \t\u3000]*)(?:\*\*|__)?[ \t\u3000]*/;

/** Recognizes Chinese policy numbering at the start of a line, Markdown heading or not. */
export function readNumbering(line: string): Numbering | undefined {
  const decoration = DECORATION.exec(line);
  const start = decoration ? decoration[0].length : 0;
  const rest = line.slice(start);
  for (const { kind, re } of PATTERNS) {
    const match = re.exec(rest);
    if (!match) continue;
    const digits = toHalfWidth(match[1]);
    const ordinal = digits === '' ? 1 : /^\d+$/.test(digits) ? Number(digits) : parseChineseNumeral(digits);
    if (!Number.isFinite(ordinal)) continue;
    let textStart = start + match[0].length;
    while (textStart < line.length && /[ \t\u3000]/.test(line[textStart])) textStart++;
    return { kind, number: match[0].trim(), ordinal, start, textStart };
  }
  return undefined;
}

const BLANK_CODES = new Set([0x20, 0x09, 0x3000]);

/** Whether plainLine may change the line: a heading mark or a blank at an end, emphasis, a footnote mark. */
function mayHaveMarks(line: string): boolean {
  if (line.length === 0) return false;
  const first = line.charCodeAt(0);
  return (
    first === 0x23 /* # */ ||
    BLANK_CODES.has(first) ||
    BLANK_CODES.has(line.charCodeAt(line.length - 1)) ||
    line.includes('**') ||
    line.includes('__') ||
    line.includes('[^')
  );
}

/** The Markdown heading level of a line (1-6), or 0. */
export function markdownHeadingLevel(line: string): number {
  // ###（二） is a heading too: documents exported from other tools drop the space.
  const match = /^(#{1,6})[ \t]*[^\s#]/.exec(line);
  return match ? match[1].length : 0;
}

/** Removes Markdown emphasis and heading marks for display: "## **二、实现…**" -> "二、实现…". */
export function plainLine(line: string): string {
  // Most lines have nothing to remove: said by a look at their ends and three searches, not five passes.
  if (!mayHaveMarks(line)) return line;
  // (?<!…) before a trailing run: tried from its first character only, not again from each of them.
  return line
    .replace(/^#{1,6}[ \t]*(?=[^\s#])/, '')
    .replace(/\*\*|__/g, '')
    .replace(/\[\^[^\]]+\]/g, '')
    .replace(/(?<![ \t\u3000])[ \t\u3000]+$/, '')
    .replace(/^[ \t\u3000]+/, '');
}
