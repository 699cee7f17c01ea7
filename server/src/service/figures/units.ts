// Units of a figure as Chinese policy prose writes them: an optional magnitude (万, 亿 …) followed by an
// optional counter (名, 项, 核 …) or a percent sign. "150 万名" is the magnitude 万 plus the counter 名, so it
// compares equal to "1500000名"; "100万" (no counter) never compares equal to "100%".

/** Magnitude characters; several multiply (千万 = 1e7, 万亿 = 1e12). */
const MAGNITUDES: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1e3, 万: 1e4, 亿: 1e8 };

/** Units that begin with a magnitude character but are not scaled by it. */
const FIXED_UNITS = ['个百分点', '百分点', '千瓦时', '千瓦', '千米', '千克', '百兆', '千兆', '万兆'];

/** Classifiers: a count of things, so the noun after them can be what is counted (250台政务服务一体机). */
const CLASSIFIERS = [
  '人次',
  '户次',
  '件次',
  '个',
  '项',
  '件',
  '台',
  '名',
  '人',
  '家',
  '所',
  '张',
  '条',
  '套',
  '类',
  '种',
  '枚',
  '份',
  '笔',
  '次',
  '户',
  '路',
  '核',
  // A cloud's computing power counted in virtual CPUs: the same as 核.
  'vCPU',
  '座',
  '辆',
  '架',
  '处',
  '块',
  '支',
  '款',
  '场',
  '例',
  '间',
  '栋',
];

/** Measures that are not classifiers: money, storage, durations, physical quantities, scores. */
const MEASURES = [
  '个工作日',
  '工作日',
  '个月',
  '小时',
  '分钟',
  '天',
  '秒',
  '元',
  'TB',
  'PB',
  'GB',
  'EB',
  '倍',
  '分',
  '平方公里',
  '公里',
  '亩',
  '吨',
  '兆瓦',
];

const PERCENTS = ['%', '％', '‰', '个百分点', '百分点'];

/** Counter followed by one more character that makes an ordinary word instead (3核心 is not "3 cores"). */
const NOT_A_COUNTER = new Set([
  '核心',
  '所以',
  '所在',
  '家庭',
  '家园',
  '人民',
  '人员',
  '名单',
  '名称',
  '路径',
  '路线',
  '场景',
  '场所',
  '类型',
  '类别',
  '条件',
  '条例',
  '例如',
  '位置',
  '处理',
  '支持',
  '支撑',
  '款项',
  '份额',
  '台账',
  '台阶',
  '种类',
  '间隔',
  '个体',
  '个人',
  '个性',
  '个别',
  '分别',
  '分类',
  '分析',
  '分之',
  '天然',
  '元素',
  '次序',
]);

const ALL_COUNTERS = [...FIXED_UNITS, ...PERCENTS, ...MEASURES, ...CLASSIFIERS].sort((a, b) => b.length - a.length);

export interface UnitMatch {
  /** The unit as written, without spaces or the 多/余 approximation: 万名, 亿, %, 项. */
  readonly unit: string;
  /** Offset just after the unit. */
  readonly end: number;
  /** 多 or 余 written between the number and the counter: 600 多项, 350 余万份. */
  readonly approx?: '多' | '余';
}

function counterAt(text: string, pos: number): string | undefined {
  for (const counter of ALL_COUNTERS) {
    if (!text.startsWith(counter, pos)) continue;
    if (counter.length === 1 && NOT_A_COUNTER.has(text.slice(pos, pos + 2))) return undefined;
    // A Latin unit glued to more letters is a name (5GB is storage, 5GBps is not ours to read).
    if (/^[A-Z]/.test(counter) && /[A-Za-z]/.test(text.charAt(pos + counter.length))) return undefined;
    return counter;
  }
  return undefined;
}

function isFixedAt(text: string, pos: number): boolean {
  return FIXED_UNITS.some((u) => text.startsWith(u, pos));
}

/**
 * Reads the unit that follows a number ending at `pos`. Up to two spaces may separate them ("200 万"), as
 * PDF imports leave them. Returns undefined when nothing unit-like follows: such a number is not a figure.
 */
export function readUnit(text: string, pos: number): UnitMatch | undefined {
  let i = pos;
  while (i < text.length && i - pos < 2 && /[ \t\u3000]/.test(text.charAt(i))) i++;
  let approx: '多' | '余' | undefined;
  const takeApprox = (): void => {
    const ch = text.charAt(i);
    if (!approx && (ch === '多' || ch === '余')) {
      approx = ch;
      i++;
    }
  };
  takeApprox();
  let unit = '';
  while (i < text.length && text.charAt(i) in MAGNITUDES && !isFixedAt(text, i)) {
    unit += text.charAt(i);
    i++;
  }
  takeApprox();
  const counter = counterAt(text, i);
  if (counter) {
    unit += counter;
    i += counter.length;
  }
  if (!unit) return undefined;
  return approx ? { unit, end: i, approx } : { unit, end: i };
}

/** Splits a unit into its magnitude and counter: 万名 -> 1e4 and 名, 个百分点 -> 1 and 个百分点. */
export function splitUnit(unit: string): { readonly magnitude: number; readonly counter: string } {
  // A draft's figures use a few dozen units, and every value check splits them again: kept per unit.
  let split = SPLIT_UNITS.get(unit);
  if (split === undefined) {
    if (SPLIT_UNITS.size >= MAX_REMEMBERED_UNITS) SPLIT_UNITS.clear();
    SPLIT_UNITS.set(unit, (split = splitUnitNow(unit)));
  }
  return split;
}

const MAX_REMEMBERED_UNITS = 10_000;
const SPLIT_UNITS = new Map<string, { readonly magnitude: number; readonly counter: string }>();

function splitUnitNow(unit: string): { readonly magnitude: number; readonly counter: string } {
  const u = unit.replace(/\s+/g, '');
  let magnitude = 1;
  let i = 0;
  while (i < u.length && u.charAt(i) in MAGNITUDES && !isFixedAt(u, i)) {
    magnitude *= MAGNITUDES[u.charAt(i)];
    i++;
  }
  const counter = u.slice(i);
  return { magnitude, counter: counter === '％' ? '%' : counter };
}

/**
 * The value in counter units, so magnitudes compare across spellings: 1.1亿 and 11000万 both give 110000000
 * with counter ''; 150万名 and 1500000名 both give 1500000 with counter 名.
 */
export function normalizeQuantity(value: number, unit: string): { base: number; counter: string } {
  const { magnitude, counter } = splitUnit(unit);
  // toPrecision drops the binary noise of 1.1 * 1e8 without rounding real decimals away. A whole number
  // of twelve digits or fewer times 1 has none, and is its own value (no string made and read back).
  const product = value * magnitude;
  const exact = magnitude === 1 && Number.isInteger(value) && Math.abs(value) < 1e12 && !Object.is(value, -0);
  return { base: exact ? product : Number(product.toPrecision(12)), counter };
}

export function isPercent(counter: string): boolean {
  return PERCENTS.includes(counter);
}

export function isClassifier(counter: string): boolean {
  return CLASSIFIERS.includes(counter);
}

export function isDuration(counter: string): boolean {
  return ['个工作日', '工作日', '个月', '小时', '分钟', '天', '秒'].includes(counter);
}

/** Counters that name the same kind of thing: people are counted with 名 or 人, items with 项 or 件. */
const SAME_KIND: readonly (readonly string[])[] = [
  ['名', '人'],
  ['%', '％'],
  // Items of work: a plan's table counts 事项 in 件 where its prose says 项.
  ['项', '件'],
  ['核', 'vCPU'],
];

/**
 * Whether two counters measure the same kind of quantity. A bare magnitude (100万, counter '') is taken as
 * a count of whatever the metric counts, so it compares with any classifier, but never with a percentage or
 * a measure such as 元 or 小时.
 */
export function countersComparable(a: string, b: string): boolean {
  if (a === b) return true;
  if (SAME_KIND.some((group) => group.includes(a) && group.includes(b))) return true;
  if (a === '') return isClassifier(b);
  if (b === '') return isClassifier(a);
  return false;
}
