import { metricKey } from '../figures/metric.js';
import type { Figure } from '../model.js';
import { readTables, type Table } from '../parse/markdownTables.js';
import { splitNameAndUnit } from '../parse/indicators.js';
import type { CheckContext } from './checkContext.js';

const NAME_HEADER = /指标|目标任务|任务|项目|名称|内容|事项/;
const VALUE_HEADER = /目标|预期|现状|基期|基线|基准|\d{4}\s*年|数值|值$/;
const SKIP_HEADER = /序号|编号|单位|责任|牵头|备注|说明|计算|属性|类别/;
const CELL_VALUE =
  /^\s*(≥|>=|＞|>|不低于|不少于|超过|达到)?\s*(\d+(?:\.\d+)?)\s*(万[名人户家个项件核路]?|亿[元次件]?|%|％|[个项件台名次分家所条套份])?\s*(以上)?\s*$/;

/**
 * Figures in the draft's own tables (| 指标 | 2025年目标 |): one per value cell, with the unit from
 * the cell, the row's unit column, the name's bracket or the header's bracket, and the year and kind
 * from the header (现状 is a baseline, 目标 a target).
 */
export function tableFigures(context: CheckContext): Figure[] {
  const out: Figure[] = [];
  for (const table of readTables(context.draft.lines, 0)) out.push(...figuresOfTable(context, table));
  return out;
}

function figuresOfTable(context: CheckContext, table: Table): Figure[] {
  const header = table.header.map((cell) => cell.replace(/\s+/g, ''));
  const nameColumn = header.findIndex((cell) => NAME_HEADER.test(cell) && !SKIP_HEADER.test(cell));
  if (nameColumn < 0) return [];
  const unitColumn = header.findIndex((cell) => /^(计量)?单位$/.test(cell));
  const valueColumns = header
    .map((cell, index) => ({ cell, index }))
    .filter(({ cell, index }) => index !== nameColumn && VALUE_HEADER.test(cell) && !SKIP_HEADER.test(cell));
  const out: Figure[] = [];
  for (const row of table.rows) {
    const { name, unit: nameUnit } = splitNameAndUnit(row.cells[nameColumn] ?? '');
    if (!name) continue;
    for (const { cell: headerCell, index } of valueColumns) {
      const match = CELL_VALUE.exec(row.cells[index] ?? '');
      if (!match) continue;
      const unit =
        match[3] ??
        (unitColumn >= 0 ? row.cells[unitColumn] : undefined) ??
        nameUnit ??
        splitNameAndUnit(headerCell).unit ??
        '';
      const range = cellRange(context, row.line, index, match[2]);
      if (!range) continue;
      const year = /(\d{4})\s*年/.exec(headerCell);
      out.push({
        docId: context.draft.uri,
        subject: name,
        metric: metricKey(name),
        comparator: [match[1], match[4]].filter(Boolean).join('…'),
        value: Number(match[2]),
        unit: unit.replace('％', '%'),
        kind: /现状|基期|基线|基准/.test(headerCell) ? 'baseline' : 'target',
        year: year ? Number(year[1]) : context.year,
        range,
        text: row.cells.join(' | '),
      });
    }
  }
  return out;
}

/** The span of a cell's number (with its unit) in the row's line. */
function cellRange(context: CheckContext, line: number, column: number, number: string): Figure['range'] | undefined {
  const text = context.draft.lines.lineText(line);
  let offset = text.indexOf('|') + 1;
  for (let i = 0; i < column; i++) offset = text.indexOf('|', offset) + 1;
  const end = text.indexOf('|', offset);
  const cell = text.slice(offset, end < 0 ? text.length : end);
  const at = cell.indexOf(number);
  if (at < 0) return undefined;
  const valueText =
    /^\d+(?:\.\d+)?(?:\s*(?:万[名人户家个项件核路]?|亿[元次件]?|%|％|[个项件台名次分家所条套份]))?/.exec(
      cell.slice(at),
    )![0];
  const start = context.draft.lines.lineStart(line) + offset + at;
  return context.draft.lines.rangeOf(start, start + valueText.length);
}
