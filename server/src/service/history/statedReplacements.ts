// Replacements a corpus document states in its own words (更名为, 撤并…组建, 在原…基础上, （原X） …), read
// with the patterns of replacementPatterns.ts. Each gives "X replaced by Y since this document", with the
// sentence as evidence. The names are trimmed from the spans the patterns capture: a known name where the
// span holds one, else the name-like part (a quoted name, or words ending in a body's or a platform's suffix).
import type { NameMatch } from '../index/nameMatcher.js';
import type { KnownName } from '../model.js';
import { REPLACEMENT_PATTERNS, type ReplacementPattern } from './replacementPatterns.js';

export interface StatedReplacement {
  readonly old: string;
  readonly replacedBy?: string;
  readonly pattern: string;
  /** Offsets of the sentence in the text it was read from. */
  readonly start: number;
  readonly end: number;
  readonly sentence: string;
}

export type FindNames = (text: string) => ReadonlyArray<NameMatch<KnownName>>;

/** Suffixes that end the name of a body or a platform. */
const NAME_END = /(?:局|厅|委|办|中心|委员会|办公室|办公厅|集团|公司|研究院|院|所|场所|平台|系统|热线|网|”)$/;

/** Every replacement the text states, sentence by sentence. */
export function statedReplacements(text: string, findNames: FindNames): StatedReplacement[] {
  const out: StatedReplacement[] = [];
  for (const { start, end, patterns } of sentencesWithCues(text)) {
    const sentence = text.slice(start, end);
    for (const [p, pattern] of REPLACEMENT_PATTERNS.entries()) {
      if (!patterns[p]) continue;
      const found = readSentence(sentence, pattern, findNames);
      if (found) out.push({ ...found, pattern: pattern.id, start, end, sentence });
    }
  }
  // One replacement per old name and sentence: the most specific pattern (the one naming a successor) wins.
  return out.filter(
    (r, i) => !out.some((o, j) => j !== i && o.start === r.start && o.old === r.old && !r.replacedBy && o.replacedBy),
  );
}

/** What one pattern reads in one sentence, names trimmed; undefined when no name stands in a span. */
export function readSentence(
  sentence: string,
  pattern: ReplacementPattern,
  findNames: FindNames,
): { old: string; replacedBy?: string } | undefined {
  const match = pattern.pattern.exec(sentence);
  if (!match?.groups?.old) return undefined;
  const old = nameIn(match.groups.old, pattern.oldAt, findNames);
  if (!old) return undefined;
  const replacedBy = match.groups.new ? nameIn(match.groups.new, pattern.newAt, findNames) : undefined;
  if (replacedBy === old) return undefined;
  return replacedBy ? { old, replacedBy } : { old };
}

/** The name standing at the start or the end of a span. */
export function nameIn(span: string, at: 'start' | 'end', findNames: FindNames): string | undefined {
  const text = span.trim();
  const known = findNames(text).filter((m) => m.values.some((v) => v.kind !== 'document' && v.kind !== 'term'));
  const anchored =
    at === 'start' ? known.find((m) => m.start <= 1) : [...known].reverse().find((m) => m.end >= text.length - 1);
  if (anchored) return unquote(text.slice(anchored.start, anchored.end));
  if (at === 'start') {
    if (text.startsWith('“')) {
      const close = text.indexOf('”');
      return close > 1 ? text.slice(1, close) : undefined;
    }
    // The shortest name-like start (省数据交易中心 of 省数据交易中心建设), grown by a head noun that
    // follows at once (省电子政务外网 + 中心 of 省电子政务外网中心的档案).
    for (let end = 3; end <= Math.min(text.length, 24); end++) {
      const candidate = text.slice(0, end);
      if (!NAME_END.test(candidate) || !NAME_CHARS.test(candidate)) continue;
      let name = candidate;
      for (let head = HEAD_AFTER.exec(text.slice(name.length)); head; head = HEAD_AFTER.exec(text.slice(name.length)))
        name += head[0];
      return unquote(name);
    }
    return undefined;
  }
  // The longest name-like end without a break in it: 省信息中心 of 2018年，省信息中心 — not counting a
  // preposition or 原 before it (由省政务服务和数据管理局, 将原省公共资源交易中心).
  for (let start = Math.max(0, text.length - 24); start <= text.length - 3; start++) {
    const candidate = text.slice(start);
    if (LEADING_WORD.test(candidate)) continue;
    if (NAME_END.test(candidate) && NAME_CHARS.test(candidate)) return unquote(candidate);
  }
  return undefined;
}

/** A head noun right after a name-like start, still part of the name. */
const HEAD_AFTER = /^(?:中心|平台|系统|办公室|委员会|管理局|集团|公司|研究院)/;

/** A preposition, or 原 (the former), that starts a clause but no name. */
const LEADING_WORD = /^[由将把对向从为以被经按原]/;

/** Characters of a name: Han, quotes and brackets, nothing that breaks a sentence. */
const NAME_CHARS = /^[\u4e00-\u9fff“][\u4e00-\u9fff“”（）()]*$/;

const unquote = (name: string) => name.replace(/^“([^“”]+)”$/, '$1');

const isSentenceEnd = (code: number) => code === 0x3002 || code === 0xff01 || code === 0xff1f || code === 0x0a; // 。！？ and a line feed

/**
 * The sentences (cut at 。！？ and line ends) that hold one of a pattern's cues, in order, with the patterns
 * whose cues each holds. Found from the cues, by a pass over the text per cue, and the sentence around
 * each read back from there: most sentences hold none, and cutting every text into sentences and trying
 * each had been a second of indexing 1,000 documents. (No cue holds a sentence end, so a cue found lies
 * whole in the sentence around its first character.)
 */
function sentencesWithCues(text: string): Array<{ start: number; end: number; patterns: boolean[] }> {
  const byStart = new Map<number, { start: number; end: number; patterns: boolean[] }>();
  for (const [p, pattern] of REPLACEMENT_PATTERNS.entries())
    for (const cue of pattern.cues)
      for (let at = text.indexOf(cue); at >= 0; at = text.indexOf(cue, at + 1)) {
        let start = at;
        while (start > 0 && !isSentenceEnd(text.charCodeAt(start - 1))) start--;
        let end = at + cue.length;
        while (end < text.length && !isSentenceEnd(text.charCodeAt(end))) end++;
        let sentence = byStart.get(start);
        if (!sentence) byStart.set(start, (sentence = { start, end, patterns: [] }));
        sentence.patterns[p] = true;
        // The cue again in this sentence adds nothing: on from its end.
        at = end;
      }
  return [...byStart.values()].sort((a, b) => a.start - b.start);
}
