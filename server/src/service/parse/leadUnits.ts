import type { LeadUnit } from '../model.js';

/**
 * The trailing parenthetical of a task that names who does it, fullwidth or ASCII brackets, optionally
 * followed by 。: （X牵头）, （X负责）, （X牵头，Y按职责分工负责）, （牵头单位：X；责任单位：Y）, （责任单位：X、Y）.
 */
// The role word is looked for ahead, then the whole bracket taken at once: [^（）()]*?…[^（）()]* tried
// every split of a long bracket around it. One run of blanks on each side of the 。.
const TRAILING_LEAD =
  /[（(]((?=[^（）()]*?(?:牵头|负责|责任单位|牵头单位|配合单位|参与单位))[^（）()]*)[）)]\s*(?:[。.]\s*)?$/;

/** 由省数字办负责, 由省政务办牵头: the lead unit said in the sentence, for a task without a parenthetical. */
const LED_BY = /由((?:省|市|自治区|县|区)[\u4e00-\u9fff、，,和]{2,40}?)(?:牵头)?(?:负责|牵头)/;

/** Leading administrative level of an agency name: 省财政厅 -> 省, 自治区民政厅 -> 自治区. */
const LEVEL_PREFIX = /^(省|自治区|市(?!场)|县|区(?!域))/;

/** Units that carry their own place or are not government departments never inherit a prefix. */
const OWN_PLACE = /(政府|公司|集团|银行|大学|各|相关|有关|中央|国家|全国)|^团|^.{1,6}(?:省|市|县|区)(?!委|直)/;
const DEPARTMENT_SUFFIX = /(厅|局|委|办|委员会|办公室|中心|署|院|部|会|队|社|室|联|集团|公司)$/;

export interface LeadUnitsMatch {
  /** Who leads: the 牵头 units, or all of the 责任单位 when none is said to lead. */
  readonly units: LeadUnit[];
  /** Who takes part: the 责任单位 / 配合单位 beside a 牵头单位, the units of 按职责分工负责 after one that leads. */
  readonly partners: LeadUnit[];
  /** Offset of the parenthetical (or of 由…负责) within the text. */
  readonly start: number;
}

/** Finds and splits the lead-unit parenthetical at the end of a task's text (or its 由X负责). */
export function readLeadUnits(text: string): LeadUnitsMatch | undefined {
  const trimmed = text.trimEnd();
  const match = TRAILING_LEAD.exec(trimmed);
  if (match) {
    const roles = readRoles(match[1]);
    if (roles.units.length > 0) return { ...roles, start: match.index };
  }
  // Some tasks name their lead units without the word 牵头: （省政务服务数据管理局）.
  const bare = TRAILING_AGENCIES.exec(trimmed);
  if (bare) {
    const units = splitLeadUnits(bare[1]);
    if (units.length > 0 && units.every((unit) => isAgency(unit.written)))
      return { units, partners: [], start: bare.index };
  }
  const led = LED_BY.exec(trimmed);
  if (led) {
    const units = splitLeadUnits(led[1]).filter((unit) => isAgency(unit.written));
    if (units.length > 0) return { units, partners: [], start: led.index + 1 };
  }
  return undefined;
}

/** The roles a parenthetical gives: who leads, who takes part. */
function readRoles(inside: string): { units: LeadUnit[]; partners: LeadUnit[] } {
  const labelled = (label: RegExp) => {
    const at = label.exec(inside);
    if (!at) return undefined;
    const rest = inside.slice(at.index + at[0].length);
    const stop = /[；;]|[，,]\s*(?:牵头单位|责任单位|配合单位|参与单位)/.exec(rest);
    return stop ? rest.slice(0, stop.index) : rest;
  };
  const lead = labelled(/牵头单位\s*[：:]/);
  const responsible = labelled(/责任单位\s*[：:]/);
  const partner = labelled(/(?:配合|参与)单位\s*[：:]/);
  if (lead !== undefined)
    return { units: splitLeadUnits(lead), partners: splitLeadUnits(responsible ?? partner ?? '') };
  if (responsible !== undefined) return { units: splitLeadUnits(responsible), partners: splitLeadUnits(partner ?? '') };
  // 省数字办牵头，省审改办、省大数据集团按职责分工负责.
  const ledAndShared = /^(.+?)牵头[，,；;、]?(.+?)(?:按职责(?:分工)?)?(?:分别)?(?:负责|参与|配合)?$/.exec(inside);
  if (ledAndShared && ledAndShared[2].trim()) {
    return { units: splitLeadUnits(ledAndShared[1]), partners: splitLeadUnits(ledAndShared[2]) };
  }
  // 省数字办、省大数据集团按职责分工负责; 省政务服务数据管理局牵头.
  return { units: splitLeadUnits(inside.replace(/(?:按职责(?:分工)?)?(?:分别)?(?:牵头|负责)$/, '')), partners: [] };
}

const TRAILING_AGENCIES = /[（(]([^（）()]{3,80})[）)]\s*(?:[。.]\s*)?$/;

/** A named government body: 省财政厅, 政务服务数据管理局, 深圳市政府 (not 一期, not 试行). */
function isAgency(name: string): boolean {
  return name.length >= 3 && (DEPARTMENT_SUFFIX.test(name) || /政府$/.test(name)) && !/^(各|相关|有关)/.test(name);
}

/**
 * Splits 省财政厅、政务服务数据管理局 into agencies. An agency written after a 省-prefixed one without
 * the prefix is the same level's agency (政务服务数据管理局 -> 省政务服务数据管理局): official documents
 * drop the repeated prefix in lists.
 */
export function splitLeadUnits(list: string): LeadUnit[] {
  const units: LeadUnit[] = [];
  const places: string[] = [];
  let prefix = '';
  // 省数字办和省大数据集团: 和 joins two units where a level prefix follows it, or where the unit before it
  // is complete (各设区市人民政府和平潭综合实验区管委会) — not inside a name (省工业和信息化厅).
  for (const raw of list.split(
    /[、，,；;]|和(?=省|市(?!场)|自治区|县)|(?<=(?:人民政府|管委会|委员会|局|厅|办|委|中心|集团))和(?=[\u4e00-\u9fff]{4})/,
  )) {
    const written = raw
      .replace(/(按职责(?:分工)?)?(分别)?(?:负责|牵头)?$/, '')
      .replace(/等(?:有关|相关)?(?:部门|单位)?$/, '')
      .trim();
    if (!written) continue;
    // 南京、苏州、盐城等设区市人民政府: the places before 等 are examples of one unit, not units.
    const examples = places.length > 0 && /^[\u4e00-\u9fff]{2,4}等/.test(written);
    if (/^[\u4e00-\u9fff]{2,3}$/.test(written) && !DEPARTMENT_SUFFIX.test(written) && !/政府$/.test(written)) {
      places.push(written);
      continue;
    }
    if (examples) {
      units.push({ name: [...places, written].join('、'), written: [...places, written].join('、') });
      places.length = 0;
      prefix = '';
      continue;
    }
    for (const place of places.splice(0)) units.push({ name: place, written: place });
    const own = LEVEL_PREFIX.exec(written);
    if (own) {
      prefix = own[1];
      units.push({ name: written, written });
      continue;
    }
    const inherits = prefix && DEPARTMENT_SUFFIX.test(written) && !OWN_PLACE.test(written);
    units.push({ name: inherits ? prefix + written : written, written });
    if (!inherits) prefix = '';
  }
  for (const place of places) units.push({ name: place, written: place });
  return units;
}
