import type { Segmenter } from '../segmenter.js';
import { NameMatcher } from '../index/nameMatcher.js';

const LATIN_OR_DIGIT = /[A-Za-z0-9\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/;
const WHITESPACE = /[\s\u3000]/;

/**
 * A segmenter without a dictionary of its own: forward maximum matching over the words it was taught
 * (the corpus names), single characters elsewhere, Latin letter and digit runs kept whole. The unit
 * tests use it, and the server falls back to it when nodejieba cannot load.
 */
export class SimpleSegmenter implements Segmenter {
  private readonly words = new Set<string>();
  /** Forward maximum matching is leftmost-longest matching; rebuilt lazily after words are added. */
  private matcher: NameMatcher<true> | undefined;

  constructor(words: Iterable<string> = []) {
    for (const word of words) this.addWord(word);
  }

  /** The simple segmenter knows no general dictionary: it can vouch for no ordinary word. */
  isWord(_text: string): boolean {
    return false;
  }

  addWord(word: string): void {
    if (word.length < 2 || this.words.has(word)) return; // a single character is a word anyway
    this.words.add(word);
    this.matcher = undefined;
  }

  segment(text: string): string[] {
    const out: string[] = [];
    let from = 0;
    for (const word of this.taughtWords().findAll(text)) {
      for (let i = from; i < word.start; i++) out.push(text[i]);
      out.push(text.slice(word.start, word.end));
      from = word.end;
    }
    for (let i = from; i < text.length; i++) out.push(text[i]);
    return out;
  }

  private taughtWords(): NameMatcher<true> {
    return (this.matcher ??= new NameMatcher(
      [...this.words].map((key) => ({ key, value: true as const })),
      { ignoreLatinCase: false, ignoreFullWidth: false },
    ));
  }

  cut(text: string): string[] {
    const out: string[] = [];
    let from = 0;
    for (const word of this.taughtWords().findAll(text)) {
      cutUnknown(text, from, word.start, out);
      out.push(text.slice(word.start, word.end));
      from = word.end;
    }
    cutUnknown(text, from, text.length, out);
    return out;
  }
}

/** Text no taught word covers: Latin/digit runs whole, whitespace dropped, anything else per character. */
function cutUnknown(text: string, from: number, to: number, out: string[]): void {
  let i = from;
  while (i < to) {
    if (LATIN_OR_DIGIT.test(text[i])) {
      let end = i + 1;
      while (end < to && LATIN_OR_DIGIT.test(text[end])) end++;
      out.push(text.slice(i, end));
      i = end;
    } else {
      // Keep a surrogate pair (a CJK extension B character) together.
      const length = (text.codePointAt(i) ?? 0) > 0xffff && i + 1 < to ? 2 : 1;
      if (!WHITESPACE.test(text[i])) out.push(text.slice(i, i + length));
      i += length;
    }
  }
}
