// When a newer document writes a name in a form that reads as the same thing renamed: the same name with
// or without a generic affix (“粤盾杯” -> “粤盾”), with another numeral (2.0 -> 3.0, 一期 -> 二期), the same
// stem with another head noun (省数据交易中心 -> 省数据交易场所), a planned document's title with a modifier
// put in or taken out (…管理促进条例 -> …条例 -> …数字化条例), or a body's name with 和… put in or out.
import type { KnownName, NameKind } from '../model.js';

export type SuccessorShape = 'generic-affix' | 'numeral' | 'head-noun' | 'modifier' | 'and-inserted';

const GENERIC_SUFFIXES = ['杯', '大赛', '平台', '系统', '工程', '专区', 'APP', '小程序', '品牌'];
const GENERIC_PREFIXES = ['广东省', '全省', '省'];
const HEAD_NOUNS = [
  '中心',
  '场所',
  '交易所',
  '平台',
  '系统',
  '局',
  '厅',
  '委',
  '办',
  '集团',
  '公司',
  '院',
  '网',
  '库',
  '专区',
];
/** The kind of a document, optionally provisional: 条例, 暂行办法, 实施方案. */
const DOCUMENT_TAIL = /^(?:暂行|试行|实施)?(?:条例|办法|规定|细则|规划|方案|意见|通知|决定|要点|计划)$/;
const NUMERAL = /[0-9０-９.．一二三四五六七八九十]+/g;

const strip = (text: string) => text.replace(/[“”《》]/g, '');

/** How `newer` reads as `older` renamed, or undefined. */
export function successorShape(older: string, newer: string, kind: NameKind): SuccessorShape | undefined {
  const a = strip(older);
  const b = strip(newer);
  if (a === b || a.length < 2 || b.length < 2) return undefined;
  for (const suffix of GENERIC_SUFFIXES) if (a === b + suffix || b === a + suffix) return 'generic-affix';
  for (const prefix of GENERIC_PREFIXES) if (a === prefix + b || b === prefix + a) return undefined; // the same name, full and short
  // Another numeral: a version or a phase (2.0 -> 3.0, 一期 -> 二期) — never a year, which makes a series
  // (2021年工作要点, 2022年工作要点) rather than a renaming.
  if (
    a.replace(NUMERAL, '#') === b.replace(NUMERAL, '#') &&
    /[0-9一二三四五六七八九十]/.test(a) &&
    !/(?:19|20)\d{2}\s*年/.test(a + b)
  ) {
    return 'numeral';
  }
  const prefix = commonPrefix(a, b);
  if (prefix >= 3) {
    const headA = HEAD_NOUNS.find((h) => a.endsWith(h));
    const headB = HEAD_NOUNS.find((h) => b.endsWith(h));
    if (headA && headB && headA !== headB && a.length - headA.length === prefix && b.length - headB.length === prefix)
      return 'head-noun';
  }
  const suffix = commonSuffix(a, b);
  const middleA = a.length - prefix - suffix;
  const middleB = b.length - prefix - suffix;
  // Both changed in the middle: a substitution, not a modifier put in or taken out.
  if (middleA > 0 && middleB > 0) return undefined;
  const inserted = middleA === 0 ? b.slice(prefix, prefix + middleB) : a.slice(prefix, prefix + middleA);
  // A body's remit widened or narrowed: 和 with up to four characters of a new field put in or taken out
  // before its head (省政务服务管理局 -> 省政务服务和数据管理局).
  if (kind === 'agency' && /^和[\u4e00-\u9fff]{0,4}$/.test(inserted)) return 'and-inserted';
  // A planned document's title: stem and kind of document kept, a modifier of up to four characters in or
  // out right before the kind (…管理促进条例 -> …条例 -> …数字化条例). Before a longer tail it changes what
  // the document is about (公共数据管理办法 is not 公共数据安全管理办法).
  const tail = a.slice(a.length - suffix);
  if (kind === 'document' && prefix >= 4 && DOCUMENT_TAIL.test(tail) && inserted.length > 0 && inserted.length <= 4)
    return 'modifier';
  return undefined;
}

function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

function commonSuffix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[a.length - 1 - i] === b[b.length - 1 - i]) i++;
  return Math.min(i, Math.min(a.length, b.length) - commonPrefix(a, b));
}

/**
 * The known names that read as each name renamed (successorShape), of its kind and in the names' order.
 * Only names that could be are tried: every shape keeps the first character (after numerals are read as
 * one), except a body's 和… put in or taken out at the very start.
 */
export function successorNamesOf(names: readonly KnownName[]): (name: KnownName) => readonly KnownName[] {
  const firstOf = (text: string) => strip(text).replace(NUMERAL, '#').charAt(0);
  const order = new Map(names.map((name, position) => [name, position]));
  const buckets = new Map<string, KnownName[]>();
  const bucket = (kind: NameKind, first: string) => buckets.get(`${kind}\u0001${first}`) ?? [];
  for (const name of names) {
    const key = `${name.kind}\u0001${firstOf(name.name)}`;
    const list = buckets.get(key);
    if (list) list.push(name);
    else buckets.set(key, [name]);
  }
  return (name) => {
    const old = name.name.replace(/[“”]/g, '');
    const pool = new Set([
      ...bucket(name.kind, firstOf(old)),
      ...(name.kind === 'agency' ? bucket(name.kind, '和') : []),
      ...(name.kind === 'agency' && strip(old).startsWith('和') ? names.filter((n) => n.kind === 'agency') : []),
    ]);
    return [...pool]
      .filter((other) => other !== name && successorShape(old, other.name, name.kind) !== undefined)
      .sort((a, b) => order.get(a)! - order.get(b)!);
  };
}
