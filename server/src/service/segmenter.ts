/**
 * Chinese word segmentation, injected so the pure service never loads a native addon and tests can
 * run with a simple segmenter. The Node implementation wraps nodejieba and loads it lazily.
 */
export interface Segmenter {
  /** Words of the text in order, jieba's full cut with its HMM (no whitespace tokens). */
  cut(text: string): string[];
  /**
   * Words of the text in order, covering it exactly (punctuation and spaces are tokens too): joined,
   * they give the text back. Dictionary words only (no guessing of unknown words), for telling where a
   * word begins and ends.
   */
  segment(text: string): string[];
  /** Teach the segmenter a word it must keep whole (a platform, a term, an agency). */
  addWord(word: string): void;
  /**
   * Whether the text is an ordinary word of the language (in the general dictionary, not one of the
   * taught names): such a span is never reported as a misspelt name.
   */
  isWord(text: string): boolean;
  /**
   * The characters this segmenter cuts at before it segments, each a token of its own: the text between
   * two of them is segmented alone, so a piece of a line can be segmented without the rest. Undefined (or
   * absent) when the segmenter makes no such promise.
   */
  separators?(): ReadonlySet<string> | undefined;
  /**
   * False while the dictionary is still loading elsewhere (the server's worker thread): the answers
   * above then come from a fallback, and the checks that need the dictionary wait. Absent: always ready.
   */
  isReady?(): boolean;
}
