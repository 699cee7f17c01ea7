import type { Removal } from './sourceText.js';

export interface SourceFrontMatter {
  /** Field name (lower-cased) to value, quotes removed: title, subtitle, date, author, 文号 … */
  readonly fields: Readonly<Record<string, string>>;
  /** The lines after the header. */
  readonly body: string[];
  readonly removals: Removal[];
}

const FENCE = /^---\s*$/;
// (?=.*$): a value with a line break in it fails at once, not after each way of sharing the blanks
// before it between [ \t]* and .*.
const FIELD = /^([A-Za-z_\u4e00-\u9fff][\w\u4e00-\u9fff-]*)[ \t]*[:：](?=.*$)[ \t]*(.*)$/;

/**
 * Reads the front matter a source may already carry (Jekyll-style pages exported from a portal).
 * Such headers are YAML only in spirit: tabs for alignment, dates with times, quotes or not. A YAML
 * parser rejects them, so each `key: value` line is read on its own.
 */
export function readSourceFrontMatter(lines: readonly string[]): SourceFrontMatter {
  const first = lines.findIndex((line) => line.trim() !== '');
  if (first < 0 || !FENCE.test(lines[first])) return { fields: {}, body: [...lines], removals: [] };
  const close = lines.findIndex((line, index) => index > first && FENCE.test(line));
  if (close < 0) return { fields: {}, body: [...lines], removals: [] };
  const fields: Record<string, string> = {};
  for (const line of lines.slice(first + 1, close)) {
    const match = FIELD.exec(line);
    if (match) fields[match[1].toLowerCase()] = unquote(match[2].trim());
  }
  const removals: Removal[] = lines
    .slice(first, close + 1)
    .filter((line) => line.trim() !== '')
    .map((text) => ({ reason: 'front-matter', text }));
  return { fields, body: lines.slice(close + 1), removals };
}

function unquote(value: string): string {
  const match = /^(["'])(.*)\1$/.exec(value);
  return (match ? match[2] : value).trim();
}
