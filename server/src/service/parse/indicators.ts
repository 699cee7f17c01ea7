import type { DataProblem, MethodReason } from '../messages/dataIssues.js';
import type { DataIssue, DocumentMeta, Indicator } from '../model.js';
import { joinHanSpaces, nameKey } from '../text/normalize.js';
import { figureColumns } from '../figures/tableColumns.js';
import type { Table } from './markdownTables.js';

interface Columns {
  number?: number;
  name: number;
  category?: number;
  unit?: number;
  baseline?: number;
  target?: number;
  method?: number;
  baselineYear?: number;
  targetYear?: number;
}

/**
 * Recognizes an indicator table or a calculation-method table by its header wording — the same reading
 * of columns as the figures of any table (figures/tableColumns.ts).
 */
function columnsOf(header: string[]): Columns | undefined {
  const figures = figureColumns(header);
  if (!figures || !/指标/.test(header[figures.name] ?? '')) return undefined;
  const baseline = figures.values.find((v) => v.kind === 'baseline');
  const target = figures.values.filter((v) => v.kind === 'target').at(-1);
  if (!target && figures.method === undefined) return undefined;
  return {
    name: figures.name,
    number: figures.number,
    category: figures.category,
    unit: figures.unit,
    method: figures.method,
    baseline: baseline?.index,
    target: target?.index,
    baselineYear: baseline?.year,
    targetYear: target?.year,
  };
}

/** Splits 政务云资源算力规模（万核） into the name and the unit in its trailing bracket. */
export function splitNameAndUnit(cell: string): { name: string; unit?: string } {
  const compact = joinHanSpaces(cell.trim());
  // The name never ends inside blanks (the \s* takes them all): trying it there rescanned the blanks.
  const match = /^(.*?)(?<!\s)\s*[（(]([^（）()]{1,8})[）)]\s*$/.exec(compact);
  return match ? { name: match[1].trim(), unit: match[2].trim() } : { name: compact };
}

function numberIn(text: string | undefined): number | undefined {
  const match = text ? /-?\d+(?:\.\d+)?/.exec(text.replace(/,/g, '')) : null;
  return match ? Number(match[0]) : undefined;
}

export interface IndicatorResult {
  readonly indicators: Indicator[];
  readonly issues: DataIssue[];
}

/** Indicator rows of a document's tables, joined with the calculation methods of a method table. */
export function extractIndicators(meta: DocumentMeta, tables: readonly Table[]): IndicatorResult {
  const indicators: Indicator[] = [];
  const methodTables: Array<{ table: Table; columns: Columns }> = [];
  for (const table of tables) {
    const columns = columnsOf(table.header);
    if (!columns) continue;
    if (columns.target === undefined) methodTables.push({ table, columns });
    else indicators.push(...rowsOf(meta, table, columns));
  }
  const issues: DataIssue[] = [];
  const joined = methodTables.length > 0 ? joinMethods(meta.id, indicators, methodTables, issues) : indicators;
  return { indicators: joined, issues };
}

function rowsOf(meta: DocumentMeta, table: Table, columns: Columns): Indicator[] {
  const out: Indicator[] = [];
  let category: string | undefined;
  const [periodStart, periodEnd] = meta.period ?? [undefined, undefined];
  for (const row of table.rows) {
    const cell = (index: number | undefined) =>
      index === undefined ? undefined : row.cells[index]?.trim() || undefined;
    const nameCell = cell(columns.name);
    if (!nameCell) continue;
    // A category cell spanning several rows is written once; the rows below leave it empty.
    category = cell(columns.category) ? joinHanSpaces(cell(columns.category)!).replace(/\s+/g, '') : category;
    const { name, unit } = splitNameAndUnit(nameCell);
    const baselineText = cell(columns.baseline);
    const targetText = cell(columns.target);
    out.push({
      docId: meta.id,
      number: cell(columns.number) ?? String(out.length + 1),
      name,
      unit: cell(columns.unit) ?? unit,
      category,
      baselineText,
      baseline: numberIn(baselineText),
      baselineYear: columns.baselineYear ?? (periodStart !== undefined ? periodStart - 1 : undefined),
      targetText,
      target: numberIn(targetText),
      targetYear: columns.targetYear ?? periodEnd,
      tableTitle: table.caption,
      range: row.range,
    });
  }
  return out;
}

function joinMethods(
  docId: string,
  indicators: Indicator[],
  methodTables: Array<{ table: Table; columns: Columns }>,
  issues: DataIssue[],
): Indicator[] {
  const byKey = new Map(indicators.map((indicator) => [nameKey(indicator.name), indicator]));
  const withMethod = new Map<Indicator, { method: string; range: Indicator['range'] }>();
  for (const { table, columns } of methodTables) {
    for (const row of table.rows) {
      const nameCell = row.cells[columns.name];
      const method = columns.method === undefined ? undefined : row.cells[columns.method]?.trim();
      if (!nameCell || !method) continue;
      const indicator = byKey.get(nameKey(splitNameAndUnit(nameCell).name));
      if (!indicator) {
        issues.push({
          docId,
          range: row.range,
          problem: { kind: 'method-without-indicator', name: nameCell },
        });
        continue;
      }
      withMethod.set(indicator, { method, range: row.range });
    }
  }
  return indicators.map((indicator) => {
    const found = withMethod.get(indicator);
    if (!found) return indicator;
    const joined = { ...indicator, method: found.method, methodRange: found.range };
    const problem = methodProblem(joined, indicators);
    if (problem) issues.push({ docId, range: found.range, problem });
    return joined;
  });
}

const bigrams = (text: string): Set<string> => {
  const clean = nameKey(text).replace(/[^\u4e00-\u9fff]/g, '');
  const set = new Set<string>();
  for (let i = 0; i + 1 < clean.length; i++) set.add(clean.slice(i, i + 2));
  return set;
};

/** Share of a name's character pairs that a method text repeats: how plainly it speaks of that name. */
const coverage = (method: Set<string>, name: string): { share: number; pairs: number } => {
  const pairs = bigrams(name);
  const shared = [...pairs].filter((pair) => method.has(pair)).length;
  return { share: pairs.size === 0 ? 0 : shared / pairs.size, pairs: shared };
};

/**
 * Keeps a source's data problem visible: a ratio formula for a count, or a method whose words
 * plainly describe another indicator of the same table.
 */
function methodProblem(indicator: Indicator, all: readonly Indicator[]): DataProblem | undefined {
  const method = indicator.method ?? '';
  const isRatio = /[/÷]/.test(method) && /%|％/.test(method);
  const reasons: MethodReason[] = [];
  if (isRatio && indicator.unit && !/%|％/.test(indicator.unit)) {
    reasons.push({ kind: 'ratio-for-count', unit: indicator.unit });
  }
  const words = bigrams(method);
  const own = coverage(words, indicator.name);
  const best = all
    .filter((other) => other !== indicator)
    .map((other) => ({ other, score: coverage(words, other.name) }))
    .sort((a, b) => b.score.share - a.score.share)[0];
  // Plainly another row's: it repeats at least half of that name (five pairs or more) and little of its own.
  if (best && best.score.share >= 0.5 && best.score.pairs >= 5 && own.share < 0.3) {
    reasons.push({ kind: 'other-row', number: String(best.other.number), name: best.other.name });
  }
  return reasons.length ? { kind: 'misplaced-method', indicator: indicator.name, reasons } : undefined;
}
