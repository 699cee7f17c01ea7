import type { Clause, Range, Section } from '../model.js';
import type { LineIndex } from '../text/lineIndex.js';
import { readLeadUnits } from './leadUnits.js';
import { plainLine } from './numbering.js';

const TASK_KINDS = new Set(['level2', 'level3', 'level4']);
const PASSAGE_KINDS = new Set(['chapter', 'part', 'level1', 'box', 'heading']);
const MAX_PASSAGE = 3000;

function hasTasks(section: Section): boolean {
  return section.children.some((child) => TASK_KINDS.has(child.kind) || hasTasks(child));
}
const SENTENCE_END = /[。！？]/;

export interface ClauseContext {
  readonly docId: string;
  readonly lines: LineIndex;
  /** Sections whose numbered items are not tasks (glossaries, tables). */
  readonly excluded: ReadonlySet<Section>;
}

/** Numbered tasks — （一） 1. （1） — with their own text, title and lead units. */
export function extractClauses(roots: readonly Section[], context: ClauseContext): Clause[] {
  const clauses: Clause[] = [];
  const visit = (sections: readonly Section[], path: string[], parentTitle: string | undefined) => {
    for (const section of sections) {
      if (context.excluded.has(section)) continue;
      const here = section.number ? [...path, section.number] : path;
      if (TASK_KINDS.has(section.kind)) clauses.push(toClause(section, here, parentTitle, context));
      else if (PASSAGE_KINDS.has(section.kind) && !hasTasks(section)) {
        const passage = toPassage(section, here, parentTitle, context);
        if (passage) clauses.push(passage);
      }
      visit(section.children, here, section.title || parentTitle);
    }
  };
  visit(roots, [], undefined);
  return clauses;
}

function toClause(section: Section, path: string[], sectionTitle: string | undefined, context: ClauseContext): Clause {
  const { lines } = context;
  const firstChild = section.children[0];
  const lastLine = firstChild ? firstChild.range.start.line - 1 : section.fullRange.end.line;
  const paragraphs = ownParagraphs(lines, section.range.start.line, lastLine);
  const numberEnd = numberEndOffset(lines, section);
  const text = paragraphs
    .map((p, index) => plainLine(index === 0 ? p.text.slice(numberEnd) : p.text))
    .filter(Boolean)
    .join('\n');
  const titleMatch = SENTENCE_END.exec(text);
  const firstLine = text.split('\n')[0];
  const title = titleMatch && titleMatch.index < firstLine.length ? text.slice(0, titleMatch.index) : firstLine;
  const last = paragraphs[paragraphs.length - 1];
  const start = lines.lineStart(section.range.start.line);
  const titleStart = start + numberEnd;
  const range: Range = lines.rangeOf(start, last.start + last.text.length);
  return {
    docId: context.docId,
    kind: 'task',
    number: section.number,
    ordinal: section.ordinal,
    path,
    title: title.replace(/[\s\u3000]+$/, ''),
    text,
    leadUnits: readLeadUnits(text)?.units ?? [],
    range,
    titleRange: lines.rangeOf(titleStart, titleStart + Math.max(1, rawTitleLength(lines, section, numberEnd))),
    sectionTitle,
  };
}

interface Paragraph {
  start: number;
  text: string;
}

/**
 * The paragraphs of a task up to its end. A task closed by its （…牵头） parenthetical ends there:
 * what follows (a closing paragraph of the document, say) is not part of the task.
 */
function ownParagraphs(lines: LineIndex, firstLine: number, lastLine: number): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  for (let line = firstLine; line <= lastLine; line++) {
    const text = lines.lineText(line).replace(/[ \t\u3000]+$/, '');
    if (!text.trim() || /^\s*(\||\[\^)/.test(text)) continue;
    paragraphs.push({ start: lines.lineStart(line), text });
    if (readLeadUnits(plainLine(text))) break;
  }
  return paragraphs.length > 0 ? paragraphs : [{ start: lines.lineStart(firstLine), text: lines.lineText(firstLine) }];
}

/** Offset within the heading line where the text after the number begins. */
function numberEndOffset(lines: LineIndex, section: Section): number {
  const line = lines.lineText(section.range.start.line);
  const at = line.indexOf(section.number);
  let end = at < 0 ? 0 : at + section.number.length;
  while (end < line.length && /[\s\u3000*]/.test(line[end])) end++;
  return end;
}

function rawTitleLength(lines: LineIndex, section: Section, numberEnd: number): number {
  const rest = lines.lineText(section.range.start.line).slice(numberEnd);
  const match = SENTENCE_END.exec(rest);
  return match ? match.index : rest.replace(/[\s*]+$/, '').length;
}

/** A section's own text up to its first subsection, as a searchable passage (none when it has no text). */
function toPassage(
  section: Section,
  path: string[],
  sectionTitle: string | undefined,
  context: ClauseContext,
): Clause | undefined {
  const { lines } = context;
  const firstChild = section.children[0];
  const lastLine = firstChild ? firstChild.range.start.line - 1 : section.fullRange.end.line;
  const body: string[] = [];
  for (let line = section.range.start.line + 1; line <= lastLine; line++) {
    const text = plainLine(lines.lineText(line));
    if (text && !/^(\||\[\^)/.test(text)) body.push(text);
  }
  const text = body.join('\n');
  if (!text) return undefined;
  const endLine = Math.max(section.range.start.line, lastLine);
  return {
    docId: context.docId,
    kind: 'passage',
    number: section.number,
    ordinal: section.ordinal,
    path,
    title: section.title,
    text: text.length > MAX_PASSAGE ? `${text.slice(0, MAX_PASSAGE)}…` : text,
    leadUnits: [],
    range: { start: section.range.start, end: { line: endLine, character: lines.lineText(endLine).length } },
    titleRange: section.range,
    sectionTitle,
  };
}
