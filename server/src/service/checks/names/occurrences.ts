// Every platform, agency and glossary term written in the draft, with how it is quoted: what name.variant
// and name.quotes compare. Platforms and agencies have one right form; terms are quoted inconsistently
// even in the corpus, so only the draft's own usage decides for them.
import type { CorpusIndex } from '../../index/corpusIndex.js';
import type { DerivedKey } from '../../index/derivedCache.js';
import type { KnownName, Range } from '../../model.js';
import { PROVINCES } from '../../language/provinces.js';
import { nameKey } from '../../text/normalize.js';
import { ITEMS_PER_YIELD } from '../../steps.js';
import type { CheckContext, SharedAnalysis } from '../context.js';

export interface Occurrence {
  readonly name: KnownName;
  readonly line: number;
  readonly range: Range;
  /** The span to replace: the name and any quotes around it. */
  readonly fullRange: Range;
  /** How it is written, quotes included: “粤省事”, 粤省事, "粤省事", 省政数局. */
  readonly form: string;
  /** The form compared across the draft: 广东省X and 省X are the full and short form of one name. */
  readonly formKey: string;
  readonly quoting: 'fullwidth' | 'other' | 'none';
}

const OPEN = new Map([
  ['“', '”'],
  ['"', '"'],
  ['「', '」'],
  ['『', '』'],
  ["'", "'"],
  ['‘', '’'],
]);

function insideQuotes(text: string, at: number): boolean {
  // The last opening and closing quote before `at` on its line, found without cutting the line out.
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const open = at > 0 ? text.lastIndexOf('“', at - 1) : -1;
  if (open < lineStart) return false;
  return open > text.lastIndexOf('”', at - 1);
}

const PROVINCE_FIRST_CHARACTERS = new Set(PROVINCES.map((p) => p.name[0]));

/** 广东省政务服务数据管理局 -> 省政务服务数据管理局: the province written out is the full form of the short one. */
function shortForm(form: string): string {
  // Asked for every name in the draft, mostly no province's: their first characters rule most out.
  if (!PROVINCE_FIRST_CHARACTERS.has(form[0])) return form;
  const province = PROVINCES.find((p) => form.startsWith(p.name));
  if (!province) return form;
  const level = /(自治区|省|市)$/.exec(province.name)?.[1];
  return level ? level + form.slice(province.name.length) : form;
}

/** The platform a match names, else the agency, else the term (one pass over its values). */
function occurringName(values: readonly KnownName[]): KnownName | undefined {
  let agency: KnownName | undefined;
  let term: KnownName | undefined;
  for (const value of values) {
    if (value.kind === 'platform') return value;
    if (value.kind === 'agency') agency ??= value;
    else if (value.kind === 'term') term ??= value;
  }
  return agency ?? term;
}

export const OCCURRENCES: SharedAnalysis<Occurrence[]> = {
  name: 'platform and agency occurrences',
  *compute(context: CheckContext) {
    const { draft } = context;
    const text = draft.text;
    const out: Occurrence[] = [];
    const { matches } = context;
    for (let i = 0; i < matches.length; i++) {
      if (i % ITEMS_PER_YIELD === 0) yield;
      const match = matches[i];
      const name = occurringName(match.values);
      if (!name || name.deprecated) continue;
      const start = match.start;
      // A match and the quotes around it lie within one line: its positions are read off the line's start.
      const line = draft.lines.positionAt(start).line;
      // Traditional-script text quotes with 「」 as a rule: its quoting is not ours to judge.
      if (context.view.traditionalLines.has(line)) continue;
      const lineStart = draft.lines.lineStart(line);
      const at = (offset: number) => ({ line, character: offset - lineStart });
      const before = text[start - 1];
      const close = OPEN.get(before);
      const quoted = close !== undefined && text[match.end] === close;
      // Part of a longer quoted name (“粤省事码（粤居码）”) is neither bare nor a variant.
      if (!quoted && insideQuotes(text, start)) continue;
      const from = quoted ? start - 1 : start;
      const to = quoted ? match.end + 1 : match.end;
      const form = text.slice(from, to);
      // ‘粤省事’ inside a “…” quotation is the nested form the standard asks for: the same as “粤省事”.
      const nested = quoted && before === '‘' && insideQuotes(text, start - 1);
      out.push({
        name,
        line,
        range: { start: at(start), end: at(match.end) },
        fullRange: { start: at(from), end: at(to) },
        form,
        formKey: nested
          ? `“${shortForm(form.slice(1, -1))}”`
          : quoted
            ? form[0] + shortForm(form.slice(1, -1)) + form.at(-1)
            : shortForm(form),
        quoting: !quoted ? 'none' : before === '“' || nested ? 'fullwidth' : 'other',
      });
    }
    return out;
  },
};

/**
 * Whether the corpus writes the platform as its display form (quoted or bare) as a rule — seven times in
 * ten or more — and no corpus document writes it both ways. Only then is another form a variant.
 */
export function corpusIsConsistent(context: CheckContext, name: KnownName): boolean {
  const known = context.index.derived.get(CONSISTENT_FORMS);
  let consistent = known.get(name);
  if (consistent === undefined) known.set(name, (consistent = writtenConsistently(context.index, name)));
  return consistent;
}

/** Each name's answer, once per index: every draft that writes the name asks it again (read over all its mentions). */
const CONSISTENT_FORMS: DerivedKey<Map<KnownName, boolean>> = {
  name: 'names written consistently',
  build: () => new Map(),
};

function writtenConsistently(index: CorpusIndex, name: KnownName): boolean {
  const mentions = index.mentionsOf(name);
  if (mentions.length === 0) return true;
  const wantsQuotes = name.display.startsWith('“');
  let asDisplayed = 0;
  const formsByDoc = new Map<string, Set<boolean>>();
  for (const mention of mentions) {
    const doc = index.document(mention.docId);
    const line = doc?.lines.lineText(mention.range.start.line) ?? '';
    const quoted = line[mention.range.start.character - 1] === '“' && line[mention.range.end.character] === '”';
    if (!quoted && insideQuotes(line, mention.range.start.character)) continue;
    if (quoted === wantsQuotes) asDisplayed++;
    formsByDoc.set(mention.docId, (formsByDoc.get(mention.docId) ?? new Set()).add(quoted));
  }
  if ([...formsByDoc.values()].some((forms) => forms.size > 1)) return false;
  return asDisplayed / mentions.length >= 0.7;
}

export const sameName = (a: string, b: string) => nameKey(a) === nameKey(b);
