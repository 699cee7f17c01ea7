import { parseFrontMatter } from '../corpus/metadata.js';
import type { NameMatch } from '../index/nameMatcher.js';
import type { CorpusIndex } from '../index/corpusIndex.js';
import { jurisdictionNamed, type Jurisdiction } from '../language/jurisdiction.js';
import type { KnownName } from '../model.js';

/**
 * The year a draft is about: a front matter `year:`/`date:` (a corpus document checked as a draft: the
 * end of its period), or a year in its first heading or title line (2024年工作要点). Undefined when the
 * draft does not say.
 */
export function draftYear(text: string): number | undefined {
  const head = text.slice(0, 2000);
  const header = parseFrontMatter(head.startsWith('---') ? text : '');
  if (header.ok) return header.meta.period?.[1] ?? Number(header.meta.date.slice(0, 4));
  const frontMatter = /^---[\s\S]*?\n(?:year|date)\s*:\s*["']?((?:19|20)\d{2})/m.exec(head);
  if (frontMatter) return Number(frontMatter[1]);
  const title = titleLine(text);
  if (title === undefined) return undefined;
  const year = /((?:19|20)\d{2})\s*年/.exec(title);
  return year && !/[。；]/.test(title) ? Number(year[1]) : undefined;
}

/** The first line of text (a heading or the title), front matter skipped. */
export function titleLine(text: string): string | undefined {
  const head = text.slice(0, 4000).replace(/^(?:\uFEFF)?---[\s\S]*?\n---[^\n]*\n/, '');
  for (const line of head.split(/\r?\n/)) {
    const title = line.replace(/^#+\s*/, '').trim();
    if (title && !title.startsWith('<!--')) return title;
  }
  return undefined;
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
  const stated =
    (header.ok ? (jurisdictionNamed(header.meta.issuer ?? '') ?? jurisdictionNamed(header.meta.title)) : undefined) ??
    jurisdictionNamed(titleLine(text) ?? '');
  if (stated?.province) return stated;
  const province = index.provinceOfNames(matches.flatMap((match) => match.values));
  if (!province) return stated;
  return { province, ...(stated?.locality ? { locality: stated.locality } : {}) };
}
