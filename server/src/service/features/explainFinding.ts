import type { Confidence, EvidenceSignal, Finding } from '../checks/finding.js';
import type { Locale } from '../l10n.js';
import { escapeMarkdown } from './sources.js';

const CONFIDENCE: Record<Confidence, [string, string]> = {
  certain: ['确定', 'certain'],
  likely: ['很可能', 'likely'],
  possible: ['可能（仅供参考）', 'possible (for information only)'],
};

/** What each evidence signal means, in a few words a drafter reads in the hover. */
export const SIGNAL_LABELS: Record<EvidenceSignal, [string, string]> = {
  quoted: ['在引号内', 'in quotes'],
  'brand-prefix': ['以平台品牌字开头', 'starts with the platform brand'],
  'platform-word': ['后接平台用语', 'followed by a platform word'],
  'agency-position': ['处于单位的位置', 'where an agency stands'],
  'segment-aligned': ['与分词边界一致', 'on word boundaries'],
  'same-sound': ['同音字', 'same sound'],
  'near-sound': ['近音字', 'similar sound'],
  'adjacent-swap': ['字序颠倒', 'characters swapped'],
  'word-swap': ['词序颠倒', 'words swapped'],
  'dropped-char': ['漏字', 'a character missing'],
  'extra-char': ['多字', 'a character too many'],
  'only-here': ['文稿他处写法正确', 'written correctly elsewhere in the draft'],
  'corpus-usage': ['语料用法', 'corpus usage'],
  registry: ['名录登记', 'registry'],
  'stated-in-text': ['语料原文明示', 'stated in a corpus document'],
  'newer-document': ['有更新的文件', 'a newer document'],
  'same-measure': ['同一指标', 'the same measure'],
  'same-year': ['同一年份', 'the same year'],
  'draft-year': ['年份取自文稿', "the year is the draft's"],
  'similar-wording': ['指标表述相近', 'similar wording'],
  'wrong-brackets': ['括号不规范', 'wrong brackets'],
  'other-quotes': ['非全角引号', 'not full-width quotes'],
  'bare-form': ['未加引号', 'without quotes'],
  'title-mismatch': ['文号与标题不符', 'number and title disagree'],
  'near-number': ['与语料文号仅差一位', 'one digit from a corpus number'],
  'in-draft': ['文稿内前后对照', 'within the draft'],
};

const t = (locale: Locale, pair: readonly [string, string]) => (locale === 'en' ? pair[1] : pair[0]);

/** A finding in the hover: its code, confidence and the evidence it rests on. */
export function explainFinding(finding: Finding, locale: Locale): string {
  const evidence = finding.evidence
    .map((e) => `${t(locale, SIGNAL_LABELS[e.signal])}${e.detail ? `（${escapeMarkdown(e.detail)}）` : ''}`)
    .join(locale === 'en' ? '; ' : '；');
  const head = `**${finding.code}** · ${t(locale, ['把握', 'confidence'])}${locale === 'en' ? ': ' : '：'}${t(locale, CONFIDENCE[finding.confidence])}`;
  return evidence ? `${head}  \n${t(locale, ['依据', 'evidence'])}${locale === 'en' ? ': ' : '：'}${evidence}` : head;
}
