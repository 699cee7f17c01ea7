import type { Removal } from './sourceText.js';

export interface PaginationResult {
  readonly lines: string[];
  readonly removals: Removal[];
}

/** 目录 / 目 录 / 目次 / Contents: the heading of a table of contents. */
const TOC_HEADING = /^(?:#{1,6}\s*)?(?:\*\*)?(?:目\s*录|目\s*次|contents)(?:\*\*)?$/i;

/**
 * An entry with a leader (..... …… ··· ——) before its page number. The entry text is read up to the
 * shortest leader (what is before it, leader characters included, is entry text), so no two quantifiers
 * share the same characters; only after a line break inside the entry, which .*? cannot cross, is the
 * whole leader read.
 */
const LEADER_ENTRY =
  /^\S.*?(?:[\n\r\u2028\u2029]\s*(?:[.．。·•・‧⋯…_]{3,}|[…⋯]{2,}|[-—]{4,})|[.．。·•・‧⋯…_]{3}|[…⋯]{2}|[-—]{4})\s*\d{1,4}$/;

/**
 * Inside a table of contents an entry may lose its leader: the page number follows a tab or wide gap
 * (the last two blanks; any before them are entry text, unless a line break comes between).
 */
const BARE_ENTRY = /^\S.*?(?:\t|\s{2}|[\n\r\u2028\u2029]\s{2,})\d{1,4}$/;

/** Page numbers printed on a line of their own: 12, - 12 -, — 12 —, 第 12 页, 12/130. */
const PAGE_NUMBER = [
  /^[-—–－]?\s*\d{1,3}\s*[-—–－]?$/,
  /^[-—–－]\s*\d{1,4}\s*[-—–－]$/,
  /^第\s*\d{1,4}\s*页(?:\s*(?:[,，/]\s*)?共\s*\d{1,4}\s*页)?$/,
  /^\d{1,4}\s*\/\s*\d{1,4}$/,
];

/**
 * Removes the table of contents (its heading and entries, leaders and page numbers included) and
 * page numbers left between pages. A table of contents is recognised by its heading or by a run of
 * leader entries, so a lone tab-separated line in the text is never mistaken for one.
 */
export function dropTocAndPageNumbers(lines: readonly string[]): PaginationResult {
  const removals: Removal[] = [];
  const kept: string[] = [];
  let inToc = false;
  lines.forEach((line, index) => {
    const text = line.trim();
    if (!text) {
      kept.push(line);
      return;
    }
    if (
      TOC_HEADING.test(text) ||
      LEADER_ENTRY.test(text) ||
      (LEADER_ENTRY.test(nextNonEmpty(lines, index)) && BARE_ENTRY.test(text))
    ) {
      inToc = true;
    } else if (inToc && !BARE_ENTRY.test(text)) {
      inToc = false;
    }
    if (inToc) {
      removals.push({ reason: 'table-of-contents', text: line });
    } else if (PAGE_NUMBER.some((re) => re.test(text))) {
      removals.push({ reason: 'page-number', text: line });
    } else {
      kept.push(line);
    }
  });
  return { lines: kept, removals };
}

function nextNonEmpty(lines: readonly string[], index: number): string {
  for (let next = index + 1; next < lines.length; next++) {
    if (lines[next].trim()) return lines[next].trim();
  }
  return '';
}
