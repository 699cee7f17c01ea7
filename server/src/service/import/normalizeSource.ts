import type { ImportWarning } from '../messages/import.js';
import { CHINESE_NUMERAL_CLASS } from '../text/chineseNumerals.js';
import { HAN, joinHanSpaces } from '../text/normalize.js';
import { cleanWebChrome } from './cleanWebChrome.js';
import { dropAdvertisement } from './dropAdvertisement.js';
import { dropTocAndPageNumbers } from './dropTocAndPageNumbers.js';
import { convertFootnotes } from './footnotes.js';
import { rejoinPageBreaks, type Rejoin } from './rejoinPageBreaks.js';
import { readSourceFrontMatter } from './sourceFrontMatter.js';
import { isBlank, splitLines, tidyLine, type Removal, type Unit } from './sourceText.js';
import { buildTables, renderTable } from './tables.js';

/** A raw source taken apart: the normalized body, the clues to its metadata, and what was left out. */
export interface NormalizedSource {
  /** The body as Markdown, without a metadata header. */
  readonly body: string;
  readonly units: readonly Unit[];
  /** Fields of a front matter the source already had (title, date, author …). */
  readonly sourceFields: Readonly<Record<string, string>>;
  /** Fields of a portal's info box (发布机构, 成文日期, 文号 …). */
  readonly portalFields: Readonly<Record<string, string>>;
  /** Every non-blank source line left out on purpose, with the reason. */
  readonly removals: readonly Removal[];
  readonly rejoins: readonly Rejoin[];
  readonly truncated: boolean;
  readonly warnings: readonly ImportWarning[];
}

/**
 * Normalizes the body of a raw policy text in a fixed order: lines that are not document text go
 * first (front matter, portal chrome, advertisement, table of contents, page numbers), so that what
 * remains can be read for structure (footnotes, tables) and page breaks can be closed last.
 */
export function normalizeSource(raw: string): NormalizedSource {
  const frontMatter = readSourceFrontMatter(splitLines(raw));
  const chrome = cleanWebChrome(frontMatter.body);
  const advertisement = dropAdvertisement(chrome.lines);
  const pagination = dropTocAndPageNumbers(advertisement.lines);
  const units: Unit[] = pagination.lines
    .filter((line) => !isBlank(line))
    .map((line) => ({ kind: 'text', text: tidyLine(line) }));
  const footnotes = convertFootnotes(units);
  const tables = buildTables(footnotes.units);
  const rejoined = rejoinPageBreaks(tables.units);
  const finalUnits = rejoined.units.map(closeWrapSpaces);
  return {
    body: finalUnits.map(renderUnit).join('\n\n') + '\n',
    units: finalUnits,
    sourceFields: frontMatter.fields,
    portalFields: chrome.portalFields,
    removals: [
      ...frontMatter.removals,
      ...chrome.removals,
      ...advertisement.removals,
      ...pagination.removals,
      ...tables.removals,
    ],
    rejoins: rejoined.rejoins,
    truncated: advertisement.truncated,
    warnings: [...advertisement.warnings, ...footnotes.warnings],
  };
}

const PUNCTUATION_SPACE_HAN = new RegExp(`([、，。；：！？])[ \\t\\u3000]+(?=[${HAN}])`, 'g');

/** 第一节 改革实施情况, 附件 二 名词解释: the gap after a heading's number is a separator, not a wrap. */
const HEADING_NUMBER = new RegExp(
  `^(?:#{1,6}[ \\t]+)?(?:\\*\\*)?(?:第\\s*[${CHINESE_NUMERAL_CLASS}0-9０-９]+\\s*[章节条部篇]|(?:专栏|附件|附表)\\s*[${CHINESE_NUMERAL_CLASS}]+)[ \\t\\u3000]+`,
);

/**
 * Closes the gaps line wraps leave inside Han text (服 务, 国家、 行业). Spaces next to Latin letters
 * and digits are the author's (2022 年, x86 架构) and stay.
 */
export function closeSpaces(text: string): string {
  const number = HEADING_NUMBER.exec(text)?.[0] ?? '';
  return number + joinHanSpaces(text.slice(number.length)).replace(PUNCTUATION_SPACE_HAN, '$1');
}

function closeWrapSpaces(unit: Unit): Unit {
  switch (unit.kind) {
    case 'text':
      // A stray tab outside a table is a wide gap in print, not a cell boundary.
      return { kind: 'text', text: closeSpaces(unit.text.replace(/\t+/g, ' ')) };
    case 'footnote':
      return { ...unit, text: closeSpaces(unit.text) };
    case 'table':
      return { kind: 'table', rows: unit.rows.map((row) => row.map(closeSpaces)) };
  }
}

function renderUnit(unit: Unit): string {
  switch (unit.kind) {
    case 'text':
      return unit.text;
    case 'footnote':
      return `[^${unit.label}]: ${unit.text}`;
    case 'table':
      return renderTable(unit);
  }
}
