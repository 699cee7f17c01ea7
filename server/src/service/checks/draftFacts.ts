import { parseFrontMatter } from '../corpus/metadata.js';
import type { CorpusIndex } from '../index/corpusIndex.js';
import type { NameMatch } from '../index/nameMatcher.js';
import type { Locale } from '../l10n.js';
import type { KnownName } from '../model.js';
import type { DraftDocument } from '../features/documentText.js';

/** What every check needs, computed once per draft version. */
export interface CheckContext {
  readonly index: CorpusIndex;
  readonly draft: DraftDocument;
  readonly locale: Locale;
  /** Known names found exactly in the draft (leftmost-longest). */
  readonly matches: ReadonlyArray<NameMatch<KnownName>>;
  /** The draft's own year (2024年工作要点 -> 2024), the default year of its targets. */
  readonly year?: number;
}

export function checkContext(index: CorpusIndex, draft: DraftDocument, locale: Locale): CheckContext {
  return { index, draft, locale, matches: index.matcher.findAll(draft.text), year: draftYear(draft.text) };
}

/**
 * The year a draft is about: a front matter `year:`/`date:`, or a year in its first heading or title
 * line (2024年工作要点). Undefined when the draft does not say.
 */
export function draftYear(text: string): number | undefined {
  const head = text.slice(0, 2000);
  const header = parseFrontMatter(head.startsWith('---') ? text : '');
  // A corpus document checked as a draft: its targets are for the end of its period.
  if (header.ok) return header.meta.period?.[1] ?? Number(header.meta.date.slice(0, 4));
  const frontMatter = /^---[\s\S]*?\n(?:year|date)\s*:\s*["']?((?:19|20)\d{2})/m.exec(head);
  if (frontMatter) return Number(frontMatter[1]);
  for (const line of head.split(/\r?\n/)) {
    const title = line.replace(/^#+\s*/, '').trim();
    if (!title || title.startsWith('---')) continue;
    const year = /((?:19|20)\d{2})\s*年/.exec(title);
    return year && !/[。；]/.test(title) ? Number(year[1]) : undefined;
  }
  return undefined;
}
