import type { Range, Section, SectionKind } from '../model.js';
import type { LineIndex } from '../text/lineIndex.js';
import { memoKeyOf } from '../text/canonicalLines.js';
import { markdownHeadingLevel, plainLine, readNumbering } from './numbering.js';

/**
 * Rank of each kind of numbering in Chinese official documents: a smaller rank contains a larger one.
 * Markdown heading levels are deliberately ignored for numbered lines, because real documents use
 * them inconsistently (the same 一、 level appears as ##, ### and ####).
 */
const RANK: Record<Exclude<SectionKind, 'heading'>, number> = {
  annex: 1,
  chapter: 1,
  part: 2,
  level1: 3,
  box: 3.5,
  table: 3.5,
  level2: 4,
  level3: 5,
  level4: 6,
};

/** Plain (un-numbered) Markdown headings are document titles and containers above all numbering. */
function rankOf(kind: SectionKind, headingLevel: number): number {
  return kind === 'heading' ? headingLevel / 10 : RANK[kind];
}

interface HeadingLine {
  kind: SectionKind;
  number: string;
  ordinal: number;
  title: string;
  line: number;
  rank: number;
  range: Range;
}

/** Lines that are part of something else (tables, footnote definitions, code) never start a section. */
export function isStructuralLine(line: string): boolean {
  return /^\s*(\||\[\^[^\]]+\]:|```|>)/.test(line);
}

export function findHeadingLines(lines: LineIndex, fromLine: number): HeadingLine[] {
  const headings: HeadingLine[] = [];
  let inFence = false;
  for (let line = fromLine; line < lines.lineCount; line++) {
    const text = lines.lineText(line);
    if (/^\s*```/.test(text)) inFence = !inFence;
    if (inFence) continue;
    const read = headingOf(text);
    if (!read) continue;
    const { numbering, level, kind } = read;
    let title = read.title;
    if (numbering && (kind === 'annex' || kind === 'table' || kind === 'box')) {
      title = title.replace(/^[：:]\s*/, '');
      if (!title) title = standaloneTitleAfter(lines, line);
    }
    const start = lines.lineStart(line);
    headings.push({
      kind,
      number: numbering?.number ?? '',
      ordinal: numbering?.ordinal ?? 0,
      title,
      line,
      rank: rankOf(kind, level),
      range: lines.rangeOf(start, start + text.length),
    });
  }
  return headings;
}

interface LineHeading {
  readonly numbering: ReturnType<typeof readNumbering>;
  readonly level: number;
  readonly kind: SectionKind;
  readonly title: string;
}

// What a line's own text says of it as a heading, kept per text (bounded): a draft is read again on every
// edit, and only the lines that changed are new. null: no heading.
const MAX_REMEMBERED_LINES = 50_000;
const HEADINGS = new Map<string, LineHeading | null>();

function headingOf(text: string): LineHeading | null {
  let read = HEADINGS.get(text);
  if (read === undefined) {
    if (HEADINGS.size >= MAX_REMEMBERED_LINES) HEADINGS.clear();
    // Kept as a copy (or the line's one string), and read from it: a heading's title must not keep a
    // draft's text alive.
    const own = memoKeyOf(text);
    HEADINGS.set(own, (read = readHeading(own)));
  }
  return read;
}

function readHeading(text: string): LineHeading | null {
  if (isStructuralLine(text)) return null;
  const numbering = readNumbering(text);
  const level = markdownHeadingLevel(text);
  if (!numbering && level === 0) return null;
  const kind: SectionKind = numbering ? numbering.kind : 'heading';
  return {
    numbering,
    level,
    kind,
    title: firstSentence(plainLine(numbering ? text.slice(numbering.textStart) : text)),
  };
}

/** A numbered paragraph's title is its first sentence: （一）深化改革。深化… -> 深化改革 */
function firstSentence(text: string): string {
  const end = /[。！？]/.exec(text);
  return end ? text.slice(0, end.index) : text;
}

/** "附件 2" on its own line is followed by its title ("名词解释") on the next non-empty line. */
function standaloneTitleAfter(lines: LineIndex, line: number): string {
  for (let next = line + 1; next < Math.min(lines.lineCount, line + 4); next++) {
    const candidate = plainLine(lines.lineText(next));
    if (!candidate) continue;
    const looksLikeTitle = candidate.length <= 30 && !/[。；，]/.test(candidate) && !readNumbering(candidate);
    return looksLikeTitle ? candidate : '';
  }
  return '';
}

/** Builds the section tree; each section runs until the next one of the same or a higher rank. */
export function buildSections(lines: LineIndex, fromLine: number): Section[] {
  const headings = findHeadingLines(lines, fromLine);
  const roots: Section[] = [];
  const stack: Array<{ section: Section; rank: number }> = [];
  const lastLine = lines.lineCount - 1;
  // Each heading's section ends before the next heading of the same or a higher rank: found for all of
  // them in one pass from the end (a stack of the headings not yet closed), not by a scan per heading.
  const closer = new Int32Array(headings.length).fill(-1);
  const open: number[] = [];
  for (let index = headings.length - 1; index >= 0; index--) {
    while (open.length > 0 && headings[open[open.length - 1]].rank > headings[index].rank) open.pop();
    if (open.length > 0) closer[index] = open[open.length - 1];
    open.push(index);
  }
  const endOf = (index: number): Range['end'] =>
    closer[index] >= 0 ? endOfLine(lines, headings[closer[index]].line - 1) : endOfLine(lines, lastLine);
  headings.forEach((heading, index) => {
    while (stack.length > 0 && stack[stack.length - 1].rank >= heading.rank) stack.pop();
    const section: Section = {
      kind: heading.kind,
      number: heading.number,
      ordinal: heading.ordinal,
      title: heading.title,
      range: heading.range,
      fullRange: { start: heading.range.start, end: endOf(index) },
      children: [],
      depth: stack.length,
    };
    (stack.length > 0 ? stack[stack.length - 1].section.children : roots).push(section);
    stack.push({ section, rank: heading.rank });
  });
  return roots;
}

function endOfLine(lines: LineIndex, line: number): Range['end'] {
  return { line, character: lines.lineText(line).length };
}

/** Depth-first list of a section tree. */
export function flattenSections(sections: readonly Section[]): Section[] {
  const out: Section[] = [];
  const visit = (list: readonly Section[]) => {
    for (const section of list) {
      out.push(section);
      visit(section.children);
    }
  };
  visit(sections);
  return out;
}
