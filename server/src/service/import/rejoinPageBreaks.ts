import {
  endsParagraph,
  hasProsePunctuation,
  isCaption,
  isDateLine,
  isDocNumberLine,
  isListItem,
  isMarkdownHeading,
  isNumbered,
  isShortField,
  leavesQuoteOpen,
  startsMidSentence,
  startsWithFieldLabel,
} from './lineKinds.js';
import { isTableRowText, type Unit } from './sourceText.js';

/** Where two pieces of text were put back together: the end of one and the start of the other. */
export interface Rejoin {
  readonly before: string;
  readonly after: string;
}

export interface RejoinResult {
  readonly units: Unit[];
  readonly rejoins: Rejoin[];
}

/**
 * Puts paragraphs broken by a page (or a line wrap) back together. The two halves are concatenated
 * exactly as printed: a character the source repeats at the break (平台 / 台) stays repeated, since
 * the importer never decides which copy is the stray one. Notes and figure captions printed between
 * the halves move below the rejoined paragraph.
 */
export function rejoinPageBreaks(units: readonly Unit[]): RejoinResult {
  const out: Unit[] = [];
  const rejoins: Rejoin[] = [];
  let index = 0;
  while (index < units.length) {
    const unit = units[index];
    index++;
    if (unit.kind !== 'text' || !canContinue(unit.text)) {
      out.push(unit);
      continue;
    }
    let text = unit.text;
    const floating: Unit[] = [];
    for (;;) {
      let next = index;
      while (next < units.length && isFloating(units[next])) next++;
      const candidate = units[next];
      if (!candidate || candidate.kind !== 'text' || !canBeContinuation(candidate.text) || !canContinue(text)) break;
      rejoins.push({ before: text.slice(-12), after: candidate.text.slice(0, 12) });
      floating.push(...units.slice(index, next));
      text = glue(text, candidate.text);
      index = next + 1;
    }
    out.push({ kind: 'text', text }, ...floating);
  }
  return { units: out, rejoins };
}

/**
 * The text stops in the middle of something: no sentence-final punctuation, not a heading, and it
 * reads as running text (a title, a signature or a caption has no clause punctuation) or it stops
 * inside a quoted name.
 */
function canContinue(text: string): boolean {
  if (isMarkdownHeading(text) || isCaption(text) || isDateLine(text) || isDocNumberLine(text)) return false;
  if (isTableRowText(text) || isShortField(text) || endsParagraph(text)) return false;
  return hasProsePunctuation(text) || leavesQuoteOpen(text);
}

/** The text can be the second half of a paragraph: nothing that starts a new block of its own. */
function canBeContinuation(text: string): boolean {
  // 二是…, 其三，…: an enumeration's next item, whatever the previous paragraph's last characters.
  if (/^(?:[一二三四五六七八九十]{1,3}是|其[一二三四五六七八九十]{1,3}[，,、是])/.test(text)) return false;
  if (startsMidSentence(text)) return true;
  if (isMarkdownHeading(text) || isNumbered(text) || isCaption(text) || isListItem(text)) return false;
  if (isDateLine(text) || isDocNumberLine(text) || isTableRowText(text) || startsWithFieldLabel(text)) return false;
  return !/^(?:\||\[\^|>|```)/.test(text);
}

/** Page-bottom notes and figure captions float: a paragraph can run on past them. */
function isFloating(unit: Unit): boolean {
  return (
    unit.kind === 'footnote' ||
    (unit.kind === 'text' && /^(?:图|附图)\s*[0-9０-９]+/.test(unit.text) && isCaption(unit.text))
  );
}

/** Han text joins directly; a space only goes back between two Latin words. */
function glue(first: string, second: string): string {
  return /[A-Za-z]$/.test(first) && /^[A-Za-z]/.test(second) ? `${first} ${second}` : first + second;
}
