// Whose document it is: a province, and below it a city, county or district. A figure is compared only
// with figures of the same jurisdiction — Jiangsu's 2025 target is not Guangdong's, and a city's own
// target is not the province's.
import { PROVINCES, type Province } from './provinces.js';

export interface Jurisdiction {
  readonly province?: Province;
  /** A city, county or district below the province: 深圳市, 博罗县, 南海区. */
  readonly locality?: string;
}

const LOCALITY = /^([\u4e00-\u9fff]{2,6}?(?:自治州|地区|市|州|盟|县|区|旗))/;
/** Words that end in 市/区/县 without naming a place. */
const NOT_A_PLACE =
  /^(?:城市|都市|超市|省市|地市|各市|全市|本市|我市|市区|城区|园区|片区|社区|景区|新区|辖区|库区|山区|湾区|全区|本区|我区|全县|本县|我县)$/;

/**
 * The jurisdiction a heading, title or issuer names at its start: 广东省深圳市… -> 广东省 + 深圳市,
 * 江苏省人民政府办公厅 -> 江苏省, 汕尾市… -> 汕尾市 (province unknown from the text alone).
 */
export function jurisdictionNamed(text: string): Jurisdiction | undefined {
  // 关于茂名市…的调研报告 names its place after 关于.
  const head = text.replace(/^[\s\u3000#*《“"]+/, '').replace(/^关于/, '');
  const province = PROVINCES.find((p) => head.startsWith(p.name) || head.startsWith(p.short));
  const rest = province
    ? head.slice(head.startsWith(province.name) ? province.name.length : province.short.length)
    : head;
  const locality = LOCALITY.exec(rest)?.[1];
  const place =
    locality && !NOT_A_PLACE.test(locality) && !/^(?:人民|政府|数字|关于)/.test(locality) ? locality : undefined;
  if (!province && !place) return undefined;
  return { ...(province ? { province } : {}), ...(place ? { locality: place } : {}) };
}

export function sameProvince(a: Jurisdiction | undefined, b: Jurisdiction | undefined): boolean {
  return a?.province !== undefined && a.province === b?.province;
}

/** Scope words in a sentence: 全省/我省/省级 speak for the province, 全市/本市/市级 for the locality. */
export function scopeOf(sentence: string): 'province' | 'locality' | undefined {
  // 按照省方案… / 省规划明确…: a figure quoted from the province's own document is the province's.
  const province = /全省|我省|本省|省级|省域|省定|全自治区|省(?:方案|规划|意见|要点|文件|部署)/.exec(sentence);
  const locality = /全市|我市|本市|市级|市域|市本级|市定|全县|本县|县级|县定|全区|本区|区级|区定/.exec(sentence);
  if (province && (!locality || province.index < locality.index)) return 'province';
  return locality ? 'locality' : undefined;
}

export function formatJurisdiction(j: Jurisdiction | undefined): string {
  return `${j?.province?.name ?? ''}${j?.locality ?? ''}`;
}
