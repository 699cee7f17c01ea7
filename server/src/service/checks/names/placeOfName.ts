// Where a name stands in its sentence says what kind of name it is: a platform stands in quotes, after
// the province's brand prefix or before 平台/APP/小程序; an agency in a lead-unit parenthetical, after
// 由 or before 牵头/负责. A slip of a platform's name that stands where agencies stand (or nowhere
// particular) is weaker evidence than one standing where that platform would.
import type { Evidence } from '../finding.js';
import type { KnownName } from '../../model.js';
import { PROVINCE_NAMES, PROVINCES } from '../../language/provinces.js';

const QUOTES: ReadonlyMap<string, string> = new Map([
  ['“', '”'],
  ['"', '"'],
  ['「', '」'],
  ['『', '』'],
  ['‘', '’'],
]);

export function isQuoted(text: string, start: number, end: number): boolean {
  const close = QUOTES.get(text[start - 1]);
  return close !== undefined && text[end] === close;
}

const PLATFORM_WORD = /^[”"」』]?(?:平台|APP|App|app|小程序|客户端|移动端|服务端|门户|公众号|系统|专区|专版|热线)/;
const AGENCY_SUFFIX = /(?:局|厅|委|办|中心|委员会|办公室|办公厅|政府|院|署|部|公司|集团)$/;
const LEAD_CUE_BEFORE = /(?:由|会同|联合|协同|配合|牵头单位[：:]|责任单位[：:]|配合单位[：:])$/;
const LEAD_CUE_AFTER = /^(?:牵头|负责|会同|联合|印发|发布|主办|承办|统筹|指导|按职责)/;

/** The signals of the kind of place the span [start, end) of a line stands in. */
export function placeSignals(line: string, start: number, end: number, brandPrefixes: readonly string[]): Evidence[] {
  const evidence: Evidence[] = [];
  if (isQuoted(line, start, end)) evidence.push({ signal: 'quoted' });
  const prefix = brandPrefixes.find((p) => line.startsWith(p, start));
  if (prefix) evidence.push({ signal: 'brand-prefix', detail: prefix });
  if (PLATFORM_WORD.test(line.slice(end, end + 4)))
    evidence.push({
      signal: 'platform-word',
      detail: PLATFORM_WORD.exec(line.slice(end, end + 4))?.[0].replace(/^[”"」』]/, ''),
    });
  if (
    inLeadUnits(line, start) ||
    LEAD_CUE_BEFORE.test(line.slice(Math.max(0, start - 6), start)) ||
    LEAD_CUE_AFTER.test(line.slice(end, end + 3))
  ) {
    evidence.push({ signal: 'agency-position' });
  }
  return evidence;
}

/** The span is inside a trailing （…牵头） / （责任单位：…） parenthetical. */
export function inLeadUnits(line: string, start: number): boolean {
  const open = Math.max(line.lastIndexOf('（', start), line.lastIndexOf('(', start));
  if (open < 0 || Math.max(line.lastIndexOf('）', start), line.lastIndexOf(')', start)) > open) return false;
  const close = line.slice(open).search(/[）)]/);
  const inside = line.slice(open + 1, close < 0 ? line.length : open + close);
  return /牵头|负责|责任单位|配合/.test(inside) || AGENCY_SUFFIX.test(inside.split(/[、，,；;]/)[0] ?? '');
}

/** Whether the signals say the span stands where a name of this kind stands. */
export function standsWhereItsKindStands(name: KnownName, written: string, evidence: readonly Evidence[]): boolean {
  const has = (signal: Evidence['signal']) => evidence.some((e) => e.signal === signal);
  switch (name.kind) {
    case 'platform':
      return has('quoted') || has('brand-prefix') || has('platform-word');
    case 'agency':
      return has('agency-position') || AGENCY_SUFFIX.test(written);
    case 'term':
    case 'indicator':
      return has('quoted');
    default:
      return false;
  }
}

const LOCALITY_BEFORE = /[\u4e00-\u9fff]{2,6}?(?:市|县|区|州|盟|旗|镇|乡|街道)$/;
const NOT_A_PLACE_BEFORE = /(?:全市|本市|我市|各市|地市|省市|城市|全区|本区|全县|本县)$/;
const LEVELS = '省市县区州镇乡村';

/**
 * Another body, not a slip of this one: a city's or county's own bureau (广州市政务服务数据管理局,
 * 某某区…), another province's (山东省人民政府办公厅 is not a slip of 广东省人民政府办公厅), or the
 * same name one level up or down (市政务服务数据管理局 beside 省政务服务数据管理局).
 */
export function isOtherBody(line: string, start: number, written: string, name: string): boolean {
  const before = line.slice(Math.max(0, start - 8), start);
  if (LOCALITY_BEFORE.test(before) && !NOT_A_PLACE_BEFORE.test(before) && /[局厅委办中心院]$/.test(written))
    return true;
  if (
    written.length === name.length &&
    written.slice(1) === name.slice(1) &&
    LEVELS.includes(written[0]) &&
    LEVELS.includes(name[0])
  ) {
    return true;
  }
  // The difference lies inside a place name: another province or city with a body of the same name.
  const place = (text: string) => PROVINCE_NAMES.find((p) => text.startsWith(p));
  const writtenPlace = place(written);
  const namePlace = place(name);
  if (writtenPlace !== undefined && namePlace !== undefined && writtenPlace !== namePlace) return true;
  // Another province's brand on the same pattern: “云治慧” (云, Yunnan) beside “粤治慧” (粤, Guangdong).
  const abbreviationOf = (ch: string) => PROVINCES.find((p) => p.abbreviations.includes(ch));
  const writtenProvince = abbreviationOf(written[0]);
  const nameProvince = abbreviationOf(name[0]);
  return (
    written[0] !== name[0] &&
    writtenProvince !== undefined &&
    nameProvince !== undefined &&
    writtenProvince !== nameProvince
  );
}
