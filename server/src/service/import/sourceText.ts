// Shared vocabulary of the importer: what a raw source looks like once split into lines, the units
// the body is rebuilt from, and the record of everything the importer deliberately left out.

/** Why the importer left a line of the source out of the normalized document. */
export type RemovalReason =
  | 'front-matter' // the source's own metadata header, turned into our metadata
  | 'web-chrome' // portal header, 索引号…收藏 info box, share / print links
  | 'advertisement' // "预览已结束" tail of a truncated preview
  | 'table-of-contents' // 目录 and its entries with dot leaders and page numbers
  | 'page-number' // a bare page number between pages
  | 'repeated-table-header'; // a table's header printed again after a page break

/** A line of the source the normalized document does not contain, kept so nothing vanishes silently. */
export interface Removal {
  readonly reason: RemovalReason;
  readonly text: string;
}

/**
 * One piece of the rebuilt body: a paragraph or heading line, a footnote definition or a table.
 * Blank lines of the source are not kept: every unit becomes its own Markdown block.
 */
export type Unit =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'footnote'; readonly label: string; readonly text: string }
  | { readonly kind: 'table'; readonly rows: readonly (readonly string[])[] };

/** Splits raw text into lines, whatever the line endings and with a byte-order mark dropped. */
export function splitLines(raw: string): string[] {
  return raw.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
}

/**
 * Trailing spaces (Markdown hard breaks, PDF padding) and indentation (fullwidth spaces of web
 * pages) carry no text. Leading tabs stay on table rows, where they mean an empty first cell.
 */
export function tidyLine(line: string): string {
  const trimmedEnd = line.trimEnd();
  if (isTableRowText(trimmedEnd)) return trimmedEnd.replace(/^[ \u3000]+/, '');
  return trimmedEnd.replace(/^[\s\u3000]+/, '');
}

/** A tab-separated row: a tab between two pieces of text, not just indentation. */
export function isTableRowText(line: string): boolean {
  return /\S\t+\S/.test(line.trim());
}

export function isBlank(line: string): boolean {
  return /^[\s\u3000]*$/.test(line);
}
