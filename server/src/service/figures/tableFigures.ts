import type { Figure, Range } from '../model.js';
import type { Table, TableRow } from '../parse/markdownTables.js';
import { splitNameAndUnit } from '../parse/indicators.js';
import type { LineIndex } from '../text/lineIndex.js';
import { metricKey } from './metric.js';
import { figureColumns, headerMeasure, readCell, yearIn } from './tableColumns.js';

export interface TableFigureContext {
  readonly docId: string;
  readonly lines: LineIndex;
  /** Year of a baseline column whose header states none (a plan: the year before its period). */
  readonly baselineYear?: number;
  /** Year of a target column whose header states none (a plan's last year, a draft's own year). */
  readonly targetYear?: number;
}

/**
 * Figures of a table of figures, corpus and draft alike: one per value cell, with the unit from the
 * cell, the row's unit column, the name's bracket or the header's bracket, and kind and year from the
 * column. The subject is the row's name; canonicalFigure later splits a platform out of it.
 */
export function tableFigures(table: Table, context: TableFigureContext): Figure[] {
  const columns = figureColumns(table.header);
  if (!columns) return [];
  const out: Figure[] = [];
  for (const row of table.rows) {
    const { name, unit: nameUnit } = splitNameAndUnit(row.cells[columns.name] ?? '');
    if (!name || name === '-') continue;
    // The row as a sentence for messages: 政务云资源算力规模（万核） 现状值 22.46 目标值 30.
    const text = [
      row.cells[columns.name],
      ...columns.values.map((c) => `${table.header[c.index]} ${row.cells[c.index] ?? ''}`),
    ].join(' ');
    for (const column of columns.values) {
      const cell = readCell(row.cells[column.index] ?? '');
      if (!cell) continue;
      const range = cellRange(context.lines, row, column.index, cell.start, cell.end);
      if (!range) continue;
      const unit =
        cell.unit ??
        (columns.unit !== undefined ? row.cells[columns.unit]?.trim() || undefined : undefined) ??
        nameUnit ??
        splitNameAndUnit(table.header[column.index] ?? '').unit ??
        '';
      const rowYear =
        column.kind === 'target' && columns.year !== undefined ? yearIn(row.cells[columns.year] ?? '') : undefined;
      const year = column.year ?? rowYear ?? (column.kind === 'baseline' ? context.baselineYear : context.targetYear);
      // Rows of platforms, columns of a measure: the measure is the header's, the platform the row's.
      const measure = headerMeasure(table.header[column.index] ?? '');
      out.push({
        docId: context.docId,
        subject: name.replace(/^[“"]([^“”"]+)[”"]$/, '$1'),
        metric: metricKey(measure ?? name),
        comparator: cell.comparator,
        value: cell.value,
        unit: unit.replace('％', '%'),
        kind: column.kind,
        ...(year !== undefined ? { year } : {}),
        range,
        text,
      });
    }
  }
  return out;
}

/** The span of a cell's number (with its unit) in the row's line. */
function cellRange(lines: LineIndex, row: TableRow, column: number, start: number, end: number): Range | undefined {
  const text = lines.lineText(row.line);
  // Cells are split on unescaped pipes; a leading pipe opens the first cell.
  let offset = text.indexOf('|') + 1;
  for (let i = 0; i < column; i++) {
    const next = text.indexOf('|', offset);
    if (next < 0) return undefined;
    offset = next + 1;
  }
  const cellEnd = text.indexOf('|', offset);
  const raw = text.slice(offset, cellEnd < 0 ? text.length : cellEnd);
  // The cell as split was trimmed and emphasis-free; find the number in the raw cell.
  const written = row.cells[column].slice(start, end);
  const at = raw.indexOf(written);
  if (at < 0) return undefined;
  const lineStart = lines.lineStart(row.line);
  return lines.rangeOf(lineStart + offset + at, lineStart + offset + at + written.length);
}
