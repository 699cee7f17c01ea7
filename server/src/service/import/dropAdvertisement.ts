import type { ImportWarning } from '../messages/import.js';
import type { Removal } from './sourceText.js';

export interface AdvertisementResult {
  readonly lines: string[];
  /** The source stops where a "preview ended" notice replaced the rest of the document. */
  readonly truncated: boolean;
  readonly removals: Removal[];
  readonly warnings: ImportWarning[];
}

/** Notices report-hosting sites put where a free preview stops. */
const PREVIEW_ENDED =
  /预览已结束|试读已结束|(?:免费)?预览到此结束|完整报告链接|(?:剩余|余下)(?:\s*\d+\s*页)?(?:内容|全文)?未读|(?:阅读|查看|下载)(?:完整|全文)|点击(?:查看|阅读|下载)(?:全文|完整)/;

/** What may follow such a notice: links, QR-code prompts, prices. */
const AD_TAIL = /^(?:\[[^\]]*\]\([^)]*\)|<?https?:\/\/\S+>?|.{0,30}(?:二维码|扫码|下载|会员|购买|价格|元).{0,30})$/;

/**
 * Drops the advertisement that replaces the end of a truncated preview. The text before it is kept
 * as it is — it may stop mid-sentence, which is exactly why the document is marked truncated.
 */
export function dropAdvertisement(lines: readonly string[]): AdvertisementResult {
  const notice = lines.findIndex((line) => PREVIEW_ENDED.test(line) && line.trim().length <= 60);
  if (notice < 0) return { lines: [...lines], truncated: false, removals: [], warnings: [] };
  let end = notice + 1;
  while (end < lines.length && (lines[end].trim() === '' || AD_TAIL.test(lines[end].trim()))) end++;
  const removals: Removal[] = lines
    .slice(notice, end)
    .filter((line) => line.trim() !== '')
    .map((text) => ({ reason: 'advertisement', text }));
  const truncated = end >= lines.length;
  const warnings: ImportWarning[] = [{ kind: 'advertisement', truncated }];
  return { lines: [...lines.slice(0, notice), ...lines.slice(end)], truncated, removals, warnings };
}
