// Function words and conjunctions: a name never begins or ends with one, and a span that does is a
// piece of a sentence (等有关部门, 互联网和), not a misspelt name. 和 and 与 may stand inside a name
// (省政务服务和数据管理局) but never at its edge.
const START_WORDS = new Set([...'和与及或并且的地得等在对从向把被由以于之其该各这那此即也都还就又再']);
const END_WORDS = new Set([...'和与及或并且的地得等之']);

/** Punctuation and symbols a name never spans (ASCII and full-width). */
const PUNCTUATION = /[\s\u3000，。、；：！？,.;:!?（）()《》〈〉【】［］[\]{}“”‘’"'「」『』…—\-~～·/\\|]/;

/** Whether a span starting or ending with this character is a piece of a sentence, not a name. */
export function isEdgeWord(ch: string | undefined, edge: 'start' | 'end'): boolean {
  return ch !== undefined && (edge === 'start' ? START_WORDS : END_WORDS).has(ch);
}

export function hasPunctuation(text: string): boolean {
  return PUNCTUATION.test(text);
}
