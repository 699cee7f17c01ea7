import { join } from 'node:path';
// Accounting helpers for the "no text lost" tests: what the source says, minus what the importer
// reported leaving out, must be what the imported document says.
import { HAN } from '../../../server/src/service/text/normalize.js';
import type { Removal } from '../../../server/src/service/import/sourceText.js';

const HAN_CHAR = new RegExp(`[${HAN}]`, 'g');

/** Footnote marks: the importer turns them into [^n], so they are compared as absent on both sides. */
const MARKS = /[⁰¹²³⁴⁵⁶⁷⁸⁹①-⑳]/g;

/** Text with whitespace and Markdown markup (#, **, |, [^n], footnote definition prefixes) removed. */
export function comparable(text: string): string {
  return text
    .replace(/^[ \t]*#{1,6}[ \t]+/gm, '')
    .replace(/\[\^[^\]]+\]:?/g, '')
    .replace(/\*\*/g, '')
    .replace(/\\\|/g, '|')
    .replace(/\|/g, '')
    .replace(MARKS, '')
    .replace(/[\s\u3000]+/g, '');
}

export function hanCount(text: string): number {
  return (text.match(HAN_CHAR) ?? []).length;
}

/** The source lines the importer kept: each removal takes out one line with the same text. */
export function keptLines(raw: string, removals: readonly Removal[]): string[] {
  const pending = new Map<string, number>();
  for (const removal of removals) {
    const key = comparable(removal.text);
    pending.set(key, (pending.get(key) ?? 0) + 1);
  }
  return raw.split(/\r\n|\r|\n/).filter((line) => {
    const key = comparable(line);
    const count = pending.get(key) ?? 0;
    if (!key || count === 0) return key !== '';
    pending.set(key, count - 1);
    return false;
  });
}

/** Sentences of the kept source lines, split where Chinese sentences end. */
export function sentencesOf(lines: readonly string[]): string[] {
  return lines
    .flatMap((line) => line.split(/[。！？；]/))
    .map(comparable)
    .filter((sentence) => sentence.length > 0);
}

/** The body of an imported document: everything after its metadata header. */
export function bodyOf(markdown: string): string {
  const match = /^---\n[\s\S]*?\n---\n/.exec(markdown);
  return match ? markdown.slice(match[0].length) : markdown;
}

/** The raw seed documents, exactly as received, kept as test fixtures; POLICY_LENS_SEEDS points elsewhere. */
export const SEED_DIR = process.env.POLICY_LENS_SEEDS ?? join(__dirname, '..', '..', 'fixtures', 'seeds');

export const SEED_FILES = [
  '000_f25cc0c734998372.txt',
  '001_b817bb2221738514.txt',
  '002_b4f8a07dfbbba275.txt',
  '003_08158673230b8c76.txt',
  '004_5b5c9998506321a0.txt',
] as const;

/** Non-empty lines of a Markdown body, in order. */
export function linesOf(markdown: string): string[] {
  return markdown.split('\n').filter((line) => line.trim() !== '');
}
