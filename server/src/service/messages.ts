// The user-facing text of the checks, Chinese first and English for an English UI: one typed entry per
// message, so a message and its parameters are declared once and both languages take the same ones.
// English uses English punctuation and plurals.
import type { Locale } from './l10n.js';
import { entry, plural, say, type Entry } from './messages/entry.js';
/** “甲”或“乙” / "A" or "B" */
const alternatives = (names: readonly string[], locale: Locale) =>
  names.map((n) => (locale === 'zh' ? `“${n}”` : `"${n}"`)).join(locale === 'zh' ? '或' : ' or ');

const SLIP_WHY = {
  'same-sound': ['同音字', 'same sound'],
  'near-sound': ['近音字', 'similar sound'],
  'adjacent-swap': ['字序颠倒', 'characters swapped'],
  'word-swap': ['词序颠倒', 'words swapped'],
  'dropped-char': ['漏字', 'a character missing'],
  'extra-char': ['多字', 'a character too many'],
} as const;
export type SlipWhy = keyof typeof SLIP_WHY;

export const MESSAGES = {
  // name.near-miss
  nearMiss: entry<{ written: string; best: string; others: readonly string[]; why?: SlipWhy; detail?: string }>(
    (p) =>
      `“${p.written}”疑为“${p.best}”之误${p.why ? `（${SLIP_WHY[p.why][0]}${p.detail ? `：${p.detail}` : ''}）` : ''}${p.others.length ? `，也可能是${alternatives(p.others, 'zh')}` : ''}`,
    (p) =>
      `"${p.written}" looks like a slip of "${p.best}"${p.why ? ` (${SLIP_WHY[p.why][1]}${p.detail ? `: ${p.detail}` : ''})` : ''}${p.others.length ? `, or of ${alternatives(p.others, 'en')}` : ''}`,
  ),
  notCheckedLine: entry<{ length: number; limit: number }>(
    (p) => `此行过长（${p.length} 字符，上限 ${p.limit}），未检查；如为粘贴的数据或图片，请移出正文`,
    (p) =>
      `This line is too long to check (${p.length} characters, the limit is ${p.limit}); if it is pasted data or an image, move it out of the text`,
  ),
  notCheckedDraft: entry<{ length: number; limit: number }>(
    (p) => `文稿过大（${p.length} 字符，上限 ${p.limit}），未检查`,
    (p) => `The draft is too large to check (${p.length} characters, the limit is ${p.limit})`,
  ),
  nearMissTraditional: entry<{ lines: readonly number[] }>(
    (p) =>
      `第${p.lines.slice(0, 5).join('、')}${p.lines.length > 5 ? '等' : ''}行为繁体字，其中的名称和数值未与语料比对`,
    (p) =>
      `${p.lines.length === 1 ? 'Line' : 'Lines'} ${p.lines.slice(0, 5).join(', ')}${p.lines.length > 5 ? ' …' : ''} ${p.lines.length === 1 ? 'is' : 'are'} in traditional characters: names and figures there were not compared with the corpus`,
  ),
  changeTo: entry<{ text: string }>(
    (p) => `改为“${p.text}”`,
    (p) => `Change to "${p.text}"`,
  ),
  changeToPlain: entry<{ text: string }>(
    (p) => `改为${p.text}`,
    (p) => `Change to ${p.text}`,
  ),
  definedHere: entry<{ name: string }>(
    (p) => `“${p.name}”见此`,
    (p) => `"${p.name}" is defined here`,
  ),
  // name.new-name
  newName: entry<{ written: string; known: string }>(
    (p) => `语料中没有“${p.written}”；是“${p.known}”的新名称吗？如是，可记入工作区名录`,
    (p) =>
      `The corpus does not know "${p.written}". Is it a new name of "${p.known}"? If so, record it in the workspace registry`,
  ),
  teachName: entry<{ name: string }>(
    (p) => `将“${p.name}”加入工作区名录`,
    (p) => `Add "${p.name}" to the workspace names`,
  ),
  teachRename: entry<{ name: string; old: string }>(
    (p) => `记为“${p.old}”的新名称`,
    (p) => `Record as the new name of "${p.old}"`,
  ),
  teachOrdinary: entry<{ name: string }>(
    (p) => `将“${p.name}”记为普通词语`,
    (p) => `Record "${p.name}" as an ordinary word`,
  ),
  // name.deprecated
  deprecated: entry<{ written: string; since?: string; replacedBy?: string; source: string; note?: string }>(
    (p) =>
      `“${p.written}”已停用${p.since ? `（${p.since}起）` : ''}${p.replacedBy ? `，现为“${p.replacedBy}”` : ''}；依据：${p.source}${p.note ? `（${p.note}）` : ''}`,
    (p) =>
      `"${p.written}" is no longer used${p.since ? ` (since ${p.since})` : ''}${p.replacedBy ? `; it is now "${p.replacedBy}"` : ''}. Source: ${p.source}`,
  ),
  deprecatedByUsage: entry<{ written: string; since?: string; replacedBy?: string; source: string }>(
    (p) =>
      `“${p.written}”为旧称：${p.source}${p.since ? `（${p.since}）` : ''}起写作“${p.replacedBy ?? ''}”，其后的文件不再使用“${p.written}”`,
    (p) =>
      `"${p.written}" is an older name: from ${p.source}${p.since ? ` (${p.since})` : ''} on, the documents write "${p.replacedBy ?? ''}" and no longer "${p.written}"`,
  ),
  // event.already-held
  alreadyHeld: entry<{ written: string; year: number; doc: string }>(
    (p) => `${p.written}已于${p.year}年举办或部署（《${p.doc}》）`,
    (p) => `${p.written} was already held or scheduled in ${p.year} (${p.doc})`,
  ),
  // name.variant
  variant: entry<{ name: string; here: string; preferred: string }>(
    (p) => `同一文稿中“${p.name}”有不同写法：此处为${p.here}，其他处为${p.preferred}`,
    (p) => `"${p.name}" is written two ways in this draft: ${p.here} here, ${p.preferred} elsewhere`,
  ),
  quotedInCorpus: entry<{ name: string; count: number }>(
    (p) => `语料中“${p.name}”均加引号（${p.count} 处），此处未加`,
    (p) => `The corpus always quotes "${p.name}" (${p.count} times); here it is bare`,
  ),
  writeAs: entry<{ form: string }>(
    (p) => `统一为${p.form}`,
    (p) => `Write ${p.form}`,
  ),
  asCorpusWrites: entry<Record<string, never>>(
    () => '语料中的写法',
    () => 'as the corpus writes it',
  ),
  // name.quotes
  quotes: entry<{ display: string }>(
    (p) => `平台名称应使用全角引号：${p.display}`,
    (p) => `Platform names take full-width quotes: ${p.display}`,
  ),
  // name.unknown-platform
  unknownPlatform: entry<{ name: string; meant: readonly string[] }>(
    (p) => `语料中没有平台“${p.name}”，请核实名称${p.meant.length ? `（是否为${alternatives(p.meant, 'zh')}？）` : ''}`,
    (p) =>
      `The corpus knows no platform "${p.name}". Check the name${p.meant.length ? ` (did you mean ${alternatives(p.meant, 'en')}?)` : ''}`,
  ),
  // doc.number-mismatch
  docNumberBrackets: entry<{ canonical: string }>(
    (p) => `文号年份应使用六角括号：${p.canonical}`,
    (p) => `The year in a document number takes 〔〕: ${p.canonical}`,
  ),
  docNumberUnknown: entry<{ number: string }>(
    (p) => `语料中没有文号为${p.number}的文件，请核实`,
    (p) => `The corpus has no document numbered ${p.number}. Check it`,
  ),
  docNumberMeant: entry<{ number: string; meant: string; title: string }>(
    (p) => `语料中没有文号${p.number}；疑为《${p.title}》的文号${p.meant}`,
    (p) => `The corpus has no document numbered ${p.number}: probably ${p.meant}, the number of 《${p.title}》`,
  ),
  docNumberOtherTitle: entry<{ number: string; owner: string; cited: string }>(
    (p) => `${p.number}是《${p.owner}》的文号，不是《${p.cited}》的`,
    (p) => `${p.number} is the number of 《${p.owner}》, not of 《${p.cited}》`,
  ),
  // value.*
  baselineAsTarget: entry<{
    value: string;
    label: string;
    baselineYear?: number;
    /** The baseline is a value the corpus reports reached, not a baseline column. */
    reached?: boolean;
    target?: string;
    targetYear?: number;
    draftYear?: number;
  }>(
    (p) =>
      `${p.value}是${p.label}的基线值${p.baselineYear ? `（${p.baselineYear}年${p.reached ? '已达到' : ''}）` : ''}，不是目标；` +
      (p.target
        ? `语料目标为${p.target}${p.targetYear ? `（${p.targetYear}年）` : ''}`
        : `语料未给出${p.draftYear ? `${p.draftYear}年的` : ''}目标，请核对`),
    (p) =>
      `${p.value} is the baseline of ${p.label}${p.baselineYear ? ` (${p.reached ? 'reached in ' : ''}${p.baselineYear})` : ''}, not a target; ` +
      (p.target
        ? `the corpus target is ${p.target}${p.targetYear ? ` (${p.targetYear})` : ''}`
        : `the corpus sets no target${p.draftYear ? ` for ${p.draftYear}` : ''}: please check`),
  ),
  outdated: entry<{
    value: string;
    oldDoc?: string;
    oldYear?: number;
    newDoc?: string;
    newYear?: number;
    newValue: string;
  }>(
    (p) =>
      `${p.value}是${p.oldDoc ? `《${p.oldDoc}》` : ''}${p.oldYear ?? ''}年的目标，已被更新：${p.newDoc ? `《${p.newDoc}》` : ''}${p.newYear ?? ''}年目标为${p.newValue}`,
    (p) =>
      `${p.value} is the ${p.oldYear ?? ''} target${p.oldDoc ? ` of ${p.oldDoc}` : ''}, since updated: ${p.newDoc ? `${p.newDoc} sets ` : ''}${p.newValue} for ${p.newYear ?? ''}`,
  ),
  conflict: entry<{ label: string; year: number; expected: string; value: string }>(
    (p) => `${p.label}${p.year}年的目标在语料中为${p.expected}，此处为${p.value}`,
    (p) => `The corpus target of ${p.label} for ${p.year} is ${p.expected}, not ${p.value}`,
  ),
  inconsistent: entry<{ label: string; firstLine: number; first: string; value: string }>(
    (p) => `${p.label}在本文稿中前后不一：第${p.firstLine}行为${p.first}，此处为${p.value}`,
    (p) => `${p.label} is given two values in this draft: ${p.first} on line ${p.firstLine}, ${p.value} here`,
  ),
  earlierValue: entry<Record<string, never>>(
    () => '前文的数值',
    () => 'the earlier value',
  ),
  fixAll: entry<{ code: string; count: number }>(
    (p) => `修复本文件中所有 ${p.code}（${p.count} 处）`,
    (p) => `Fix all ${p.code} in this file (${plural(p.count, 'place', 'places')})`,
  ),
} as const;

export type MessageKey = keyof typeof MESSAGES;
type ParamsOf<K extends MessageKey> = (typeof MESSAGES)[K] extends Entry<infer P> ? P : never;

/** The message in the locale's language. */
export function message<K extends MessageKey>(locale: Locale, key: K, params: ParamsOf<K>): string {
  return say(locale, MESSAGES[key] as Entry<ParamsOf<K>>, params);
}
