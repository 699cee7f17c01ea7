// The front matter most corpus files carry — `key: value` lines and `key:` with a list of `- value` lines,
// plain words, numbers and dates — read without the YAML library, which builds a document with every
// node's place in the source for each header: 0.7 ms a file, a twentieth of indexing 1,000 documents.
// Anything else (quotes, comments, nesting, blank lines, a value YAML would read as other than a string
// or a whole number) is left to the library: this reads only headers it reads the same way, which a test
// checks against the library over every header the tests have and generated ones.

/** What a key may be: plain letters, digits and underscores, as our headers' fields are. */
const KEY = /^[A-Za-z][A-Za-z0-9_]*$/;
/** `key: value`, `key:`, and a list item `- value` with its indentation. */
const FIELD = /^([^:\s]+):(?: +([^ ].*))?$/;
const ITEM = /^( *)- +([^ ].*)$/;
/** Whole numbers YAML's core schema reads as numbers and a double holds exactly. */
const WHOLE = /^[0-9]{1,15}$/;
/**
 * What YAML 1.2's core schema reads as a number: integers, octal, hexadecimal, floats, infinities and NaN.
 * Anything else starting with a digit (a date, 003_08158673, 2017年) is a string.
 */
const NUMBER =
  /^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;
/**
 * Characters that make a YAML scalar other than plain text somewhere (indicators, comments, flow
 * collections, escapes); a value holding one is left to the library.
 */
const SPECIAL = /[:#'"[\]{},&*!|>%@`?\\]/;
/** Whether the value holds a control character (a tab, a stray CR): such a value is also the library's. */
function hasControl(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x20 || code === 0x7f) return true;
  }
  return false;
}
const WORDS = new Map<string, null | boolean>([
  ['~', null],
  ['null', null],
  ['Null', null],
  ['NULL', null],
  ['true', true],
  ['True', true],
  ['TRUE', true],
  ['false', false],
  ['False', false],
  ['FALSE', false],
]);

/** Not read: the library reads it. */
const UNREAD = Symbol('unread');

/** The header's data as the YAML library gives it, or undefined when it is not of the plain shape. */
export function plainHeaderData(source: string): Record<string, unknown> | undefined {
  const lines = source.split(/\r?\n/);
  const data: Record<string, unknown> = {};
  for (let at = 0; at < lines.length; ) {
    const field = FIELD.exec(lines[at++]);
    if (!field || !KEY.test(field[1]) || WORDS.has(field[1]) || Object.hasOwn(data, field[1])) return undefined;
    if (field[2] !== undefined) {
      const value = scalar(field[2]);
      if (value === UNREAD) return undefined;
      data[field[1]] = value;
      continue;
    }
    // `key:` alone: null, or the list of the items that follow at one indentation.
    const items: unknown[] = [];
    let indent: string | undefined;
    for (let item = ITEM.exec(lines[at] ?? ''); item; item = ITEM.exec(lines[at] ?? '')) {
      if (indent !== undefined && item[1] !== indent) return undefined;
      indent = item[1];
      const value = scalar(item[2]);
      if (value === UNREAD) return undefined;
      items.push(value);
      at++;
    }
    data[field[1]] = items.length > 0 ? items : null;
  }
  return Object.keys(data).length > 0 ? data : undefined;
}

function scalar(text: string): unknown {
  if (text.length === 0 || text !== text.trim()) return UNREAD;
  const word = WORDS.get(text);
  if (word !== undefined) return word;
  if (WHOLE.test(text)) return Number(text);
  // Other numbers (1e3, 0x1F, +12), what starts like an indicator or a number (- a, ?, .5, +x), and what
  // holds an indicator anywhere: the library's.
  if (NUMBER.test(text) || /^[-+.?]/.test(text) || SPECIAL.test(text) || hasControl(text)) return UNREAD;
  return text;
}
