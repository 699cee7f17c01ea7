// name.deprecated: a name the corpus shows was replaced — confirmed by the registry (certain), stated by a
// document (更名为, 撤并…组建, 原X …) or shown by usage (older documents only; the newer ones write a
// successor form) (likely) — used as current in a draft dated after the change. A sentence that tells the
// history (撤并…组建, 在原…基础上, 更名) uses the old name on purpose and is not reported.
import { shortTitle } from '../features/sources.js';
import { historyOf, type Replacement } from '../history/nameHistory.js';
import { REPLACEMENT_PATTERNS } from '../history/replacementPatterns.js';
import { readSentence } from '../history/statedReplacements.js';
import { message } from '../messages.js';
import type { KnownName } from '../model.js';
import type { Check } from './check.js';
import type { CheckContext } from './context.js';
import type { Confidence, Evidence, Finding } from './finding.js';
import { inLeadUnits } from './names/placeOfName.js';
import { relatedDefinitions } from './names/related.js';
import { PROVINCE_NAMES } from '../language/provinces.js';
import { readLeadUnits } from '../parse/leadUnits.js';
import { memoKey } from '../index/derivedCache.js';
import { ITEMS_PER_YIELD } from '../steps.js';

export const nameDeprecated: Check = {
  code: 'name.deprecated',
  *run(context) {
    const out: Finding[] = [];
    for (const [i, match] of context.matches.entries()) {
      if (i % ITEMS_PER_YIELD === 0) yield;
      // Most names were never replaced: asked first, the sentence is read only for those that were.
      let replaced: KnownName[] | undefined;
      for (const name of match.values) if (historyOf(context.index, name).replacement) (replaced ??= []).push(name);
      if (!replaced) continue;
      if (isHistorical(context, match.start, match.end)) continue;
      if (anotherPlacesBody(context, match.start)) continue;
      for (const name of replaced) {
        const replacement = historyOf(context.index, name).replacement;
        if (!replacement) continue;
        if (namesSuccessor(context, match.start, match.end, replacement)) continue;
        const finding = deprecatedFinding(context, name, replacement, match.start, match.end);
        if (finding) {
          out.push(finding);
          break;
        }
      }
    }
    out.push(...(yield* inheritedLeadUnits(context, out)));
    return out;
  },
};

/** A line's lead units, per index and line text (null: none): an edit reads only the lines it changed. */
const LEAD_UNITS = memoKey<ReturnType<typeof readLeadUnits> | null>('lead units per line');

/**
 * Lead units written without the level a list gives them (（省政务服务数据管理局、公共资源交易中心牵头）:
 * the second is 省公共资源交易中心), which the name matcher cannot see as the corpus's names.
 */
function* inheritedLeadUnits(context: CheckContext, found: readonly Finding[]): Generator<void, Finding[]> {
  const { draft, index } = context;
  const out: Finding[] = [];
  const memo = index.derived.get(LEAD_UNITS);
  // Every line is looked up (a remembered line costs less than the cue's search through it): a few
  // between yields, and a yield after each line read anew.
  let sinceYield = 0;
  for (let line = 0; line < draft.lines.lineCount; line++) {
    if (++sinceYield >= ITEMS_PER_YIELD) {
      sinceYield = 0;
      yield;
    }
    const text = draft.lines.lineText(line);
    const lead = memo.get(text, (own) => {
      sinceYield = ITEMS_PER_YIELD;
      // One run of blanks on each side of the 。, not two \s* that could share a long run every way.
      return /牵头|负责|[）)]\s*(?:[。.]\s*)?$/.test(own) ? (readLeadUnits(own) ?? null) : null;
    });
    if (!lead) continue;
    let from = lead.start;
    for (const unit of lead.units) {
      const at = text.indexOf(unit.written, from);
      if (at < 0) continue;
      from = at + unit.written.length;
      if (unit.name === unit.written) continue;
      const start = draft.lines.lineStart(line) + at;
      const end = start + unit.written.length;
      if (found.some((f) => draft.lines.offsetAt(f.range.start) === start)) continue;
      for (const name of index.lookupName(unit.name)) {
        const replacement = historyOf(index, name).replacement;
        const finding = replacement && deprecatedFinding(context, name, replacement, start, end);
        if (finding) {
          out.push(finding);
          break;
        }
      }
    }
  }
  return out;
}

function deprecatedFinding(
  context: CheckContext,
  name: KnownName,
  replacement: Replacement,
  start: number,
  end: number,
): Finding | undefined {
  const { draft, locale, index } = context;
  const doc = index.document(replacement.docId);
  if (replacement.how !== 'registry') {
    // Learned history is its jurisdiction's: Fujian's 原政务外网 renames nothing in a Jiangsu draft.
    const province = doc?.jurisdiction?.province;
    if (context.jurisdiction?.province && province && context.jurisdiction.province !== province) return undefined;
    // A body the documents only call 原X, with no successor named, is historical where a draft makes it
    // lead a task; elsewhere the mention may tell the history.
    if (replacement.pattern === 'former' && !replacement.replacedBy) {
      if (
        name.kind !== 'agency' ||
        !inLeadUnits(draft.lines.lineText(draft.lines.positionAt(start).line), draft.lines.positionAt(start).character)
      ) {
        return undefined;
      }
    }
  }
  // Learned history applies from its document's date: a draft written before the change may use the name.
  const after = replacement.how === 'registry' ? true : context.isOnOrAfter(replacement.since);
  if (after === false) return undefined;
  const confidence: Confidence =
    replacement.how === 'registry' ? 'certain' : after === undefined ? 'possible' : 'likely';
  const range = draft.lines.rangeOf(start, end);
  const written = draft.text.slice(start, end);
  const evidence: Evidence[] = [
    replacement.how === 'registry'
      ? { signal: 'registry', detail: name.deprecated?.source ?? '' }
      : replacement.how === 'stated'
        ? { signal: 'stated-in-text', detail: `${doc ? shortTitle(doc) : ''}：${replacement.sentence ?? ''}` }
        : { signal: 'newer-document', detail: `${doc ? shortTitle(doc) : ''}：${replacement.replacedBy ?? ''}` },
  ];
  if (context.year !== undefined) evidence.push({ signal: 'draft-year', detail: String(context.year) });
  const successor = replacement.replacedBy ? index.lookupName(replacement.replacedBy)[0] : undefined;
  const source = name.deprecated?.source ?? (doc ? `《${doc.meta.title}》` : '');
  const related = [
    ...(doc && replacement.range
      ? [{ uri: doc.uri, range: replacement.range, message: replacement.sentence ?? '' }]
      : []),
    ...(successor
      ? relatedDefinitions(context, successor, message(locale, 'definedHere', { name: successor.name }))
      : []),
  ];
  return {
    code: 'name.deprecated',
    range,
    confidence,
    evidence,
    message: message(locale, replacement.how === 'usage' ? 'deprecatedByUsage' : 'deprecated', {
      written,
      source,
      ...(replacement.since
        ? { since: replacement.how === 'registry' ? replacement.since : replacement.since.slice(0, 7) }
        : {}),
      ...(replacement.replacedBy ? { replacedBy: replacement.replacedBy } : {}),
      ...(replacement.how === 'registry' && name.deprecated?.note ? { note: name.deprecated.note } : {}),
    }),
    related,
    // Only a registry-confirmed successor is a safe fix; a learned one is a suggestion.
    fixes: replacement.replacedBy
      ? [
          {
            title: message(locale, 'changeTo', { text: replacement.replacedBy }),
            range,
            newText: replacement.replacedBy,
            safe: replacement.how === 'registry',
          },
        ]
      : [],
  };
}

const HISTORY_WORDS =
  /撤并|撤销|并入|改组|更名|改名|前身|曾用名|曾称|原称|过去叫|原来叫|时称|基础上|为基础|取代|(?<!国产化?)替代|统一使用|改称|改为|改由|划转|转制|几经调整|退出[^。]{0,4}历史舞台|(?:撤|并|整合|调整)[^。]*组建/;

/**
 * Words that say what something is called or when it changed: with the successor in the same sentence,
 * a history told (“粤盾杯”这个叫法…现在规范的说法是“粤盾”, 不再提X，改提Y, 那时候…后来才有了Y).
 */
const NAMING_WORDS =
  /称|写作|写的是|名为|叫|说法|名字|后来|现在|如今|此后|之后|不再|改提|改为|新设|正式|原来|那时|最早|以前|过去/;

/**
 * The sentence names the successor too (outside the old name: 粤盾 in 粤盾杯 does not count) and says what
 * each is called: 2021年写的是“粤盾杯”，此后都称“粤盾”.
 */
function namesSuccessor(context: CheckContext, start: number, end: number, replacement: Replacement): boolean {
  if (!replacement.replacedBy) return false;
  const text = context.draft.text;
  const sentenceStart = Math.max(text.lastIndexOf('。', start), text.lastIndexOf('\n', start)) + 1;
  const sentence = sentenceAround(context, start, end);
  const local = start - sentenceStart;
  const outside = sentence.slice(0, local) + ' '.repeat(end - start) + sentence.slice(local + end - start);
  return outside.includes(replacement.replacedBy) && NAMING_WORDS.test(outside);
}

/**
 * The name stands after another place's name (江西 + 省信息中心, 深圳 + 市…): that place's body, not the
 * corpus's — unless the place is the draft's own province.
 */
function anotherPlacesBody(context: CheckContext, start: number): boolean {
  const before = context.draft.text.slice(Math.max(0, start - 8), start);
  const province = PROVINCE_NAMES.find((name) => before.endsWith(name));
  if (!province) return false;
  const own = context.jurisdiction?.province;
  return !own || (own.name !== province && own.short !== province);
}

/** The sentence (to 。 or the line's end) around a span of the draft. */
function sentenceAround(context: CheckContext, start: number, end: number): string {
  const text = context.draft.text;
  const sentenceStart = Math.max(text.lastIndexOf('。', start), text.lastIndexOf('\n', start)) + 1;
  let sentenceEnd = text.slice(end).search(/[。\n]/);
  sentenceEnd = sentenceEnd < 0 ? text.length : end + sentenceEnd;
  return text.slice(sentenceStart, sentenceEnd);
}

/**
 * A sentence that tells the history — the old and the new name together (撤并…省信息中心…组建省政务服务
 * 数据管理局, 在原…基础上, 后统一使用…) — uses the old name on purpose.
 */
export function isHistorical(context: CheckContext, start: number, end: number): boolean {
  const text = context.draft.text;
  const sentence = sentenceAround(context, start, end);
  if (HISTORY_WORDS.test(sentence)) return true;
  // The sentence states the change itself, as the corpus does (原X承担的业务已交由Y): history, told on
  // purpose. 原X alone is not: 依托原省咨询投诉平台开展… still relies on the old platform.
  return statedOldNames(context, sentence).has(text.slice(start, end));
}

/** The old names a sentence states a replacement of, read once per sentence and check (not per name in it). */
const STATED_OLD_NAMES = new WeakMap<CheckContext, Map<string, ReadonlySet<string>>>();

function statedOldNames(context: CheckContext, sentence: string): ReadonlySet<string> {
  let bySentence = STATED_OLD_NAMES.get(context);
  if (!bySentence) STATED_OLD_NAMES.set(context, (bySentence = new Map()));
  let found = bySentence.get(sentence);
  if (!found) {
    const findNames = (part: string) => context.index.matcher.findAll(part);
    const names = new Set<string>();
    for (const pattern of REPLACEMENT_PATTERNS) {
      // A pattern cannot match a sentence without one of its cues (replacementPatterns.ts).
      if (pattern.id === 'former' || !pattern.cues.some((cue) => sentence.includes(cue))) continue;
      const old = readSentence(sentence, pattern, findNames)?.old;
      if (old) names.add(old);
    }
    bySentence.set(sentence, (found = names));
  }
  return found;
}
