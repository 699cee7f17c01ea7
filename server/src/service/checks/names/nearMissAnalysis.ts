// Decides, for every near-miss candidate of the draft, whether the evidence says the writer meant a
// known name (a slip), wrote a new name of it (news), or neither (dropped). Shared by name.near-miss and
// name.new-name, computed once per check run.
import type { KnownName } from '../../model.js';
import { soundRelation } from '../../language/pronunciation.js';
import { hasPunctuation, isEdgeWord } from '../../language/functionWords.js';
import { PROVINCES } from '../../language/provinces.js';
import type { CheckContext, SharedAnalysis } from '../context.js';
import type { Confidence, Evidence } from '../finding.js';
import { DRAFT_COUNTS, DraftCounts } from './draftCounts.js';
import { nearMissCandidates } from './nearMissScan.js';
import { isOtherBody, placeSignals, standsWhereItsKindStands } from './placeOfName.js';
import { slipBetween, type Slip } from './slip.js';
import { wordBoundaries, type WordBoundaries } from './wordBoundaries.js';
import { memoKey } from '../../index/derivedCache.js';
import { ITEMS_PER_YIELD } from '../../steps.js';

/** One name the span may be a slip of, with what kind of slip and how it sounds. */
export interface SlipReading {
  readonly name: KnownName;
  readonly slip: Slip;
  /** The signal of the slip itself: same-sound, adjacent-swap, dropped-char … (none for an unlike substitution). */
  readonly slipEvidence?: Evidence;
}

export interface AssessedNearMiss {
  /** Offsets in the draft. */
  readonly start: number;
  readonly end: number;
  readonly written: string;
  /** Best first. */
  readonly readings: readonly SlipReading[];
  readonly evidence: readonly Evidence[];
  readonly confidence: Confidence;
  /** A slip of the first reading's name, or a new name of it (news: 和 inserted, a generic suffix changed). */
  readonly verdict: 'slip' | 'news';
}

export interface NearMissAnalysis {
  readonly findings: readonly AssessedNearMiss[];
  /** Lines in traditional script, where names were not compared (said once, as information). */
  readonly traditionalLines: readonly number[];
}

const STRENGTH: Record<string, number> = {
  'same-sound': 0,
  'adjacent-swap': 0,
  'word-swap': 1,
  'near-sound': 2,
  'dropped-char': 3,
  'extra-char': 3,
};
const strength = (reading: SlipReading) => (reading.slipEvidence ? STRENGTH[reading.slipEvidence.signal] : 4);

/** Suffixes that a body or platform may change on renaming (局 -> 厅, 中心 -> 局, 平台 -> 系统). */
const GENERIC_SUFFIXES = ['局', '厅', '委', '办', '中心', '委员会', '办公室', '平台', '系统', '工程', '网'];

export const NEAR_MISSES: SharedAnalysis<NearMissAnalysis> = {
  name: 'near misses',
  *compute(context) {
    const { draft } = context;
    const found: AssessedNearMiss[] = [];
    const traditionalLines: number[] = [];
    const memo = context.index.derived.get(ASSESSED_LINES);
    const inDraft = DraftCounts.of(context.index.derived.get(DRAFT_COUNTS), draft);
    // A line remembered costs far less than a yield through the checker's generators: a few at a time
    // between yields, and a yield after each line read anew (an assessment is the expensive step).
    let sinceYield = 0;
    for (let line = 0; line < draft.lines.lineCount && !context.cancelled; line++) {
      if (++sinceYield >= ITEMS_PER_YIELD) {
        sinceYield = 0;
        yield;
      }
      const text = draft.lines.lineText(line);
      if (context.view.traditionalLines.has(line)) {
        // Traditional characters differ from every simplified name by a character or more: comparing
        // them would report every name in the paragraph as a slip.
        traditionalLines.push(line);
        continue;
      }
      const lineStart = draft.lines.lineStart(line);
      const inLine = memo.get(text, (own) => {
        sinceYield = ITEMS_PER_YIELD;
        return nearMissCandidates(context.index, own)
          .map((candidate) => assessInLine(context, own, candidate.start, candidate.end, candidate.names))
          .filter((a): a is InLine => a !== undefined);
      });
      const assessed = inLine
        .map((candidate) => settle(candidate, lineStart, inDraft))
        .filter((a): a is AssessedNearMiss => a !== undefined);
      found.push(...dropOverlaps(assessed));
    }
    return { findings: found, traditionalLines };
  },
};

/**
 * What a line's candidates are without the rest of the draft: its words, the names it may slip from,
 * the signals of the line. Kept per index and line text: an edit assesses only the lines it changed.
 */
interface InLine {
  /** Offsets in the line. */
  readonly start: number;
  readonly end: number;
  readonly written: string;
  readonly readings: readonly SlipReading[];
  readonly evidence: readonly Evidence[];
  /** Whether the sentence around it writes the intended name (siblings listed side by side). */
  readonly nameInSentence: boolean;
}

const ASSESSED_LINES = memoKey<InLine[]>('near misses assessed per line');

const CONFIDENCE_RANK: Record<Confidence, number> = { certain: 0, likely: 1, possible: 2 };

/** Of overlapping assessments keep the surest, then the one whose length fits its name best. */
function dropOverlaps(list: AssessedNearMiss[]): AssessedNearMiss[] {
  const fit = (a: AssessedNearMiss) => Math.abs(a.readings[0].name.name.length - a.written.length);
  const sorted = [...list].sort(
    (a, b) =>
      CONFIDENCE_RANK[a.confidence] - CONFIDENCE_RANK[b.confidence] ||
      fit(a) - fit(b) ||
      b.written.length - a.written.length ||
      a.start - b.start,
  );
  const kept: AssessedNearMiss[] = [];
  for (const a of sorted) if (!kept.some((k) => k.start < a.end && a.start < k.end)) kept.push(a);
  return kept.sort((a, b) => a.start - b.start);
}

function assessInLine(
  context: CheckContext,
  line: string,
  candidateStart: number,
  end: number,
  names: readonly KnownName[],
): InLine | undefined {
  // 广东省政务服务… is the full form of 省政务服务…: the span starts with the province's name.
  const province = PROVINCES.find(
    (p) =>
      line.startsWith(p.short, candidateStart - p.short.length) && p.name.startsWith(p.short + line[candidateStart]),
  );
  const start = province ? candidateStart - province.short.length : candidateStart;
  const written = line.slice(start, end);
  // A piece of a sentence, not a name: it begins or ends with a function word, or holds punctuation.
  // An edition in full-width parentheses is part of the name: 闽政通（政务板）.
  const bare = written.replace(/（[^（）]{1,4}）$/, '');
  if (isEdgeWord(bare[0], 'start') || isEdgeWord(bare.at(-1), 'end') || hasPunctuation(bare)) return undefined;
  // Part of a longer quoted name (“粤企通办”) is that name, not a slip of a shorter one.
  if (insideLongerQuote(line, start, end)) return undefined;
  // Its ends must fall on the sentence's word boundaries: 直有关部门 in 省直有关部门 starts inside 省直.
  const boundaries = wordBoundaries(context.index, line);
  if (!boundaries.at(start) || !boundaries.at(end)) return undefined;
  if (written.length <= 4 && isOrdinaryPhrase(context, written)) return undefined;
  const readings = names
    .filter((name) => !isOtherBody(line, start, written, name.name))
    .map((name) => readingOf(province ? written.slice(province.short.length) : written, name))
    .filter((r): r is SlipReading => r !== undefined && !makesWords(boundaries, candidateStart, r.slip));
  if (readings.length === 0) return undefined;
  const sorted = rank(context, written, readings);
  // Other readings only as plausible as the best: beside a same-sound slip, a name that differs by an
  // unlike character is no real alternative.
  const ranked = sorted.filter((r, i) => i === 0 || !sorted[0].slipEvidence || r.slipEvidence !== undefined);
  const best = ranked[0];
  const place = placeSignals(line, start, end, context.index.brandPrefixes);
  const evidence: Evidence[] = [{ signal: 'segment-aligned' }, ...place];
  if (best.slipEvidence) evidence.push(best.slipEvidence);
  const usage = context.index.mentionCount(best.name);
  if (usage > 0) evidence.push({ signal: 'corpus-usage', detail: String(usage) });
  const nameInSentence = sentenceAround(line, start, end).includes(best.name.name);
  return { start, end, written, readings: ranked, evidence, nameInSentence };
}

/** A line's candidate read with the whole draft: written once while the draft writes the name elsewhere. */
function settle(candidate: InLine, lineStart: number, inDraft: DraftCounts): AssessedNearMiss | undefined {
  const { start, end, written, readings: ranked } = candidate;
  const best = ranked[0];
  const intendedInDraft = inDraft.has(best.name.name);
  const evidence = [...candidate.evidence];
  // Written right once elsewhere — but not in the same sentence: siblings are listed side by side
  // (“多规合一”“多测合一”), slips are not.
  if (intendedInDraft && !candidate.nameInSentence && inDraft.count(written) === 1) {
    // Before corpus-usage, where the evidence has always put it.
    const at = evidence.findIndex((e) => e.signal === 'corpus-usage');
    evidence.splice(at < 0 ? evidence.length : at, 0, { signal: 'only-here' });
  }

  // A well-formed new name of a body: 和 inserted (how bodies merge; no one types 和 by accident), or a
  // generic suffix changed and written this way throughout (管理厅 once beside 管理局 is a slip).
  const insertsAnd = best.slip.kind === 'extra-char' && best.slip.written === '和';
  if (isRenameShape(best) && (insertsAnd || !intendedInDraft)) {
    return {
      start: lineStart + start,
      end: lineStart + end,
      written,
      readings: ranked,
      evidence,
      confidence: 'possible',
      verdict: 'news',
    };
  }
  const confidence = confidenceOf(best, written, evidence, ranked.length);
  if (!confidence) return undefined;
  return {
    start: lineStart + start,
    end: lineStart + end,
    written,
    readings: ranked,
    evidence,
    confidence,
    verdict: 'slip',
  };
}

/**
 * A dropped or extra character that leaves real words behind is language, not a slip: 政务网接入率 reads
 * 政务网 + 接入率 (no boundary where 外 would be), 省直有关部门 glues 直 into 省直.
 */
function makesWords(boundaries: WordBoundaries, start: number, slip: Slip): boolean {
  const at = start + slip.at;
  if (slip.kind === 'dropped-char') return !boundaries.at(at);
  if (slip.kind === 'extra-char') return !boundaries.at(at) || !boundaries.at(at + slip.written.length);
  return false;
}

function readingOf(written: string, name: KnownName): SlipReading | undefined {
  const slip = slipBetween(written, name.name);
  if (!slip) return undefined;
  // A function word standing inside the span (深圳市从政府, 政务和数据) is the sentence going on, not a
  // slip — except 和 inserted in a body's name, which is how bodies are renamed (省政务服务和数据管理局).
  const renamedBody = slip.written === '和' && (name.kind === 'agency' || name.kind === 'platform');
  if (
    slip.kind === 'extra-char' &&
    !renamedBody &&
    (isEdgeWord(slip.written, 'start') || isEdgeWord(slip.written, 'end'))
  ) {
    return undefined;
  }
  if (slip.kind === 'substitution') {
    const sound = soundRelation(slip.written, slip.intended);
    if (sound.relation === 'same')
      return {
        name,
        slip,
        slipEvidence: { signal: 'same-sound', detail: `${slip.written}/${slip.intended} ${sound.syllables}` },
      };
    if (sound.relation === 'near')
      return {
        name,
        slip,
        slipEvidence: { signal: 'near-sound', detail: `${slip.written}/${slip.intended} ${sound.syllables}` },
      };
    return { name, slip };
  }
  const detail =
    slip.kind === 'dropped-char'
      ? slip.intended
      : slip.kind === 'extra-char'
        ? slip.written
        : `${slip.written}/${slip.intended}`;
  return { name, slip, slipEvidence: { signal: slip.kind, detail } };
}

/**
 * The likelier intent first: the kind of slip an input method makes (a same-sound character, two
 * characters swapped), then the name that keeps the last character — the head of a Chinese compound —
 * then the name the corpus uses more.
 */
function rank(context: CheckContext, written: string, readings: readonly SlipReading[]): SlipReading[] {
  const keepsHead = (r: SlipReading) => (written.at(-1) === r.name.name.at(-1) ? 0 : 1);
  const usage = (r: SlipReading) => context.index.mentionCount(r.name);
  return [...readings].sort((a, b) => strength(a) - strength(b) || keepsHead(a) - keepsHead(b) || usage(b) - usage(a));
}

function isRenameShape(reading: SlipReading): boolean {
  const { slip, name } = reading;
  if (name.kind !== 'agency' && name.kind !== 'platform') return false;
  if (slip.kind === 'extra-char' && slip.written === '和') return true;
  if (slip.kind !== 'substitution') return false;
  // The changed character ends the name and both sides are generic suffixes: 管理局 -> 管理厅.
  const tail = reading.name.name.slice(slip.at);
  return tail === slip.intended && GENERIC_SUFFIXES.includes(slip.written) && GENERIC_SUFFIXES.includes(slip.intended);
}

/**
 * How sure the evidence makes a slip. A slip the input method makes (same sound, swapped characters)
 * where its kind of name stands, or written once while the draft writes the name elsewhere, is likely;
 * with quotes or the brand prefix and one candidate it is certain. A slip of no telling kind where
 * nothing says a name stands there is dropped; the rest is possible (information only).
 */
function confidenceOf(
  best: SlipReading,
  written: string,
  evidence: readonly Evidence[],
  candidates: number,
): Confidence | undefined {
  const has = (signal: Evidence['signal']) => evidence.some((e) => e.signal === signal);
  const inPlace = standsWhereItsKindStands(best.name, written, evidence);
  const onlyHere = has('only-here');
  const kind = best.slipEvidence?.signal;
  // Terms are phrased in more than one order (安全多方计算, 多方安全计算); a body's or a platform's name is not.
  const fixedOrder = best.name.kind === 'agency' || best.name.kind === 'platform';
  const strong = kind === 'same-sound' || kind === 'adjacent-swap' || (kind === 'word-swap' && fixedOrder);
  const long = [...best.name.name].length >= 5;
  // Three characters arise by chance too often: without a sign that a name stands there, nothing.
  if ([...best.name.name].length <= 3 && !inPlace) return undefined;
  if (strong && (has('quoted') || has('brand-prefix')) && candidates === 1) return 'certain';
  // Three characters need their place (above); from four on, a same-sound slip in a known name rarely
  // makes another word by chance.
  if (strong && (inPlace || onlyHere || [...best.name.name].length >= 4)) return 'likely';
  if (kind === 'near-sound' && (inPlace || onlyHere)) return 'likely';
  if ((kind === 'dropped-char' || kind === 'extra-char') && long && (inPlace || onlyHere)) return 'likely';
  // A character unlike the name's in sound is not how typed Chinese slips: another word, a sibling
  // slogan (“多测合一” beside “多规合一”) or another body (省妇联 is not 省残联). Only a platform's brand
  // (粤X) is distinctive enough to make it a guess worth a note.
  if (kind === undefined) {
    // 管理厅 once in a draft that writes 管理局 elsewhere: the body's suffix slipped (written throughout,
    // it would be news — handled before).
    if (isRenameShape(best) && onlyHere) return 'likely';
    return best.name.kind === 'platform' && has('brand-prefix') ? 'possible' : undefined;
  }
  return 'possible';
}

function sentenceAround(line: string, start: number, end: number): string {
  const from = Math.max(line.lastIndexOf('。', start), line.lastIndexOf('；', start)) + 1;
  const stop = line.slice(end).search(/[。；]/);
  return line.slice(from, stop < 0 ? line.length : end + stop);
}

function insideLongerQuote(line: string, start: number, end: number): boolean {
  const open = line.lastIndexOf('“', start - 1);
  if (open < 0 || line.lastIndexOf('”', start - 1) > open) return false;
  const close = line.indexOf('”', end);
  return close >= 0 && close - open - 1 <= 12 && (open + 1 < start || close > end);
}

/** Degree and negation words that open an ordinary phrase before a word: 更省心, 不省事. */
const LEADING_ADVERBS = '更最很太较越再还也都不没';

/**
 * Short spans made of ordinary words are language, not slips: 省市+共建, 数据+调查 (two words of two
 * characters), 更+省心 (an adverb and a word). Longer spans are left to the evidence, because a slip
 * in a long name can itself make a word (有限公司 -> 有线公司).
 */
function isOrdinaryPhrase(context: CheckContext, written: string): boolean {
  const ordinary = (text: string) => context.index.isOrdinaryWord(text);
  if (written.length === 4) return ordinary(written.slice(0, 2)) && ordinary(written.slice(2));
  if (written.length === 3) return LEADING_ADVERBS.includes(written[0]) && ordinary(written.slice(1));
  return false;
}
