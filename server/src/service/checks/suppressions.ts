import type { LineIndex } from '../text/lineIndex.js';
import { isDiagnosticCode, type DiagnosticCode } from './codes.js';

const DIRECTIVE = /<!--\s*policy-lens-(disable-next-line|disable-line|disable|enable)\b([^>]*?)-->/g;

/**
 * Which codes are switched off on which lines by comments in the draft:
 *   <!-- policy-lens-disable-next-line name.near-miss -->   the next line only
 *   <!-- policy-lens-disable value.outdated --> … <!-- policy-lens-enable value.outdated -->
 * Without codes a directive covers every code.
 */
export class Suppressions {
  private readonly byLine = new Map<number, Set<DiagnosticCode | '*'>>();

  constructor(lines: LineIndex) {
    const open = new Map<DiagnosticCode | '*', number>();
    // Most drafts hold no directive: one search of the text, not one per line, on every check.
    if (!lines.text.includes('policy-lens-')) return;
    for (let line = 0; line < lines.lineCount; line++) {
      const text = lines.lineText(line);
      if (!text.includes('policy-lens-')) continue;
      for (const match of text.matchAll(DIRECTIVE)) {
        const codes = parseCodes(match[2]);
        if (match[1] === 'disable-next-line') this.add(line + 1, line + 1, codes);
        else if (match[1] === 'disable-line') this.add(line, line, codes);
        else if (match[1] === 'disable') for (const code of codes) open.set(code, line);
        else for (const code of codes) this.closeRange(open, code, line);
      }
    }
    for (const [code, from] of open) this.add(from, lines.lineCount - 1, [code]);
  }

  isSuppressed(code: DiagnosticCode, line: number): boolean {
    const codes = this.byLine.get(line);
    return Boolean(codes && (codes.has('*') || codes.has(code)));
  }

  private closeRange(open: Map<DiagnosticCode | '*', number>, code: DiagnosticCode | '*', line: number): void {
    const closing = code === '*' ? [...open.keys()] : [code];
    for (const each of closing) {
      const from = open.get(each);
      if (from === undefined) continue;
      this.add(from, line, [each]);
      open.delete(each);
    }
  }

  private add(from: number, to: number, codes: Iterable<DiagnosticCode | '*'>): void {
    for (let line = from; line <= to; line++) {
      const set = this.byLine.get(line) ?? new Set();
      for (const code of codes) set.add(code);
      this.byLine.set(line, set);
    }
  }
}

function parseCodes(text: string): Array<DiagnosticCode | '*'> {
  const words = text.split(/[\s,，]+/).filter(Boolean);
  const codes = words.filter(isDiagnosticCode);
  return codes.length > 0 ? codes : ['*'];
}
