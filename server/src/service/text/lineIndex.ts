import type { Range } from 'vscode-languageserver-types';
import { canonicalLine } from './canonicalLines.js';

/**
 * Converts between string offsets and LSP positions for one text. Positions count UTF-16 code units,
 * as LSP does by default and as JavaScript strings index, so no conversion is needed within a line.
 */
export class LineIndex {
  private readonly lineStarts: number[];
  /**
   * Each line's text once sliced, for a draft (keepLineTexts): a check reads every line in a dozen
   * passes, and one string per line is hashed once for the per-line memos instead of once per pass —
   * the string every version of a draft shares for that text (canonicalLines.ts). Not for corpus
   * documents: a string per line of 50 MB would stay alive with the index.
   */
  private readonly texts: Array<string | undefined> | undefined;

  constructor(
    readonly text: string,
    options: { keepLineTexts?: boolean } = {},
  ) {
    this.lineStarts = lineStartsOf(text);
    if (options.keepLineTexts) this.texts = new Array<string | undefined>(this.lineStarts.length);
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  /** Offset of the start of a line; clamps lines outside the text. */
  lineStart(line: number): number {
    if (line <= 0) return 0;
    if (line >= this.lineStarts.length) return this.text.length;
    return this.lineStarts[line];
  }

  /** The line's text without its line break. */
  lineText(line: number): string {
    if (line < 0 || line >= this.lineStarts.length) return '';
    const { texts } = this;
    if (texts === undefined) return this.sliceLine(line);
    return (texts[line] ??= canonicalLine(this.sliceLine(line)));
  }

  private sliceLine(line: number): string {
    const start = this.lineStarts[line];
    let end = line + 1 < this.lineStarts.length ? this.lineStarts[line + 1] : this.text.length;
    while (end > start && (this.text.charCodeAt(end - 1) === 10 || this.text.charCodeAt(end - 1) === 13)) end--;
    return this.text.slice(start, end);
  }

  positionAt(offset: number): { line: number; character: number } {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.lineStarts[mid] <= clamped) low = mid;
      else high = mid - 1;
    }
    return { line: low, character: clamped - this.lineStarts[low] };
  }

  /** Offset of a position; positions past the end of a line or the text are clamped, never thrown. */
  offsetAt(position: { line: number; character: number }): number {
    if (position.line < 0) return 0;
    if (position.line >= this.lineStarts.length) return this.text.length;
    const lineLength = this.lineText(position.line).length;
    return this.lineStarts[position.line] + Math.max(0, Math.min(position.character, lineLength));
  }

  rangeOf(start: number, end: number): Range {
    return { start: this.positionAt(start), end: this.positionAt(end) };
  }
}

function lineStartsOf(text: string): number[] {
  const starts = [0];
  // Without a CR, the engine's own search finds the line feeds (several times faster than a loop over
  // every character: a 50 MB corpus is scanned on each restore).
  if (!text.includes('\r')) {
    for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) starts.push(at + 1);
    return starts;
  }
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 10 /* \n */) starts.push(i + 1);
    else if (ch === 13 /* \r */) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return starts;
}
