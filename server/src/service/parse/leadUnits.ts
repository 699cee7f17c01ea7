import type { LeadUnit } from '../model.js';

/** The trailing （…牵头） parenthetical of a task, fullwidth or ASCII brackets, optionally followed by 。 */
const TRAILING_LEAD = /[（(]([^（）()]*?)(?:牵头|负责)[^（）()]*[）)]\s*[。.]?\s*$/;

/** Leading administrative level of an agency name: 省财政厅 -> 省, 自治区民政厅 -> 自治区. */
const LEVEL_PREFIX = /^(省|自治区|市(?!场)|县|区(?!域))/;

/** Units that carry their own place or are not government departments never inherit a prefix. */
const OWN_PLACE = /(政府|公司|集团|银行|大学|各|相关|有关|中央|国家|全国)|^.{1,6}(?:省|市|县|区)(?!委|直)/;
const DEPARTMENT_SUFFIX = /(厅|局|委|办|委员会|办公室|中心|署|院|部|会|队|社|室|联)$/;

export interface LeadUnitsMatch {
  readonly units: LeadUnit[];
  /** Offset of the parenthetical within the text. */
  readonly start: number;
}

/** Finds and splits the lead-unit parenthetical at the end of a task's text. */
export function readLeadUnits(text: string): LeadUnitsMatch | undefined {
  const match = TRAILING_LEAD.exec(text.trimEnd());
  if (match) return { units: splitLeadUnits(match[1]), start: match.index };
  // Some tasks name their lead units without the word 牵头: （省政务服务数据管理局）.
  const bare = TRAILING_AGENCIES.exec(text.trimEnd());
  if (!bare) return undefined;
  const units = splitLeadUnits(bare[1]);
  return units.length > 0 && units.every((unit) => isAgency(unit.written)) ? { units, start: bare.index } : undefined;
}

const TRAILING_AGENCIES = /[（(]([^（）()]{3,80})[）)]\s*[。.]?\s*$/;

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
  let prefix = '';
  for (const raw of list.split(/[、，,；;]/)) {
    const written = raw
      .replace(/(按职责(?:分工)?)?(分别)?$/, '')
      .replace(/等$/, '')
      .trim();
    if (!written) continue;
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
  return units;
}
