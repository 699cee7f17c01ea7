import type { Clause, Range, Section } from '../model.js';
import type { LineIndex } from '../text/lineIndex.js';
import { readLeadUnits, type LeadUnitsMatch } from './leadUnits.js';
import { plainLine } from './numbering.js';

const TASK_KINDS = new Set(['level2', 'level3', 'level4']);
const PASSAGE_KINDS = new Set(['chapter', 'part', 'level1', 'box', 'heading']);
const MAX_PASSAGE = 3000;

const SENTENCE_END = /[。！？]/;

export interface ClauseContext {
  readonly docId: string;
  readonly lines: LineIndex;
  /** Sections whose numbered items are not tasks (glossaries, tables). */
  readonly excluded: ReadonlySet<Section>;
  /** Where the body starts: the text before the first section is the document's opening. */
  readonly bodyStartLine?: number;
  /** The document's title: the opening's title line is the document itself, not a clause. */
  readonly title?: string;
}

/**
 * The context of one extraction: readLeadUnits remembered per text, for a paragraph is asked as it is
 * grouped into tasks and again as its task's last, and a task's lead units and partners are two questions
 * of one text.
 */
interface Extraction extends ClauseContext {
  readonly leadUnits: (text: string) => LeadUnitsMatch | undefined;
}

/** Numbered tasks — （一） 1. （1） — with their own text, title and lead units. */
export function extractClauses(roots: readonly Section[], context: ClauseContext): Clause[] {
  const remembered = new Map<string, LeadUnitsMatch | undefined>();
  const leadUnits = (text: string) => {
    if (remembered.has(text)) return remembered.get(text);
    const found = readLeadUnits(text);
    remembered.set(text, found);
    return found;
  };
  return extractAll(roots, { ...context, leadUnits });
}

function extractAll(roots: readonly Section[], context: Extraction): Clause[] {
  const clauses: Clause[] = [];
  const visit = (sections: readonly Section[], path: string[], parentTitle: string | undefined) => {
    for (const section of sections) {
      if (context.excluded.has(section)) continue;
      const here = section.number ? [...path, section.number] : path;
      if (TASK_KINDS.has(section.kind)) clauses.push(...toClauses(section, here, parentTitle, context));
      else if (PASSAGE_KINDS.has(section.kind)) {
        // A section with tasks below keeps its own opening text searchable too.
        const passage = toPassage(section, here, parentTitle, context);
        if (passage) clauses.push(passage);
      }
      visit(section.children, here, section.title || parentTitle);
    }
  };
  visit(roots, [], undefined);
  // The opening before the first section (为深入贯彻…, the cover notice) and the notes (footnotes) are
  // searchable too: every sentence of a document lands in some clause.
  const opening = openingPassage(roots, context);
  const notes = notesPassage(context);
  return [...(opening ? [opening] : []), ...clauses, ...(notes ? [notes] : [])];
}

function openingPassage(roots: readonly Section[], context: Extraction): Clause | undefined {
  const { lines } = context;
  const from = context.bodyStartLine ?? 0;
  const to = (roots[0]?.range.start.line ?? lines.lineCount) - 1;
  const title = context.title?.replace(/\s+/g, '');
  return linesPassage(
    context,
    from,
    to,
    '',
    (text) => !/^\s*(\||\[\^)/.test(text) && plainLine(text).replace(/\s+/g, '') !== title,
  );
}

function notesPassage(context: Extraction): Clause | undefined {
  const { lines } = context;
  let first = -1;
  let last = -1;
  for (let line = context.bodyStartLine ?? 0; line < lines.lineCount; line++) {
    if (!/^\[\^[^\]]+\]:/.test(lines.lineText(line))) continue;
    if (first < 0) first = line;
    last = line;
  }
  if (first < 0) return undefined;
  return linesPassage(context, first, last, '注释', (text) => /^\[\^[^\]]+\]:/.test(text), ['注释']);
}

/** A passage of the lines in [from, to] that `keep` accepts; its title is its first line unless given. */
function linesPassage(
  context: Extraction,
  from: number,
  to: number,
  title: string,
  keep: (text: string) => boolean,
  path: string[] = ['0'],
): Clause | undefined {
  const { lines } = context;
  const body: string[] = [];
  let start = -1;
  let end = -1;
  for (let line = from; line <= to; line++) {
    const text = lines.lineText(line);
    if (!/[\u4e00-\u9fff]/.test(text) || !keep(text)) continue;
    if (start < 0) start = line;
    end = line;
    body.push(plainLine(text));
  }
  if (start < 0) return undefined;
  const text = body.join('\n');
  const heading = title || body[0].slice(0, 40);
  return {
    docId: context.docId,
    kind: 'passage',
    number: '',
    ordinal: 0,
    path,
    title: heading,
    text: text.length > MAX_PASSAGE ? `${text.slice(0, MAX_PASSAGE)}…` : text,
    leadUnits: [],
    range: { start: { line: start, character: 0 }, end: { line: end, character: lines.lineText(end).length } },
    titleRange: { start: { line: start, character: 0 }, end: { line: start, character: lines.lineText(start).length } },
  };
}

/**
 * The clauses of one numbered task. Usually one: the task with its text and its （…牵头）. A task whose
 * paragraphs each close with their own lead units (1．提升政务服务便利化水平 / 推行一件事通办。…（责任单位：…）
 * / 强化跨省通办。…（责任单位：…）) is a heading over several tasks: each paragraph is a task of its own, and
 * the heading leads nothing. Paragraphs after the last lead units stay searchable as a passage.
 */
function toClauses(section: Section, path: string[], sectionTitle: string | undefined, context: Extraction): Clause[] {
  const { lines } = context;
  const firstChild = section.children[0];
  const lastLine = firstChild ? firstChild.range.start.line - 1 : section.fullRange.end.line;
  const all = allParagraphs(lines, section.range.start.line, lastLine);
  const groups: Paragraph[][] = [];
  let open: Paragraph[] = [];
  for (const paragraph of all) {
    open.push(paragraph);
    if (context.leadUnits(plainLine(paragraph.text))) {
      groups.push(open);
      open = [];
    }
  }
  const trailing = open;
  const headingOnly = all.length > 1 && !context.leadUnits(plainLine(all[0].text)) && isTitleOnly(lines, section);
  if (groups.length < 2 || !headingOnly) {
    const own = groups[0] ?? all;
    const clause = toClause(section, path, sectionTitle, context, own);
    const rest = groups.length > 0 ? all.slice(own.length) : [];
    return [clause, ...restClauses(rest, section, path, context)];
  }
  // A heading over tasks: the heading alone, then each closed paragraph run. Where every later task is one
  // paragraph, the first run's earlier paragraphs introduce the section (（二）构建…体系 / 以…为核心，… /
  // 强化数字人社建设。…（责任单位：…）): they go with the heading, not the first task.
  const oneParagraphEach = groups.slice(1).every((group) => group.length === 1);
  const intro = oneParagraphEach ? groups[0].slice(1, -1) : [];
  const heading = toClause(section, path, sectionTitle, context, [all[0], ...intro]);
  const tasks = groups.map((group, i) => {
    const paragraphs = i === 0 ? group.slice(1 + intro.length) : group;
    return paragraphTask(paragraphs, section, [...path, String(i + 1)], context, i + 1);
  });
  return [
    { ...heading, leadUnits: [] },
    ...tasks.filter((t): t is Clause => t !== undefined),
    ...restClauses(trailing, section, path, context),
  ];
}

/** After the last task of a section: further closed paragraph runs are tasks, the rest a passage. */
function restClauses(rest: readonly Paragraph[], section: Section, path: string[], context: Extraction): Clause[] {
  const out: Clause[] = [];
  let run: Paragraph[] = [];
  let index = 0;
  for (const paragraph of rest) {
    run.push(paragraph);
    if (context.leadUnits(plainLine(paragraph.text))) {
      const task = paragraphTask(run, section, [...path, `+${++index}`], context, index);
      if (task) out.push(task);
      run = [];
    }
  }
  if (run.length > 0) {
    const passage = paragraphTask(run, section, [...path, `+${++index}`], context, index);
    if (passage) out.push({ ...passage, kind: 'passage', leadUnits: [], partners: [] });
  }
  return out;
}

/** Unnumbered paragraphs that make one task: its first sentence is the title, its parenthetical the lead. */
function paragraphTask(
  paragraphs: readonly Paragraph[],
  section: Section,
  path: string[],
  context: Extraction,
  ordinal: number,
): Clause | undefined {
  if (paragraphs.length === 0) return undefined;
  const { lines } = context;
  const text = paragraphs
    .map((p) => plainLine(p.text))
    .filter(Boolean)
    .join('\n');
  if (!text) return undefined;
  const firstLine = text.split('\n')[0];
  const titleMatch = SENTENCE_END.exec(firstLine);
  const title = (titleMatch ? firstLine.slice(0, titleMatch.index) : firstLine).slice(0, 60);
  const first = paragraphs[0];
  const last = paragraphs[paragraphs.length - 1];
  const lead = context.leadUnits(plainLine(last.text));
  const indent = first.text.length - first.text.replace(/^[\s\u3000]+/, '').length;
  const titleStart = first.start + indent;
  return {
    docId: context.docId,
    kind: 'task',
    number: '',
    ordinal,
    path,
    title,
    text,
    leadUnits: lead?.units ?? [],
    partners: lead?.partners ?? [],
    range: lines.rangeOf(first.start, last.start + last.text.length),
    titleRange: lines.rangeOf(titleStart, titleStart + Math.max(1, title.length)),
    sectionTitle: section.title,
  };
}

/** The heading line holds only the task's title (a Markdown heading, or a number and one sentence). */
function isTitleOnly(lines: LineIndex, section: Section): boolean {
  const line = lines.lineText(section.range.start.line);
  if (/^#{1,6}/.test(line)) return true;
  // (?<!…) before a trailing run: tried from its first character only, not again from each of them.
  const rest = line.slice(numberEndOffset(lines, section)).replace(/(?<![\s*])[\s*]+$/, '');
  const end = SENTENCE_END.exec(rest);
  return !end || end.index >= rest.length - 1;
}

function toClause(
  section: Section,
  path: string[],
  sectionTitle: string | undefined,
  context: Extraction,
  paragraphs: readonly Paragraph[],
): Clause {
  const { lines } = context;
  const numberEnd = numberEndOffset(lines, section);
  const text = paragraphs
    .map((p, index) => plainLine(index === 0 ? p.text.slice(numberEnd) : p.text))
    .filter(Boolean)
    .join('\n');
  const titleMatch = SENTENCE_END.exec(text);
  const firstLine = text.split('\n')[0];
  const title = titleMatch && titleMatch.index < firstLine.length ? text.slice(0, titleMatch.index) : firstLine;
  const last = paragraphs[paragraphs.length - 1];
  const lastParagraphText = plainLine(last.text);
  const start = lines.lineStart(section.range.start.line);
  const titleStart = start + numberEnd;
  const range: Range = lines.rangeOf(start, last.start + last.text.length);
  return {
    docId: context.docId,
    kind: 'task',
    number: section.number,
    ordinal: section.ordinal,
    path,
    title: title.trimEnd(),
    text,
    leadUnits: context.leadUnits(lastParagraphText)?.units ?? [],
    partners: context.leadUnits(lastParagraphText)?.partners ?? [],
    range,
    titleRange: lines.rangeOf(titleStart, titleStart + Math.max(1, rawTitleLength(lines, section, numberEnd))),
    sectionTitle,
  };
}

interface Paragraph {
  start: number;
  text: string;
}

/** The paragraphs of a task's own text (tables and footnotes aside), its heading line first. */
function allParagraphs(lines: LineIndex, firstLine: number, lastLine: number): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  for (let line = firstLine; line <= lastLine; line++) {
    // (?<!…) before a trailing run: tried from its first character only, not again from each of them.
    const text = lines.lineText(line).replace(/(?<![ \t\u3000])[ \t\u3000]+$/, '');
    if (!text.trim() || /^\s*(\||\[\^)/.test(text)) continue;
    paragraphs.push({ start: lines.lineStart(line), text });
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
  // (?<!…) before a trailing run: tried from its first character only, not again from each of them.
  return match ? match.index : rest.replace(/(?<![\s*])[\s*]+$/, '').length;
}

/** A section's own text up to its first subsection, as a searchable passage (none when it has no text). */
function toPassage(
  section: Section,
  path: string[],
  sectionTitle: string | undefined,
  context: Extraction,
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
  // A chapter with no numbered tasks whose text closes with its lead units (三、集成…统一入口 / …（责任单位：
  // 省各有关部门，…）) is one task: those units lead it.
  const led = firstChild ? undefined : context.leadUnits(body[body.length - 1] ?? '');
  return {
    docId: context.docId,
    kind: led ? 'task' : 'passage',
    number: section.number,
    ordinal: section.ordinal,
    path,
    title: section.title,
    text: text.length > MAX_PASSAGE ? `${text.slice(0, MAX_PASSAGE)}…` : text,
    leadUnits: led?.units ?? [],
    ...(led && led.partners.length > 0 ? { partners: led.partners } : {}),
    range: { start: section.range.start, end: { line: endLine, character: lines.lineText(endLine).length } },
    titleRange: section.range,
    sectionTitle,
  };
}
