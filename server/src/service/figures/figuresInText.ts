import type { NameMatch } from '../index/nameMatcher.js';
import type { Figure, KnownName, Section } from '../model.js';
import { readTables, type Table } from '../parse/markdownTables.js';
import { flattenSections } from '../parse/sections.js';
import type { LineIndex } from '../text/lineIndex.js';
import { isAchievedHeading } from './comparators.js';
import { extractFigures, type FigureSpan, type KnownSubject } from './extractFigures.js';
import { settleFigure } from './settle.js';
import { ITEMS_PER_YIELD, runSteps } from '../steps.js';
import { memoKeyOf } from '../text/canonicalLines.js';
import { figureColumns } from './tableColumns.js';

const SUBJECT_KINDS = new Set<KnownName['kind']>(['platform', 'indicator']);

export interface TextForFigures {
  readonly docId: string;
  readonly text: string;
  readonly lines: LineIndex;
  readonly sections: readonly Section[];
  readonly fromLine: number;
  /** The year targets default to (the end of a plan's period, a work-points year). */
  readonly defaultYear?: number;
  /** The year results in a 现状 section are as of (the year before the period starts). */
  readonly asOfYear?: number;
  /** Known names found in the text (leftmost-longest). */
  readonly matches: ReadonlyArray<NameMatch<KnownName>>;
  /** Names written this way: finds the platform at the start of an indicator's name. */
  readonly lookupName?: (text: string) => readonly KnownName[];
  /** The year the text speaks from (a draft's year, a document's year of issue): earlier years are past. */
  readonly issuedYear?: number;
  /** A year a line's own context implies (a cited document's), over the default. */
  readonly spanYear?: (line: number) => number | undefined;
  /**
   * Figures already found per line text and context, kept by the caller across versions of one
   * draft: an edit then re-reads only the lines it changed. Only for texts whose names are matched
   * per line, as a draft's are.
   */
  readonly memo?: FigureLineMemo;
  /** The text's tables from `fromLine` (readTables), when the caller has read them already. */
  readonly tables?: readonly Table[];
}

/**
 * A line's figures by its context (achieved, its year, the default year) and then by its text: the line
 * is looked up by the string the draft's line index keeps, whose hash V8 has already computed, where a
 * key joining context and text would be a new string hashed in full for every line of every check.
 */
export class FigureLineMemo {
  private readonly byContext = new Map<string, Map<string, Figure[]>>();
  private size = 0;

  constructor(private readonly capacity = 20_000) {}

  get(context: string, line: string): Figure[] | undefined {
    return this.byContext.get(context)?.get(line);
  }

  set(context: string, line: string, figures: Figure[]): void {
    if (this.size >= this.capacity) {
      this.byContext.clear();
      this.size = 0;
    }
    let lines = this.byContext.get(context);
    if (!lines) this.byContext.set(context, (lines = new Map()));
    if (!lines.has(line)) this.size++;
    lines.set(line, figures);
  }
}

/**
 * The platform and indicator names a figure can be about, in text order. An indicator written after a
 * platform's name (“粤商通”日均活跃用户数) is that platform's measure: the platform is the subject, so a list
 * (“粤省事”“粤商通”日均活跃用户数分别达到…) keeps one platform per value.
 */
export function figureSubjects(
  text: string,
  matches: ReadonlyArray<NameMatch<KnownName>>,
  lookupName?: (text: string) => readonly KnownName[],
): KnownSubject[] {
  return matches
    .filter((match) => match.values.some((name) => SUBJECT_KINDS.has(name.kind)))
    .map((match) => {
      const platform = match.values.some((v) => v.kind === 'platform')
        ? undefined
        : platformAtStart(text, match, lookupName);
      return platform ?? { start: match.start, end: match.end, name: preferredName(match.values) };
    });
}

function platformAtStart(
  text: string,
  match: NameMatch<KnownName>,
  lookupName: ((text: string) => readonly KnownName[]) | undefined,
): KnownSubject | undefined {
  if (!lookupName) return undefined;
  const start = text[match.start] === '“' ? match.start + 1 : match.start;
  for (let end = Math.min(match.end - 1, start + 12); end >= start + 2; end--) {
    const name = lookupName(text.slice(start, end)).find((n) => n.kind === 'platform');
    if (name) return { start, end, name: name.name };
  }
  return undefined;
}

function preferredName(values: readonly KnownName[]): string {
  return (values.find((v) => v.kind === 'platform') ?? values.find((v) => v.kind === 'indicator') ?? values[0]).name;
}

/** Figures of the prose lines of a text (tables excluded), each with its section's context. */
export function figuresInText(input: TextForFigures): Figure[] {
  return runSteps(figuresInTextSteps(input));
}

/** figuresInText, yielding between lines and figures (a draft's check pauses there). */
export function* figuresInTextSteps(input: TextForFigures): Generator<void, Figure[]> {
  // With a memo, most lines' figures are remembered: subjects are read only for the lines that are not.
  const subjects = input.memo ? [] : figureSubjects(input.text, input.matches, input.lookupName);
  yield;
  // Per line (0: none), arrays and not sets or maps: every line of a draft is asked on every check.
  const lineCount = input.lines.lineCount;
  const achievedLines = new Uint8Array(lineCount);
  // The document's title is no status section, whatever it says (…规划实施情况答记者问).
  let titleLine = input.fromLine;
  while (titleLine < lineCount && !input.lines.lineText(titleLine).trim()) titleLine++;
  const sections = flattenSections(input.sections);
  for (const section of sections) {
    if (!isAchievedHeading(section.title) || (section.kind === 'heading' && section.range.start.line === titleLine))
      continue;
    achievedLines.fill(1, section.fullRange.start.line, Math.min(section.fullRange.end.line + 1, lineCount));
  }
  // A heading that names one year (五、2022年绩效目标, 2025年工作计划) dates what is under it: a summary of
  // one year followed by the plan for the next speaks of two years, whatever its title says. Inner
  // headings come later in the list and win.
  const headingYearOf = new Int32Array(lineCount).fill(-1);
  for (const section of sections) {
    if (
      !isHeadingLine(input.lines.lineText(section.range.start.line), section) ||
      section.range.start.line === titleLine
    )
      continue;
    const year = rememberedYearOf(section.title);
    if (year === undefined) continue;
    headingYearOf.fill(year, section.range.start.line + 1, Math.min(section.fullRange.end.line + 1, lineCount));
  }
  const headingYears = { get: (line: number) => (headingYearOf[line] >= 0 ? headingYearOf[line] : undefined) };
  yield;
  const spans: FigureSpan[] = [];
  const proseCells = proseCellsOfTables(input.lines, input.tables ?? readTables(input.lines, input.fromLine));
  for (let line = input.fromLine; line < input.lines.lineCount; line++) {
    if (line % ITEMS_PER_YIELD === 0) yield;
    const text = input.lines.lineText(line);
    // Figures are written in Arabic digits, or in words after a comparator (突破百万, 压减五成).
    if (!/[0-9０-９]|[十百千][万亿]|[一二三四五六七八九]成/.test(text)) continue;
    const start = input.lines.lineStart(line);
    const achieved = achievedLines[line] === 1;
    const year = input.spanYear?.(line) ?? headingYears.get(line) ?? (achieved ? input.asOfYear : undefined);
    // A table line: only the sentences in its cells (a task list's 任务 column) are prose; a table of
    // figures is read by tableFigures.
    const cells = /^\s*\|/.test(text) ? (proseCells.get(line) ?? []) : [{ start: 0, end: text.length }];
    for (const cell of cells)
      spans.push({ start: start + cell.start, end: start + cell.end, achieved: achieved || undefined, year });
  }
  // Subjects sorted by start: a binary search finds those of one line.
  const findSubjects = (start: number, end: number): KnownSubject[] => {
    const within = (list: readonly KnownSubject[]) => {
      const out: KnownSubject[] = [];
      for (let i = firstAtOrAfter(list, start); i < list.length && list[i].start < end; i++)
        if (list[i].end <= end) out.push(list[i]);
      return out;
    };
    if (!input.memo) return within(subjects);
    // A subject starts at its match or one quote after it: the matches from one before the span on.
    const from = firstAtOrAfter(input.matches, start - 1);
    let to = from;
    while (to < input.matches.length && input.matches[to].start < end) to++;
    return within(figureSubjects(input.text, input.matches.slice(from, to), input.lookupName));
  };
  const figures: Figure[] = [];
  if (input.memo) {
    // As the near misses: a few remembered lines between yields, a yield after each line read anew.
    let sinceYield = 0;
    const readAnew = () => {
      sinceYield = ITEMS_PER_YIELD;
    };
    for (const span of spans) {
      if (++sinceYield >= ITEMS_PER_YIELD) {
        sinceYield = 0;
        yield;
      }
      figures.push(...rememberedFigures(input, input.memo, span, findSubjects, readAnew));
    }
  } else {
    // A few lines' spans at a time (each span is read alone): a plan's figures are no single step.
    for (let from = 0; from < spans.length; from += ITEMS_PER_YIELD) {
      yield;
      figures.push(
        ...extractFigures({
          docId: input.docId,
          text: input.text,
          sentences: spans.slice(from, from + ITEMS_PER_YIELD),
          findSubjects,
          toRange: (start, end) => input.lines.rangeOf(start, end),
          defaultYear: input.defaultYear,
        }),
      );
    }
  }
  const textBefore = (figure: Figure, length: number) => {
    const start = input.lines.offsetAt(figure.range.start);
    return input.text.slice(Math.max(0, start - length), start);
  };
  const headingYear = (figure: Figure) => headingYears.get(figure.range.start.line);
  const settling = { textBefore, asOf: input.issuedYear, headingYear, defaultYear: input.defaultYear };
  const settled: Figure[] = [];
  for (const [i, figure] of figures.entries()) {
    if (i % ITEMS_PER_YIELD === 0) yield;
    settled.push(settleFigure(figure, settling));
  }
  return settled;
}

/** The first of a list sorted by start that starts at or after `at`. */
function firstAtOrAfter(list: ReadonlyArray<{ readonly start: number }>, at: number): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (list[mid].start < at) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** A Markdown heading, or a chapter, part or 一、 line short enough to be one (not a clause's sentence). */
function isHeadingLine(line: string, section: Section): boolean {
  if (/^\s*#/.test(line)) return true;
  return (
    ['chapter', 'part', 'level1'].includes(section.kind) && section.title.length <= 30 && !/[。；]/.test(section.title)
  );
}

/**
 * singleYearOf per heading title, bounded: every check reads every heading of the draft again. Kept as a
 * copy: a title may be cut from a corpus document's text, which must not stay alive with this table.
 */
const TITLE_YEARS = new Map<string, number | null>();
const MAX_TITLES = 20_000;

function rememberedYearOf(title: string): number | undefined {
  let year = TITLE_YEARS.get(title);
  if (year === undefined) {
    if (TITLE_YEARS.size >= MAX_TITLES) TITLE_YEARS.clear();
    TITLE_YEARS.set(memoKeyOf(title), (year = singleYearOf(title) ?? null));
  }
  return year ?? undefined;
}

/** The one year a heading names; none for a period (2021—2025年), two years, or a cited title's year. */
function singleYearOf(title: string): number | undefined {
  const own = title.replace(/《[^》]*》/g, '').replace(/\s+/g, '');
  if (/\d{4}年?[—–\-－~～至到]\d{4}/.test(own)) return undefined;
  const years = new Set([...own.matchAll(/(\d{4})\s*年/g)].map((m) => Number(m[1])));
  return years.size === 1 ? [...years][0] : undefined;
}

/** One line's figures, from the memo when the same line was read in the same context before. */
function rememberedFigures(
  input: TextForFigures,
  memo: FigureLineMemo,
  span: FigureSpan,
  findSubjects: (start: number, end: number) => KnownSubject[],
  readAnew: () => void,
): Figure[] {
  // A whole line is the line index's own string (hashed once, shared with the other per-line memos).
  const { line, character: column } = input.lines.positionAt(span.start);
  const lineText = input.lines.lineText(line);
  const text =
    column === 0 && span.end - span.start === lineText.length ? lineText : input.text.slice(span.start, span.end);
  const context = `${span.achieved ? 1 : 0}|${span.year ?? ''}|${input.defaultYear ?? ''}`;
  let relative = memo.get(context, text);
  if (!relative) {
    readAnew();
    // Read from a copy: the figures are kept across versions of the draft and must not hold its text.
    const own = memoKeyOf(text);
    const subjects = findSubjects(span.start, span.end).map((s) => ({
      ...s,
      start: s.start - span.start,
      end: s.end - span.start,
    }));
    relative = extractFigures({
      docId: '',
      text: own,
      sentences: [{ start: 0, end: own.length, year: span.year, achieved: span.achieved }],
      findSubjects: (start, end) => subjects.filter((s) => s.start >= start && s.end <= end),
      toRange: (start, end) => ({ start: { line: 0, character: start }, end: { line: 0, character: end } }),
      defaultYear: input.defaultYear,
    });
    memo.set(context, own, relative);
  }
  return relative.map((figure) => ({
    ...figure,
    docId: input.docId,
    range: {
      start: { line, character: column + figure.range.start.character },
      end: { line, character: column + figure.range.end.character },
    },
  }));
}

/** A cell of a table row that reads as prose: a sentence of eight Han characters or more, with a digit. */
const PROSE_CELL =
  /^(?=.*(?:[0-9０-９]|[十百千][万亿]|[一二三四五六七八九]成))(?=(?:[^\u4e00-\u9fff]*[\u4e00-\u9fff]){8})/;

/**
 * The prose cells of the tables that are no tables of figures (a task list: 序号 | 任务 | 牵头单位 | 时限),
 * per row line, as offsets in the line.
 */
function proseCellsOfTables(
  lines: LineIndex,
  tables: readonly Table[],
): Map<number, Array<{ start: number; end: number }>> {
  const out = new Map<number, Array<{ start: number; end: number }>>();
  for (const table of tables) {
    if (figureColumns(table.header)) continue;
    for (const row of table.rows) {
      const text = lines.lineText(row.line);
      const cells: Array<{ start: number; end: number }> = [];
      let start = text.indexOf('|') + 1;
      while (start > 0 && start < text.length) {
        let end = start;
        while (end < text.length && !(text[end] === '|' && text[end - 1] !== '\\')) end++;
        const cell = text.slice(start, end);
        const lead = cell.length - cell.trimStart().length;
        const trimmed = cell.trim();
        if (PROSE_CELL.test(trimmed)) cells.push({ start: start + lead, end: start + lead + trimmed.length });
        start = end + 1;
      }
      if (cells.length) out.set(row.line, cells);
    }
  }
  return out;
}
