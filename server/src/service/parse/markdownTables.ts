import type { Range } from '../model.js';
import type { LineIndex } from '../text/lineIndex.js';
import { plainLine } from './numbering.js';

export interface TableRow {
  readonly cells: string[];
  readonly line: number;
  readonly range: Range;
}

export interface Table {
  readonly header: string[];
  readonly rows: TableRow[];
  /** The caption line before the table (表1 …), if any. */
  readonly caption?: string;
  readonly range: Range;
}

// Each optional | takes the blanks after it: two \s* side by side split a long run of blanks every way.
const SEPARATOR = /^\s*(?:\|\s*)?:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*(?:\|\s*)?$/;

function splitRow(line: string): string[] {
  const trimmed = line.trim().replace(/^\|/, '').replace(/\|$/, '');
  return trimmed.split(/(?<!\\)\|/).map((cell) => plainLine(cell.replace(/\\\|/g, '|')).replace(/\s+/g, ' ').trim());
}

/** Header cells compared without spaces and bracket widths, so a repeated header is recognized. */
function headerKey(header: string[]): string {
  return header.map((cell) => cell.replace(/\s+/g, '').replace(/（/g, '(').replace(/）/g, ')')).join('|');
}

/**
 * Markdown pipe tables of a document. A table that continues after a page break — the same header
 * again, with only footnotes, blank lines or a page number in between — is joined to the first part.
 */
export function readTables(lines: LineIndex, fromLine: number): Table[] {
  const tables: Table[] = [];
  let line = fromLine;
  while (line < lines.lineCount) {
    const text = lines.lineText(line);
    if (!/^\s*\|/.test(text) || !SEPARATOR.test(lines.lineText(line + 1))) {
      line++;
      continue;
    }
    const header = splitRow(text);
    const rows: TableRow[] = [];
    let next = line + 2;
    for (; next < lines.lineCount && /^\s*\|/.test(lines.lineText(next)); next++) {
      const start = lines.lineStart(next);
      rows.push({
        cells: splitRow(lines.lineText(next)),
        line: next,
        range: lines.rangeOf(start, start + lines.lineText(next).length),
      });
    }
    // An empty header row (a converter's placeholder) with the real header as the first row.
    let headerCells = header;
    if (header.every((cell) => cell === '') && rows.length > 0) {
      headerCells = rows[0].cells;
      rows.shift();
    }
    alignMergedCells(headerCells, rows);
    const previous = tables[tables.length - 1];
    const start = lines.lineStart(line);
    const end = lines.lineStart(next - 1) + lines.lineText(next - 1).length;
    if (
      previous &&
      headerKey(previous.header) === headerKey(headerCells) &&
      onlyPageBreakBetween(lines, previous.range.end.line, line)
    ) {
      previous.rows.push(...rows);
      (previous as { range: Range }).range = { start: previous.range.start, end: lines.positionAt(end) };
    } else {
      tables.push({ header: headerCells, rows, caption: captionBefore(lines, line), range: lines.rangeOf(start, end) });
    }
    line = next;
  }
  return tables;
}

/**
 * A row one cell short under a header with a category column had that cell merged with the row above
 * (| 2 | 政务服务一体机镇街覆盖率（%） | 95 | under 序号 | 类别 | 主要指标 | 目标值): the category is left empty.
 */
function alignMergedCells(header: readonly string[], rows: TableRow[]): void {
  const category = header.findIndex((cell) => /^(?:类别|类型|领域|分类|维度|方面)$/.test(cell.replace(/\s+/g, '')));
  if (category < 0) return;
  for (const row of rows) if (row.cells.length === header.length - 1) row.cells.splice(category, 0, '');
}

function onlyPageBreakBetween(lines: LineIndex, afterLine: number, beforeLine: number): boolean {
  for (let line = afterLine + 1; line < beforeLine; line++) {
    const text = lines.lineText(line).trim();
    if (text && !/^\[\^[^\]]+\]:/.test(text) && !/^[-—–\s\d]+$/.test(text)) return false;
  }
  return true;
}

/** A caption is the nearest non-empty line above the table when it names a table (表1 …) or is short. */
function captionBefore(lines: LineIndex, tableLine: number): string | undefined {
  for (let line = tableLine - 1; line >= Math.max(0, tableLine - 3); line--) {
    const text = plainLine(lines.lineText(line));
    if (!text) continue;
    return /^(表|附表)\s*[0-9０-９]/.test(text) || (text.length <= 40 && !/[。；]$/.test(text)) ? text : undefined;
  }
  return undefined;
}
