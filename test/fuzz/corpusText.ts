// The bundled corpus as raw material for the generators, read at run time (never copied into the
// repository): its text, its lines, and the names, 文号 and titles it writes, to cut, splice and mutate.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const REPO = join(__dirname, '..', '..');
export const CORPUS_FOLDER = join(REPO, 'corpus');

export interface CorpusText {
  /** Each corpus document's text, LF line ends. */
  readonly texts: readonly string[];
  /** Every non-blank line of every document. */
  readonly lines: readonly string[];
  /** What the corpus writes in “…” (platforms, slogans), 2–12 characters. */
  readonly quoted: readonly string[];
  /** 文号 as written (粤办函〔2022〕24号). */
  readonly docNumbers: readonly string[];
  /** Titles cited in 《…》. */
  readonly titles: readonly string[];
  /** Lines with figures (a sentence with a target, an indicator table's row), to change their numbers. */
  readonly figureLines: readonly string[];
}

let cached: CorpusText | undefined;

export function corpusText(): CorpusText {
  if (cached) return cached;
  const texts = readdirSync(CORPUS_FOLDER)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => readFileSync(join(CORPUS_FOLDER, name), 'utf8').replace(/\r\n?/g, '\n'));
  const all = texts.join('\n');
  const distinct = (pattern: RegExp) => [...new Set([...all.matchAll(pattern)].map((m) => m[1]))].sort();
  const lines = texts.flatMap((text) => text.split('\n')).filter((line) => line.trim() !== '');
  cached = {
    texts,
    lines,
    quoted: distinct(/“([^“”\n]{2,12})”/g),
    docNumbers: distinct(/([\u4e00-\u9fff]{1,6}〔\d{4}〕\d{1,4}号)/g),
    titles: distinct(/《([^《》\n]{2,60})》/g),
    figureLines: lines.filter((line) => /\d/.test(line) && /万|亿|%|个|项|家|名|核|倍|年/.test(line)),
  };
  return cached;
}
