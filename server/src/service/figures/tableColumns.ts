// What the columns of a table of figures hold, and what a cell says — one reading for the corpus's
// indicator tables (表1 主要指标) and a draft's own tables alike. Headers vary by document:
// 主要指标 | 现状值 | 目标值, 指标 | 2020年 | 2025年, 序号 | 类别 | 主要指标 | 目标值 | 属性.
import { toHalfWidth } from '../text/chineseNumerals.js';

export interface ValueColumn {
  readonly index: number;
  readonly kind: 'baseline' | 'target';
  /** A year the header states (2025年目标值, 2020年). */
  readonly year?: number;
}

export interface FigureColumns {
  readonly name: number;
  readonly number?: number;
  readonly category?: number;
  readonly unit?: number;
  readonly method?: number;
  /** A column of years for the row's target (目标年份, 完成时限). */
  readonly year?: number;
  readonly values: readonly ValueColumn[];
}

const compact = (cell: string) => cell.replace(/\s+/g, '');
const find = (header: readonly string[], re: RegExp, except?: RegExp): number | undefined => {
  const index = header.findIndex((cell) => re.test(compact(cell)) && !except?.test(compact(cell)));
  return index < 0 ? undefined : index;
};

export const yearIn = (cell: string): number | undefined => {
  const match = /((?:19|20)\d{2})\s*年?/.exec(cell);
  return match ? Number(match[1]) : undefined;
};

const NAME_HEADER = /^(?:主要)?指标(?:名称|项)?$|^指标|指标$|目标任务|^任务|^项目|名称|^内容|事项|^平台$|^系统$|^应用$/;
const NOT_NAME = /序号|编号|单位|责任|牵头|备注|说明|计算|属性|类别|类型|年份|年度|时限|时间/;
const YEAR_HEADER = /^(?:目标|完成|计划)?(?:年份|年度|时限|时间)$/;
const BASELINE_HEADER = /现状|基期|基准|基线|现值|基础值/;
const TARGET_HEADER = /目标|预期|规划值/;
const METHOD_HEADER = /计算方法|计算公式|统计口径|指标(?:说明|解释|定义)|^说明$/;

/**
 * The columns of a table of figures: a name column and at least one value column (baseline or target,
 * by its words or, for bare year columns, by order: the first year is the baseline, the last the
 * target), or a method column. Undefined for any other table.
 */
export function figureColumns(header: readonly string[]): FigureColumns | undefined {
  const name = find(header, NAME_HEADER, NOT_NAME);
  if (name === undefined) return undefined;
  const values: ValueColumn[] = [];
  header.forEach((cell, index) => {
    const text = compact(cell);
    if (index === name || NOT_NAME.test(text) || METHOD_HEADER.test(text)) return;
    const year = yearIn(text);
    const kind = BASELINE_HEADER.test(text) ? 'baseline' : TARGET_HEADER.test(text) ? 'target' : undefined;
    if (kind) values.push({ index, kind, ...(year !== undefined ? { year } : {}) });
  });
  // A column of an earlier year beside a target column of a later one is the baseline (2020年… | 2026年…目标).
  const target = values.find((v) => v.kind === 'target' && v.year !== undefined);
  if (target && !values.some((v) => v.kind === 'baseline')) {
    header.forEach((cell, index) => {
      const year = yearIn(compact(cell));
      if (index !== name && year !== undefined && year < target.year! && !values.some((v) => v.index === index))
        values.push({ index, kind: 'baseline', year });
    });
    values.sort((a, b) => a.index - b.index);
  }
  if (values.length === 0) {
    const years = header
      .map((cell, index) => ({ index, year: yearIn(compact(cell)) }))
      .filter((c): c is { index: number; year: number } => c.year !== undefined && c.index !== name);
    if (years.length >= 2) {
      values.push({ index: years[0].index, kind: 'baseline', year: years[0].year });
      values.push({ index: years[years.length - 1].index, kind: 'target', year: years[years.length - 1].year });
    }
  }
  const method = find(header, METHOD_HEADER);
  if (values.length === 0 && method === undefined) return undefined;
  return {
    name,
    values,
    ...optional('number', find(header, /^(?:序号|编号)$/)),
    ...optional('category', find(header, /类别|类型|领域|分类|维度/)),
    ...optional('unit', find(header, /^(?:计量)?单位$/)),
    ...optional('year', find(header, YEAR_HEADER)),
    ...optional('method', method),
  };
}

/**
 * The measure a value column's header names besides its year and kind (2026年日均活跃用户目标（万名） ->
 * 日均活跃用户): a table whose rows are platforms and whose columns are the measure. Undefined for
 * 目标值, 2025年, 现状值 and the like.
 */
export function headerMeasure(cell: string): string | undefined {
  const rest = compact(cell)
    .replace(/（[^（）]*）|\([^()]*\)/g, '')
    .replace(/(?:19|20)\d{2}年?(?:底|末|年底)?/g, '')
    .replace(/目标值|目标|现状值|现状|基期值|基期|基准值|基线值|基线|预期值|预期|规划值|完成值|实际值|数值|值$/g, '')
    // Whose or what kind of value it is (省定目标值, 约束性目标) says nothing of the measure.
    .replace(/^(?:省定|市定|国定|规划|计划|实际|考核|约束性|预期性|我省|我市|全省|全市)+/, '');
  return /[\u4e00-\u9fff]{2}/.test(rest) ? rest : undefined;
}

const optional = <K extends string>(key: K, value: number | undefined) =>
  (value === undefined ? {} : { [key]: value }) as Partial<Record<K, number>>;

export interface CellValue {
  readonly value: number;
  /** ≥, 不低于, 以上 … joined by … as a Figure's comparator. */
  readonly comparator: string;
  /** A unit written in the cell (万, %, 个 …). */
  readonly unit?: string;
  /** Where the number (with its unit) is in the cell. */
  readonly start: number;
  readonly end: number;
}

const CELL =
  /^(≥|>=|＞|>|≤|<=|＜|<|不低于|不少于|不超过|超过|达到|力争)? ?(\d+(?:\.\d+)?) ?(万[名人户家个项件核路]?|亿[元次件]?|%|[个项件台名次分家所条套份路核])? ?(以上|以下|左右)?$/;

/** The figure a table cell states: "≥99", "99以上", "不低于95", "150", "30万核". Undefined for "-" or words. */
export function readCell(cell: string): CellValue | undefined {
  const text = toHalfWidth(cell).replace(/％/g, '%');
  // Spaces collapsed before matching (the pattern then needs no unbounded repeats); offsets are
  // found again in the cell as written.
  const m = CELL.exec(text.trim().replace(/\s+/g, ' '));
  if (!m) return undefined;
  const start = text.indexOf(m[2], text.length - text.trimStart().length);
  const end = m[3] ? text.indexOf(m[3], start + m[2].length) + m[3].length : start + m[2].length;
  return {
    value: Number(m[2]),
    comparator: [m[1], m[4]].filter(Boolean).join('…'),
    ...(m[3] ? { unit: m[3] } : {}),
    start,
    end,
  };
}
