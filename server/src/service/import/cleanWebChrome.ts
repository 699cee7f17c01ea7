import type { Removal } from './sourceText.js';

export interface ChromeCleanResult {
  readonly lines: string[];
  /** Values of the portal's info box (发布机构, 成文日期, 文号, 标题 …): metadata, not text. */
  readonly portalFields: Readonly<Record<string, string>>;
  readonly removals: Removal[];
}

/** Labels of the info box government portals print above a document. */
const INFO_LABELS = [
  '索引号',
  '主题分类',
  '分类',
  '发布机构',
  '发文机关',
  '发文单位',
  '成文日期',
  '发文日期',
  '印发日期',
  '标题',
  '名称',
  '文号',
  '发文字号',
  '发布日期',
  '生效日期',
  '失效日期',
  '有效性',
  '主题词',
  '关键词',
  '体裁分类',
  '组配分类',
  '公文种类',
  '信息来源',
  '来源',
  '时间',
];
const INFO_FIELD = new RegExp(`^(${INFO_LABELS.join('|')})\\s*[:：]\\s*(.*)$`);

/** Navigation, sharing and printing controls: page furniture wherever it appears. */
const CONTROLS = [
  /^(?:收藏|打印|关闭|返回顶部|回到顶部|我要纠错|保存|下载)$/,
  /^【?(?:打印|关闭|收藏|保存)(?:本页|此页)?】?(?:\s*【?(?:打印|关闭|收藏|保存)(?:本页|此页)?】?)*$/,
  /^(?:分享到?|字号|字体)\s*[:：].{0,40}$/,
  /^【\s*(?:字体|字号)\s*[:：][^】]*】.{0,30}$/,
  /^(?:当前位置|您现在的位置|您的位置)\s*[:：].*$/,
  /^首页\s*[>＞›»/].*$/,
  /^扫一扫.{0,20}$/,
  /^(?:上一篇|下一篇)\s*[:：].*$/,
  /^[（(]?\s*责任编辑\s*[:：].{0,20}[）)]?$/,
];

/** How far down a portal header may reach before the info box starts. */
const HEADER_REACH = 10;
/** How many info fields make an info box rather than a stray "来源：" line in the text. */
const MIN_INFO_FIELDS = 3;

/**
 * Removes what a government portal wraps around a document: the site header, the info box
 * (索引号 … 收藏) and share / print controls. The info box is read first, because it often states
 * what the text itself does not (成文日期, 发布机构).
 */
export function cleanWebChrome(lines: readonly string[]): ChromeCleanResult {
  const box = findInfoBox(lines);
  const removals: Removal[] = [];
  const portalFields: Record<string, string> = {};
  const kept: string[] = [];
  lines.forEach((line, index) => {
    const trimmed = line.trim();
    const inBox = box !== undefined && index >= box.from && index <= box.to;
    const field = inBox ? INFO_FIELD.exec(trimmed) : null;
    if (field) portalFields[field[1]] ??= field[2].trim();
    if (trimmed && (inBox || CONTROLS.some((re) => re.test(trimmed)))) {
      removals.push({ reason: 'web-chrome', text: line });
    } else if (!trimmed || !inBox) {
      kept.push(line);
    }
  });
  return { lines: kept, portalFields, removals };
}

/**
 * The info box: a run of at least three labelled fields near the top. When it starts within the
 * first few lines, what precedes it is the portal's masthead (site name, English name, menus).
 */
function findInfoBox(lines: readonly string[]): { from: number; to: number } | undefined {
  const nonEmpty = lines.map((line, index) => ({ text: line.trim(), index })).filter((l) => l.text);
  const fieldAt = nonEmpty.filter((l) => INFO_FIELD.test(l.text));
  if (fieldAt.length < MIN_INFO_FIELDS) return undefined;
  const firstField = fieldAt[0];
  let last = firstField;
  for (const field of fieldAt.slice(1)) {
    const between = nonEmpty.filter((l) => l.index > last.index && l.index < field.index);
    if (between.some((l) => !CONTROLS.some((re) => re.test(l.text)))) break;
    last = field;
  }
  const fieldsInRun = fieldAt.filter((l) => l.index >= firstField.index && l.index <= last.index).length;
  if (fieldsInRun < MIN_INFO_FIELDS) return undefined;
  const position = nonEmpty.indexOf(firstField);
  const from = position < HEADER_REACH ? 0 : firstField.index;
  return { from, to: last.index };
}
