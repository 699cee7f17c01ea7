// The words of the hovers (labels around corpus text, which stays as written).
import type { Confidence, EvidenceSignal } from '../checks/finding.js';
import type { Figure, KnownName } from '../model.js';
import { entry, fixed, plural, type Entry } from './entry.js';

const word = (zh: string, en: string) => fixed(zh, en);
/** `标签：值` / `Label: value` */
const labelled = (zh: string, en: string) =>
  entry<{ value: string }>(
    (p) => `${zh}：${p.value}`,
    (p) => `${en}: ${p.value}`,
  );

export const KIND_LABELS: Record<KnownName['kind'], Entry<Record<string, never>>> = {
  term: word('术语', 'term'),
  indicator: word('指标', 'indicator'),
  platform: word('平台', 'platform'),
  agency: word('单位', 'agency'),
  document: word('文件', 'document'),
};

export const FIGURE_KIND_LABELS: Record<Figure['kind'], Entry<Record<string, never>>> = {
  baseline: word('基线', 'baseline'),
  target: word('目标', 'target'),
  achieved: word('已达', 'achieved'),
};

export const CONFIDENCE_LABELS: Record<Confidence, Entry<Record<string, never>>> = {
  certain: word('确定', 'certain'),
  likely: word('很可能', 'likely'),
  possible: word('可能（仅供参考）', 'possible (for information only)'),
};

/** What each evidence signal means, in a few words a drafter reads in the hover. */
export const SIGNAL_LABELS: Record<EvidenceSignal, Entry<Record<string, never>>> = {
  quoted: word('在引号内', 'in quotes'),
  'brand-prefix': word('以平台品牌字开头', 'starts with the platform brand'),
  'platform-word': word('后接平台用语', 'followed by a platform word'),
  'agency-position': word('处于单位的位置', 'where an agency stands'),
  'segment-aligned': word('与分词边界一致', 'on word boundaries'),
  'same-sound': word('同音字', 'same sound'),
  'near-sound': word('近音字', 'similar sound'),
  'adjacent-swap': word('字序颠倒', 'characters swapped'),
  'word-swap': word('词序颠倒', 'words swapped'),
  'dropped-char': word('漏字', 'a character missing'),
  'extra-char': word('多字', 'a character too many'),
  'only-here': word('文稿他处写法正确', 'written correctly elsewhere in the draft'),
  'corpus-usage': word('语料用法', 'corpus usage'),
  registry: word('名录登记', 'registry'),
  'stated-in-text': word('语料原文明示', 'stated in a corpus document'),
  'newer-document': word('有更新的文件', 'a newer document'),
  'same-measure': word('同一指标', 'the same measure'),
  'same-year': word('同一年份', 'the same year'),
  'draft-year': word('年份取自文稿', "the year is the draft's"),
  'similar-wording': word('指标表述相近', 'similar wording'),
  'wrong-brackets': word('括号不规范', 'wrong brackets'),
  'other-quotes': word('非全角引号', 'not full-width quotes'),
  'bare-form': word('未加引号', 'without quotes'),
  'title-mismatch': word('文号与标题不符', 'number and title disagree'),
  'near-number': word('与语料文号仅差一位', 'one digit from a corpus number'),
  'in-draft': word('文稿内前后对照', 'within the draft'),
};

export const HOVER_MESSAGES = {
  // A finding explained
  evidenceItem: entry<{ label: string; detail?: string }>(
    (p) => `${p.label}${p.detail ? `（${p.detail}）` : ''}`,
    (p) => `${p.label}${p.detail ? ` (${p.detail})` : ''}`,
  ),
  evidenceSeparator: word('；', '; '),
  confidence: labelled('把握', 'confidence'),
  evidence: labelled('依据', 'evidence'),
  // Sources
  openSource: entry<{ line: number }>(
    (p) => `打开原文（第 ${p.line} 行）`,
    (p) => `Open source (line ${p.line})`,
  ),
  source: entry<{ label: string; where?: string; link: string }>(
    (p) => `来源：${p.label}${p.where ? `，${p.where}` : ''} · ${p.link}`,
    (p) => `Source: ${p.label}${p.where ? `, ${p.where}` : ''} · ${p.link}`,
  ),
  glossaryEntry: entry<{ section: string; number: string | number }>(
    (p) => `${p.section} 第${p.number}条`,
    (p) => `${p.section}, entry ${p.number}`,
  ),
  indicatorRow: entry<{ table: string; number: string | number }>(
    (p) => `${p.table} 第${p.number}项`.trim(),
    (p) => `${p.table} row ${p.number}`.trim(),
  ),
  // Clauses and documents
  leadUnits: labelled('牵头单位', 'Lead units'),
  documentNotInCorpus: word('语料中没有这份文件。', 'This document is not in the corpus.'),
  docNumber: labelled('文号', 'Number'),
  noDocNumber: word('（无）', '(none)'),
  issuer: labelled('发文机关', 'Issuer'),
  date: labelled('日期', 'Date'),
  documentKind: labelled('类型', 'Kind'),
  // Names
  deprecated: entry<{ replacedBy?: string; source: string; since?: string }>(
    (p) =>
      `⚠ 已停用${p.replacedBy ? `，现为“${p.replacedBy}”` : ''}（依据 ${p.source}${p.since ? `，${p.since}` : ''}）`,
    (p) =>
      `⚠ Deprecated${p.replacedBy ? `; now "${p.replacedBy}"` : ''} (per ${p.source}${p.since ? `, ${p.since}` : ''})`,
  ),
  replacedByUsage: entry<{ year: string; successor: string; source: string }>(
    (p) => `⚠ ${p.year}年起的文件写作“${p.successor}”，不再使用此名（${p.source}）`,
    (p) => `⚠ Documents from ${p.year} on write "${p.successor}" instead (${p.source})`,
  ),
  replacedByStatement: entry<{ year: string; successor: string; source: string }>(
    (p) => `⚠ ${p.year}年起${p.successor ? `由“${p.successor}”取代` : '为旧称'}（依据 ${p.source}）`,
    (p) => `⚠ ${p.successor ? `Replaced by "${p.successor}"` : 'A former name'} since ${p.year} (per ${p.source})`,
  ),
  usageSpan: entry<{ span: string }>(
    (p) => `${p.span}年`,
    (p) => p.span,
  ),
  unit: labelled('单位', 'Unit'),
  baseline: entry<{ value: string; year?: number }>(
    (p) => `现状值：${p.value}${p.year ? `（${p.year}年）` : ''}`,
    (p) => `Baseline: ${p.value}${p.year ? ` (${p.year})` : ''}`,
  ),
  target: entry<{ value: string; year?: number }>(
    (p) => `目标值：${p.value}${p.year ? `（${p.year}年）` : ''}`,
    (p) => `Target: ${p.value}${p.year ? ` (${p.year})` : ''}`,
  ),
  method: labelled('计算方法', 'Method'),
  measure: word('指标', 'measure'),
  figuresByYear: labelled('历年数值', 'Figures by year'),
  timelineHeader: word('| 年份 | 类型 | 数值 | 文件 |', '| Year | Kind | Value | Document |'),
  mentioned: entry<{ mentions: number; documents: number; span?: string }>(
    (p) => `语料中提及 ${p.mentions} 次，涉及 ${p.documents} 个文件${p.span ? `（${p.span}）` : ''}。`,
    (p) =>
      `Mentioned ${plural(p.mentions, 'time', 'times')} in ${plural(p.documents, 'document', 'documents')}${p.span ? ` (${p.span})` : ''}.`,
  ),
  figureItem: entry<{ year?: number; kind: string; value: string; link: string }>(
    (p) => `${p.year ?? ''}年 ${p.kind} ${p.value}（${p.link}）`,
    (p) => `${p.year ?? ''} ${p.kind} ${p.value} (${p.link})`,
  ),
  figureMetric: entry<{ metric: string; items: readonly string[] }>(
    (p) => `- ${p.metric}：${p.items.join(' · ')}`,
    (p) => `- ${p.metric}: ${p.items.join(' · ')}`,
  ),
  figures: labelled('数值', 'Figures'),
  alsoWritten: entry<{ aliases: readonly string[] }>(
    (p) => `简称/别名：${p.aliases.join('、')}`,
    (p) => `Also written: ${p.aliases.join('、')}`,
  ),
  tasksLed: labelled('牵头任务', 'Tasks led'),
  tasksLedIn: entry<{ document: string; count: number }>(
    (p) => `- ${p.document}：${p.count} 项`,
    (p) => `- ${p.document}: ${p.count}`,
  ),
  usedInCorpus: entry<{ span: string; documents: number }>(
    (p) => `语料中使用：${p.span}，${p.documents} 个文件。`,
    (p) => `Used in the corpus: ${p.span}, ${plural(p.documents, 'document', 'documents')}.`,
  ),
} as const;
