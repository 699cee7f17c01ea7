import type { GlossaryEntry, Section } from '../model.js';
import type { LineIndex } from '../text/lineIndex.js';
import { toHalfWidth } from '../text/chineseNumerals.js';
import { plainLine } from './numbering.js';
import { flattenSections, isStructuralLine } from './sections.js';

/** Section titles that introduce a glossary, in the wording different documents use. */
const GLOSSARY_TITLE = /名词解释|名词术语|术语(?:解释|定义|表)?$|^术语|释义|词汇表|用语含义|概念解释/;

/**
 * An entry line: number, head (group 2), colon, definition (group 4). The blanks after the number and
 * after the colon are taken whole (groups 1 and 3, matched again by \1 and \3, cannot be given back):
 * given back one by one, each retried the head or the definition over the rest of a long line. Only a
 * head that is a colon itself (1. ：x) needs a blank given back: the last one before it is the head.
 */
const ENTRY =
  /^\s*(?:[0-9０-９]+\s*[.．、]|[（(][0-9０-９]+[）)])(?:(?=(\s*))\1|\s*(?=[^\S\n\r\u2028\u2029][\n\r\u2028\u2029]*[：:]))(.{1,60}?)\s*[：:](?=(\s*))\3(.*)$/;

/** A numbered paragraph's title is its first sentence: only the bare label makes it a glossary. */
const GLOSSARY_LABEL =
  /^(?:主要|有关|相关)?(?:名词解释|名词术语|术语(?:解释|定义|表)?|释义|词汇表|用语含义|概念解释)[：:]?$/;
const PARAGRAPH_KINDS = new Set<Section['kind']>(['level1', 'level2', 'level3', 'level4']);

export function isGlossarySection(section: Section): boolean {
  // A task such as （三）做好政策释义和宣传解读 mentions 释义 but defines nothing.
  return PARAGRAPH_KINDS.has(section.kind) ? GLOSSARY_LABEL.test(section.title) : GLOSSARY_TITLE.test(section.title);
}

/** Glossary sections of a document (a 名词解释 annex, a 术语 chapter …). */
export function findGlossarySections(roots: readonly Section[]): Section[] {
  return flattenSections(roots).filter(isGlossarySection);
}

export function extractGlossary(docId: string, lines: LineIndex, section: Section): GlossaryEntry[] {
  const entries: GlossaryEntry[] = [];
  let current: { number: number; head: string; parts: string[]; startLine: number; endLine: number } | undefined;
  const flush = () => {
    if (!current) return;
    const definition = joinParts(current.parts);
    const start = lines.lineStart(current.startLine);
    const end = lines.lineStart(current.endLine) + lines.lineText(current.endLine).length;
    entries.push({
      docId,
      number: current.number,
      head: current.head,
      terms: termsOf(current.head, definition),
      definition,
      range: lines.rangeOf(start, end),
      sectionTitle: section.title,
    });
    current = undefined;
  };
  for (let line = section.range.start.line + 1; line <= section.fullRange.end.line; line++) {
    const text = lines.lineText(line);
    if (isStructuralLine(text)) continue;
    const plain = plainLine(text);
    const match = ENTRY.exec(plain);
    const number = match ? Number(toHalfWidth(/[0-9０-９]+/.exec(plain)?.[0] ?? '')) : NaN;
    // Entries number upwards; a numbered line that does not is part of the previous definition.
    if (match && (!current || number > current.number)) {
      flush();
      current = { number, head: match[2].trim(), parts: [match[4]], startLine: line, endLine: line };
    } else if (current && plain) {
      // A definition continued on the next line (a page break the importer could not rejoin).
      current.parts.push(plain);
      current.endLine = line;
    }
  }
  flush();
  return entries;
}

function joinParts(parts: string[]): string {
  return parts.reduce((joined, part) => {
    if (!joined) return part;
    const glue =
      /[\u4e00-\u9fff，。、；：“”（）]$/.test(joined) && /^[\u4e00-\u9fff，。、；：“”（）]/.test(part) ? '' : ' ';
    return joined + glue + part;
  }, '');
}

/**
 * A quoted term. An opening quote with no closing one after it ends the search (the second alternative
 * runs to the end, with no group): every later opening quote would fail the same way, each after
 * scanning the rest of the text.
 */
const QUOTED = /[“"「](?:([^”"」]+)[”"」]|[^”"」]*$)/g;

/**
 * The terms an entry defines. “IT” “CT” “DT” defines three; “一网、一地、一窗” defines seven only
 * if the definition explains each part, while “政企合作、管运分离” is one slogan. An abbreviation in
 * brackets (建筑信息模型（BIM）) is a second name for the same term.
 */
export function termsOf(head: string, definition: string): string[] {
  const quoted = [...head.matchAll(QUOTED)].flatMap((m) => (m[1] === undefined ? [] : [m[1].trim()]));
  const bare = head.replace(/[“”"「」]/g, '').trim();
  let terms = quoted.length > 1 ? quoted : [quoted[0] ?? bare];
  if (terms.length === 1 && /[、，]/.test(terms[0])) {
    const parts = terms[0]
      .split(/[、，]/)
      .map((p) => p.trim())
      .filter(Boolean);
    if (parts.length > 1 && parts.every((part) => definition.includes(part))) terms = parts;
  }
  const withAbbreviations: string[] = [];
  for (const term of terms) {
    const abbreviation = /^(.+?)[（(]([A-Za-z][\w .+-]*)[）)]$/.exec(term);
    if (abbreviation) withAbbreviations.push(abbreviation[1].trim(), abbreviation[2].trim());
    else withAbbreviations.push(term);
  }
  return [...new Set(withAbbreviations.filter(Boolean))];
}
