// A row of an indicator table (表1 … 现状值 / 目标值) as figures: one baseline and one target, each only when
// the cell holds a number ("-" means the source has none).
import type { Figure, Range } from '../model.js';

export interface IndicatorRow {
  readonly docId: string;
  /** Indicator name without the unit parenthesis: “粤省事”日均活跃用户数. */
  readonly name: string;
  /** Unit from the name's parenthesis: 万名, %, 个. */
  readonly unit?: string;
  readonly baseline?: number;
  readonly baselineText?: string;
  readonly target?: number;
  readonly targetText?: string;
  readonly baselineYear?: number;
  readonly targetYear?: number;
  readonly range: Range;
  readonly subject: string;
  readonly metric: string;
}

/** Comparators a cell may carry: "≥99", "99以上", "不低于95". */
const CELL = /^\s*(≥|>=|＞|>|≤|<=|＜|<|不低于|不少于|超过|达到)?\s*(\d+(?:\.\d+)?)\s*(%|％)?\s*(以上|以下)?\s*$/;

function readCell(
  value: number | undefined,
  text: string | undefined,
): { value: number; comparator: string } | undefined {
  const m = text !== undefined ? CELL.exec(text) : null;
  const comparator = m ? [m[1], m[4]].filter(Boolean).join('…') : '';
  if (value !== undefined && Number.isFinite(value)) return { value, comparator };
  return m ? { value: Number(m[2]), comparator } : undefined;
}

function rowText(row: IndicatorRow): string {
  const unit = row.unit ? `（${row.unit}）` : '';
  return `${row.name}${unit} 现状值 ${row.baselineText ?? row.baseline ?? '-'} 目标值 ${row.targetText ?? row.target ?? '-'}`;
}

export function figuresFromIndicatorRow(row: IndicatorRow): Figure[] {
  const cells = [
    { kind: 'baseline' as const, cell: readCell(row.baseline, row.baselineText), year: row.baselineYear },
    { kind: 'target' as const, cell: readCell(row.target, row.targetText), year: row.targetYear },
  ];
  const text = rowText(row);
  return cells.flatMap(({ kind, cell, year }) =>
    cell
      ? [
          {
            docId: row.docId,
            subject: row.subject,
            metric: row.metric,
            comparator: cell.comparator,
            value: cell.value,
            unit: row.unit ?? '',
            kind,
            ...(year !== undefined ? { year } : {}),
            range: row.range,
            text,
          },
        ]
      : [],
  );
}
