// How deep a YAML text nests, read before the YAML library is given it. The library composes nested
// collections recursively: a header of 1,600 nested brackets (a fuzz case) brought its recursion near the
// end of the stack, where V8 aborts the whole process when it compiles a regular expression there
// ("RegExpCompiler Allocation failed"), now and then, not as an exception that could be caught. No
// header or registry nests more than a few levels, so deeper text is refused as a problem of its file.

/** Levels the YAML library is given at most: flow brackets, or block indentation in columns / 2. */
export const MAX_YAML_DEPTH = 64;

export interface TooDeep {
  /** The depth reached where the limit was passed (flow levels, or block indentation columns / 2). */
  readonly depth: number;
  /** 1-based line of the text where it was passed. */
  readonly line: number;
}

/**
 * Where the text first nests deeper than MAX_YAML_DEPTH, or undefined. Flow collections are counted by
 * their brackets outside quoted scalars and comments; block collections by how far a line's content is
 * indented, sequence and mapping indicators (`- `, `? `) included, as each opens a level.
 */
export function yamlTooDeep(text: string): TooDeep | undefined {
  let flow = 0;
  let line = 1;
  let lineStart = true;
  let column = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\n') {
      line++;
      lineStart = true;
      column = 0;
      continue;
    }
    if (lineStart) {
      // Indentation and the indicators that open a block level before the line's content.
      if (ch === ' ' || ch === '\t' || ch === '\r') {
        column++;
        continue;
      }
      if ((ch === '-' || ch === '?') && (text[i + 1] === ' ' || text[i + 1] === '\t')) {
        column += 2;
        i++;
        continue;
      }
      lineStart = false;
      if (column / 2 > MAX_YAML_DEPTH) return { depth: Math.floor(column / 2), line };
    }
    if (ch === '#' && (i === 0 || /\s/.test(text[i - 1]))) {
      const end = text.indexOf('\n', i);
      i = (end < 0 ? text.length : end) - 1;
    } else if (ch === '"' || ch === "'") {
      const close = closingQuote(text, i);
      for (let k = i + 1; k < close; k++) if (text[k] === '\n') line++;
      i = close;
    } else if (ch === '[' || ch === '{') {
      if (++flow > MAX_YAML_DEPTH) return { depth: flow, line };
    } else if ((ch === ']' || ch === '}') && flow > 0) {
      flow--;
    }
  }
  return undefined;
}

/** Where a quoted scalar opened at `open` ends: its closing quote, or the text's end. */
function closingQuote(text: string, open: number): number {
  const quote = text[open];
  for (let i = open + 1; i < text.length; i++) {
    if (quote === '"' && text[i] === '\\') i++;
    else if (text[i] === quote) {
      // '' inside a single-quoted scalar is a quote written.
      if (quote === "'" && text[i + 1] === "'") i++;
      else return i;
    }
  }
  return text.length;
}
