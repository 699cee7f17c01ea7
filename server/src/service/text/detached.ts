// A string cut from a larger one (a line of a draft) keeps the whole larger one alive in V8 (a sliced
// string points into its parent). What a memo keeps across versions of a draft must not: each version's
// full text would stay in memory for as long as one of its lines is remembered. A detached copy holds its
// own characters only (the concatenation is flattened into a new string before it is sliced).
export function detached(text: string): string {
  return text.length < 13 ? text : (' ' + text).slice(1);
}
