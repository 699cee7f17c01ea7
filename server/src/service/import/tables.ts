import { isTableRowText, type Removal, type Unit } from './sourceText.js';

type TableUnit = Extract<Unit, { kind: 'table' }>;

export interface TableResult {
  readonly units: Unit[];
  readonly removals: Removal[];
}

/**
 * Gathers tab-separated rows into tables. A table broken by a page keeps going: its next part may
 * repeat the header row (dropped, it is the same header) and may be separated from the first part
 * by the notes printed at the page bottom, which move below the whole table. Cells that span rows
 * in print are empty in the rows below; they stay empty — filling them would be inventing text.
 */
export function buildTables(units: readonly Unit[]): TableResult {
  const out: Unit[] = [];
  const removals: Removal[] = [];
  let index = 0;
  while (index < units.length) {
    const pipe = collectPipeRows(units, index);
    if (pipe.length >= 2) {
      out.push(pipeTable(pipe));
      index += pipe.length;
      continue;
    }
    const rows = collectRows(units, index);
    if (rows.length < 2) {
      out.push(units[index]);
      index++;
      continue;
    }
    index += rows.length;
    const table: string[][] = [];
    const notes: Unit[] = [];
    addRows(table, rows, removals);
    // Continue across notes and page furniture while the next part has the same columns.
    for (;;) {
      let next = index;
      while (next < units.length && units[next].kind === 'footnote') next++;
      const more = collectRows(units, next);
      if (more.length === 0 || cellsOf(more[0]).length !== table[0].length) break;
      notes.push(...units.slice(index, next));
      addRows(table, more, removals);
      index = next + more.length;
    }
    out.push(padded(table), ...notes);
  }
  return { units: out, removals };
}

/** Rows of a Markdown pipe table the source already has (a page exported as Markdown). */
function collectPipeRows(units: readonly Unit[], from: number): string[] {
  const rows: string[] = [];
  for (let index = from; index < units.length; index++) {
    const unit = units[index];
    if (unit.kind !== 'text' || !/^\|.*\|\s*$/.test(unit.text.trim())) break;
    rows.push(unit.text.trim());
  }
  return rows;
}

const SEPARATOR_CELL = /^:?-{2,}:?$/;
const CATEGORY_HEADER = /^(?:类别|类型|领域|分类|维度|方面)$/;

/**
 * A pipe table read back into rows: separator rows dropped, an empty placeholder header row dropped (the
 * real header is the next row), and a row one cell short under a category column given its empty
 * category (the cell was merged with the row above in print).
 */
function pipeTable(lines: readonly string[]): TableUnit {
  let rows = lines
    .map((line) =>
      line
        .replace(/^\|/, '')
        .replace(/\|\s*$/, '')
        .split(/(?<!\\)\|/)
        .map((cell) => cell.replace(/\\\|/g, '|').trim()),
    )
    .filter((cells) => !cells.every((cell) => SEPARATOR_CELL.test(cell)));
  if (rows.length > 1 && rows[0].every((cell) => cell === '')) rows = rows.slice(1);
  const header = rows[0];
  const category = header.findIndex((cell) => CATEGORY_HEADER.test(cell.replace(/\s+/g, '')));
  if (category >= 0) {
    rows = rows.map((cells, i) =>
      i > 0 && cells.length === header.length - 1 ? [...cells.slice(0, category), '', ...cells.slice(category)] : cells,
    );
  }
  return padded(rows);
}

function collectRows(units: readonly Unit[], from: number): string[] {
  const rows: string[] = [];
  for (let index = from; index < units.length; index++) {
    const unit = units[index];
    if (unit.kind !== 'text' || !isTableRowText(unit.text)) break;
    rows.push(unit.text);
  }
  return rows;
}

function addRows(table: string[][], rows: readonly string[], removals: Removal[]): void {
  for (const row of rows) {
    const cells = cellsOf(row);
    if (table.length > 0 && sameRow(cells, table[0])) {
      removals.push({ reason: 'repeated-table-header', text: row });
    } else {
      table.push(cells);
    }
  }
}

function cellsOf(row: string): string[] {
  // (?<!…) before a trailing run: tried from its first character only, not again from each of them.
  return row
    .replace(/(?<!\t)\t+$/, '')
    .split('\t')
    .map((cell) => cell.trim());
}

/** Header rows compared without spaces or bracket widths: a reprint may differ in either. */
function sameRow(a: readonly string[], b: readonly string[]): boolean {
  const key = (cells: readonly string[]) =>
    cells.map((cell) => cell.replace(/\s+/g, '').replace(/（/g, '(').replace(/）/g, ')')).join('\t');
  return key(a) === key(b);
}

function padded(table: readonly string[][]): TableUnit {
  const width = Math.max(...table.map((row) => row.length));
  return { kind: 'table', rows: table.map((row) => [...row, ...Array<string>(width - row.length).fill('')]) };
}

/** Renders a table as a Markdown pipe table; a | inside a cell is escaped so it stays text. */
export function renderTable(table: TableUnit): string {
  const line = (cells: readonly string[]) => `| ${cells.map((cell) => cell.replace(/\|/g, '\\|')).join(' | ')} |`;
  const [header, ...body] = table.rows;
  return [line(header), line(header.map(() => '---')), ...body.map(line)].join('\n');
}
