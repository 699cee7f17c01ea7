import { DOCUMENT_KIND_ENDINGS } from '../corpus/metadata.js';
import type { DocumentKind } from '../model.js';
import { DOC_NUMBER, isDateLine, isDocNumberLine } from './lineKinds.js';

/** Words official document titles end with. */
const TITLE_ENDING = /(?:规划|纲要|要点|意见|通知|方案|办法|规定|细则|决定|计划|条例|指南|措施|规则|批复|公告|通告)$/;

/** 关于印发《X》的通知: a cover notice whose real subject is X. */
const TRANSMITTAL = /^(.*?)关于(?:印发|转发|颁布|发布)(.+)的通知$/;

/** X关于Y的意见: the issuer written before 关于. */
const ISSUER_BEFORE_ABOUT = /^(.{2,30}?)关于.+$/;

const KIND_BY_ENDING = DOCUMENT_KIND_ENDINGS;

/** Text of a line without Markdown heading marks, bold or footnote references. */
export function plainText(line: string): string {
  return line
    .replace(/^#{1,6}[ \t]*(?=[^\s#])/, '')
    .replace(/\*\*|__/g, '')
    .replace(/\[\^[^\]]+\]/g, '')
    .trim();
}

/** A line that reads as a document title: no clause punctuation, ending with a document type. */
export function looksLikeTitle(line: string): boolean {
  const text = withoutTrialNote(plainText(line));
  if (text.length < 4 || text.length > 80 || /[，。；！？：]/.test(text)) return false;
  if (isDateLine(text) || isDocNumberLine(text)) return false;
  return TITLE_ENDING.test(text);
}

export interface TitleGuess {
  readonly title?: string;
  /** The issuer named in the title itself (广东省人民政府办公厅关于印发…). */
  readonly issuer?: string;
}

/**
 * The title of the document the text is about. A cover notice that only transmits a document
 * (关于印发《X》的通知) stands for X, and its own title names the issuer. Titles are compared and
 * stored without spaces, which print layout scatters through them (广东省 数字政府 …).
 */
export function guessTitle(candidates: ReadonlyArray<string | undefined>): TitleGuess {
  const found = candidates.map((c) => (c ? plainText(c) : '')).find((c) => c.length > 0);
  if (!found) return {};
  const title = found.replace(/(?<=[\u4e00-\u9fff])[ \t\u3000]+(?=[\u4e00-\u9fff])/g, '');
  const transmitted = TRANSMITTAL.exec(title);
  if (transmitted) {
    return { title: stripBookQuotes(transmitted[2]), issuer: transmitted[1] || undefined };
  }
  return { title, issuer: ISSUER_BEFORE_ABOUT.exec(title)?.[1] };
}

export function kindOfTitle(title: string): DocumentKind | undefined {
  const bare = withoutTrialNote(title);
  return KIND_BY_ENDING.find(([ending]) => ending.test(bare))?.[1];
}

/** The 文号 a field or line consists of, exactly as printed. */
export function docNumberIn(text: string | undefined): string | undefined {
  if (!text) return undefined;
  // （苏政办发〔2021〕61号）: a 文号 printed in brackets under the title is still the 文号. What is inside
  // runs from its first to its last non-blank, each found once (between blanks, the last one that is no
  // line break): \s*(.+?)\s* tried every way of sharing the blanks between the three.
  const bare = plainText(text).replace(
    /^[（(](?:\s*(\S(?:.*\S)?)\s*|(?=\s*[）)]$)\s*([^\S\n\r\u2028\u2029])[\n\r\u2028\u2029]*)[）)]$/,
    '$1$2',
  );
  return isDocNumberLine(bare) ? DOC_NUMBER.exec(bare)?.[0] : undefined;
}

function stripBookQuotes(text: string): string {
  return text.replace(/^《(.*)》$/, '$1').trim();
}

/** （试行） / （暂行） / (2021—2025年) after a title do not change what kind of document it is. */
function withoutTrialNote(text: string): string {
  return text.replace(/[（(][^（）()]{1,16}[）)]$/, '');
}
