import { looseFrontMatter, parseFrontMatter } from '../corpus/metadata.js';
import type { NameMatch } from '../index/nameMatcher.js';
import type { CorpusIndex } from '../index/corpusIndex.js';
import { jurisdictionNamed, type Jurisdiction } from '../language/jurisdiction.js';
import type { KnownName } from '../model.js';
import type { Province } from '../language/provinces.js';

/**
 * The year a draft is about: a front matter `year:`/`date:` (a corpus document checked as a draft: the
 * end of its period), or a year in its first heading or title line (2024年工作要点). Undefined when the
 * draft does not say.
 */
export function draftYear(text: string): number | undefined {
  const head = text.slice(0, 2000);
  const header = parseFrontMatter(head.startsWith('---') ? text : '');
  if (header.ok) return header.meta.period?.[1] ?? Number(header.meta.date.slice(0, 4));
  // The first --- line, then the first year line after it: one search each, rather than a search to the
  // end of the text from every --- line.
  const fence = /^---/m.exec(head);
  const frontMatter = fence ? /\n(?:year|date)\s*:\s*["']?((?:19|20)\d{2})/.exec(head.slice(fence.index + 3)) : null;
  if (frontMatter) return Number(frontMatter[1]);
  const loose = looseFrontMatter(text)?.date;
  if (loose && /^(?:19|20)\d{2}/.test(loose)) return Number(loose.slice(0, 4));
  const title = titleLine(text);
  if (title === undefined) return undefined;
  const year = /((?:19|20)\d{2})\s*年/.exec(title);
  if (year && !/[。；]/.test(title)) return Number(year[1]);
  return datelineOf(text)?.year;
}

/**
 * The date a draft is signed with: a dateline under its title (（2025年5月）, 2024年2月（征求意见稿）,
 * （新闻通稿，2023年6月）) or, failing one, the date that closes it (the 落款 of a letter: 2023年8月15日).
 */
export function datelineOf(text: string): { year: number; month?: number } | undefined {
  for (const line of headLines(text).slice(1, 4)) {
    if (line.length > 40 || /[。；]/.test(line)) continue;
    const dated =
      /^[（(]?\s*((?:19|20)\d{2})\s*年(?:\s*(\d{1,2})\s*月)?/.exec(line) ??
      /^[（(][^（）()]{0,16}?((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月[^（）()]{0,16}[）)]$/.exec(line);
    if (dated) return { year: Number(dated[1]), ...(dated[2] ? { month: Number(dated[2]) } : {}) };
  }
  for (const line of lastLines(text, 4)) {
    const signed = /^((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月(?:\s*\d{1,2}\s*日)?$/.exec(line);
    if (signed) return { year: Number(signed[1]), month: Number(signed[2]) };
  }
  return undefined;
}

/** The first non-empty lines, front matter skipped, headings' marks removed. */
/**
 * The last `count` lines that hold something once single-line comments are gone, last first: read from
 * the end, so a long draft is not split whole.
 */
function lastLines(text: string, count: number): string[] {
  const lines: string[] = [];
  for (let end = text.length; end > 0 && lines.length < count;) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const line = text
      .slice(start, end)
      .replace(/\r$/, '')
      .replace(/<!--[\s\S]*?-->/g, '')
      .trim();
    if (line) lines.push(line);
    end = start - 1;
  }
  return lines;
}

/**
 * The text headLines last read and its lines: a check asks for them four times over one text (its year,
 * date, month and jurisdiction), and the CLI checks thousands of short drafts, where this was a tenth of
 * each draft's check. It keeps the last text checked alive, one at most. Read-only to the callers.
 */
let lastHead: { readonly text: string; readonly lines: readonly string[] } | undefined;

function headLines(text: string): readonly string[] {
  if (lastHead?.text === text) return lastHead.lines;
  const head = text.slice(0, 4000).replace(/^(?:\uFEFF)?---[\s\S]*?\n---[^\n]*\n/, '');
  const lines = head
    .split(/\r?\n/)
    .map((line) => line.replace(/^#+\s*/, '').trim())
    .filter((line) => line && !line.startsWith('<!--'));
  lastHead = { text, lines };
  return lines;
}

/**
 * When the draft was written, as far as it says: a corpus document's own date (checked as a draft, it
 * speaks from its date, not from the end of its period), else the draft's year and the month of its
 * dateline.
 */
export function draftDate(text: string, year: number | undefined): { year?: number; month?: number } {
  const header = parseFrontMatter(text.startsWith('---') ? text : '');
  if (header.ok && /^\d{4}-\d{2}/.test(header.meta.date)) {
    return { year: Number(header.meta.date.slice(0, 4)), month: Number(header.meta.date.slice(5, 7)) };
  }
  const month = draftMonth(text, year);
  if (month !== undefined) return { ...(year !== undefined ? { year } : {}), month };
  // A dateline of another year than the one the draft is about: a plan for 2026—2027 written in
  // January 2026, work points for 2024 written in December 2023. The draft speaks from its dateline.
  const signed = datelineOf(text);
  if (signed && year !== undefined && signed.year !== year && Math.abs(signed.year - year) <= 5) return signed;
  // Undated, a plan for a period (实施方案（2023—2025年）) is written as the period starts: its 2023年年底前
  // is still a goal.
  const period = /((?:19|20)\d{2})\s*[—–\-－~至到]+\s*((?:19|20)\d{2})\s*年/.exec(titleLine(text) ?? '');
  if (!signed && period && Number(period[2]) === year && Number(period[1]) < year) return { year: Number(period[1]) };
  return { ...(year !== undefined ? { year } : {}), ...(month !== undefined ? { month } : {}) };
}

/**
 * The month of the draft's date, when its first lines state one (（2024年2月，征求意见稿）, front matter
 * date 2024-02): a replacement stated in a February document applies to a May draft of the same year.
 */
export function draftMonth(text: string, year: number | undefined): number | undefined {
  if (year === undefined) return undefined;
  const loose = looseFrontMatter(text)?.date;
  const frontMatter = loose ? new RegExp(`^${year}-(\\d{1,2})`).exec(loose) : undefined;
  if (frontMatter) return Number(frontMatter[1]);
  const body = text.replace(/^(?:\uFEFF)?---[\s\S]*?\n---[^\n]*\n/, '');
  let end = -1;
  for (let lines = 0; lines < 6 && end < body.length; lines++) {
    end = body.indexOf('\n', end + 1);
    if (end < 0) end = body.length;
  }
  // The first six lines, without reading the rest of a long draft.
  const head = body.slice(0, Math.max(end, 0));
  const match = new RegExp(`${year}\\s*年\\s*(\\d{1,2})\\s*月`).exec(head);
  if (match) return Number(match[1]);
  const signed = datelineOf(text);
  return signed?.year === year ? signed.month : undefined;
}

/** The first line of text (a heading or the title), front matter skipped. */
export function titleLine(text: string): string | undefined {
  return headLines(text)[0];
}

/**
 * The province whose documents the draft cites most (《江苏省“十四五”数字政府建设规划》): a city plan
 * carries out its own province's plans.
 */
function provinceOfCitedTitles(text: string): Province | undefined {
  const counts = new Map<Province, number>();
  for (const [, title] of text.matchAll(/《([^《》\n]{4,80})》/g)) {
    const province = jurisdictionNamed(title)?.province;
    if (province) counts.set(province, (counts.get(province) ?? 0) + 1);
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  return ranked.length > 0 && (ranked.length === 1 || ranked[0][1] > ranked[1][1]) ? ranked[0][0] : undefined;
}

/**
 * Whose draft it is: the province and locality its front matter (issuer, title) or title line names;
 * failing a province there, the province of the corpus documents that use the draft's names (a draft
 * about 爱山东 and 山东通 is Shandong's even when it only says 我省).
 */
export function draftJurisdiction(
  text: string,
  index: CorpusIndex,
  matches: ReadonlyArray<NameMatch<KnownName>>,
): Jurisdiction | undefined {
  const header = parseFrontMatter(text.startsWith('---') ? text : '');
  const loose = header.ok ? undefined : looseFrontMatter(text);
  const stated =
    (header.ok ? (jurisdictionNamed(header.meta.issuer ?? '') ?? jurisdictionNamed(header.meta.title)) : undefined) ??
    (loose ? (jurisdictionNamed(loose.issuer ?? '') ?? jurisdictionNamed(loose.title ?? '')) : undefined) ??
    jurisdictionNamed(titleLine(text) ?? '');
  if (stated?.province) return stated;
  const province = index.provinceOfNames(matches.flatMap((match) => match.values)) ?? provinceOfCitedTitles(text);
  if (!province) return stated;
  return { province, ...(stated?.locality ? { locality: stated.locality } : {}) };
}
