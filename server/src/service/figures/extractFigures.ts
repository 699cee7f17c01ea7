// Quantitative statements ("figures") in policy prose: “粤省事”日均活跃用户量 达到 150 万名 (target, 2025).
// Pure: the caller splits the document into spans, knows the names (findSubjects) and maps offsets to ranges.
import type { Figure, FigureKind, Range } from '../model.js';
import { clauseStart, phraseStart, sentenceAt, sentencesIn, type Span } from './clauses.js';
import { findComparatorBefore, joinComparator, tenseMarkerBefore } from './comparators.js';
import { distributeLists } from './distribute.js';
import { isAnaphoric, metricKey, readCountedNoun, readQuotedQualifier } from './metric.js';
import { readShareOf } from './shareOf.js';
import { findQuantities, type Quantity } from './quantities.js';
import { firstInside, nearestBefore, orderSubjects, topicBefore, type KnownSubject } from './subjects.js';
import { findYearMentions, yearBefore, type YearMention } from './timeframe.js';
import { isClassifier, isPercent } from './units.js';

export type { KnownSubject } from './subjects.js';

/** A span of the document to scan, with what its context implies. */
export interface FigureSpan {
  readonly start: number;
  readonly end: number;
  /** Target year implied by context: a heading such as "到2025年", or the document's period. */
  readonly year?: number;
  /** The span reports results (a 发展现状 section): figures default to achieved, not target. */
  readonly achieved?: boolean;
}

export interface ExtractFiguresInput {
  readonly docId: string;
  readonly text: string;
  readonly sentences: readonly FigureSpan[];
  /** Known platform / indicator names inside [start, end); the caller owns the dictionary. */
  readonly findSubjects: (start: number, end: number) => readonly KnownSubject[];
  readonly toRange: (start: number, end: number) => Range;
  readonly defaultYear?: number;
}

/** A figure before its subject list is settled; `distributeLists` may still reassign subject or metric. */
export interface Draft {
  readonly q: Quantity;
  readonly sentence: Span;
  readonly comparator: string;
  /** The comparator word before the number, which a continuing value inherits: 达到 in 达到 150 万名、80 万名. */
  readonly comparatorWord?: string;
  metric: string;
  /** The metric without a percentage's quoted qualifier: 高频服务事项 for 高频服务事项零跑动. */
  readonly baseMetric: string;
  /** The raw metric phrase, which a list such as "注册用户、日均活跃用户" can be split from. */
  readonly metricPhrase: string;
  subject?: KnownSubject;
  /** The subject was named in an earlier clause and carried over, not named in this figure's phrase. */
  readonly carried: boolean;
  /** False when the figure continues the previous one's metric ("分别达到 150 万名、80 万名"). */
  readonly own: boolean;
  readonly distributive: boolean;
  readonly kind: FigureKind;
  readonly year?: number;
  /** Where the text that belongs to this figure ends (unit, suffix, counted noun or qualifier). */
  readonly consumedEnd: number;
}

interface SpanContext {
  readonly text: string;
  readonly span: FigureSpan;
  readonly subjects: readonly KnownSubject[];
  readonly sentences: readonly Span[];
  readonly years: readonly YearMention[];
  readonly defaultYear?: number;
}

/**
 * Where a baseline is announced before its number: 由 / 从 in "由 X 提高到 Y" (X is the baseline; a year may
 * sit between), or the word for it (规划基期只有 8 万人, 现状值为 93.7%).
 */
function baselineMarkerBefore(text: string, from: number, pos: number): number | undefined {
  const before = text.slice(from, pos);
  // The blanks after a year belong to the optional year: two \s* side by side split a long run every way.
  const m =
    /[由从]\s*(?:\d{4}\s*年(?:底|末)?的?\s*)?$/.exec(before) ??
    /(?:规划)?(?:基期|基线|基数|现状值?|基准值?)(?:值)?(?:为|是|只有|仅为|仅有|约为)?\s*$/.exec(before);
  return m ? from + m.index : undefined;
}

interface OwnMetric {
  readonly key: string;
  readonly phrase: string;
  readonly subject?: KnownSubject;
  /** The subject is named inside this figure's own phrase, not carried from an earlier clause. */
  readonly named: boolean;
  readonly end: number;
}

/** The metric written for this number: the counted noun after a classifier, else the phrase before. */
function ownMetric(ctx: SpanContext, q: Quantity, sentence: Span, regionFrom: number, metricEnd: number): OwnMetric {
  const { text, subjects } = ctx;
  // A bare magnitude counts the noun after it as a classifier would: 超过20万执法人员.
  const noun = isClassifier(q.counter) || q.counter === '' ? readCountedNoun(text, q.tailEnd, sentence.end) : undefined;
  if (noun) {
    const inside = firstInside(subjects, noun.start, noun.end);
    const counted = text.slice(inside && inside.end < noun.end ? inside.end : noun.start, noun.end);
    const phrase = inside ? counted : (fullNameBefore(text, ctx.span.start, sentence.start, counted) ?? counted);
    const subject = inside ?? nearestBefore(subjects, sentence.start, q.start);
    const named = !!inside || (!!subject && subject.end > regionFrom);
    return { key: metricKey(phrase), phrase, end: noun.end, named, ...(subject ? { subject } : {}) };
  }
  // 全省90%以上的农村家庭具备…: with nothing measured before it, a percentage is a share of what follows.
  const share = isPercent(q.counter) ? readShareOf(text, q.tailEnd, sentence.end) : undefined;
  if (share && !metricKey(text.slice(regionFrom, metricEnd).replace(/^(?:全省|全市|全国|我省|我市|本省|本市)/, ''))) {
    return { key: metricKey(share.phrase), phrase: share.phrase, end: share.end, named: false };
  }
  const nearest = nearestBefore(subjects, sentence.start, metricEnd);
  const named = nearest !== undefined && nearest.end > regionFrom;
  // A known name that covers the whole phrase (an indicator name) is its own metric.
  const covers = named && nearest.start >= regionFrom && nearest.end >= metricEnd;
  const phrase = text.slice(named && !covers ? nearest.end : regionFrom, metricEnd);
  const anaphoric = !nearest && isAnaphoric(text.slice(regionFrom, metricEnd));
  // Carried over from an earlier clause: the sentence's topic platform, if it has one.
  const carried =
    nearest && !named
      ? (topicBefore(text, subjects, sentence.start, metricEnd) ??
        (objectOfItsClause(text, sentence.start, nearest) ? undefined : nearest))
      : nearest;
  const subject = carried ?? (anaphoric ? nearestBefore(subjects, ctx.span.start, q.start) : undefined);
  return { key: metricKey(phrase), phrase, end: q.tailEnd, named, ...(subject ? { subject } : {}) };
}

/**
 * A short head noun that stands for the longer name the paragraph gave it before (建设一批…数据开放创新
 * 应用实验室。2023年年底前，建设80个实验室): the thing counted is that name. Only a phrase of an earlier
 * sentence (within one sentence, 其中1231项服务 is a part of what was just counted), from after its
 * last 的, comma or quote.
 */
function fullNameBefore(text: string, from: number, to: number, noun: string): string | undefined {
  if (noun.length < 2 || noun.length > 3) return undefined;
  const before = text.slice(from, to);
  const at = before.lastIndexOf(noun);
  if (at <= 0) return undefined;
  const head = /[\u3400-\u9fff]{2,10}$/.exec(
    before
      .slice(0, at)
      .split(/[的、，,；;。：:“”"\s]/)
      .pop() ?? '',
  );
  return head ? head[0] + noun : undefined;
}

/**
 * A name that its clause reaches only after a verb phrase and that its clause's own figure already uses
 * (政务应用入驻“苏服办”总入口率达到90%) belongs to that figure: later clauses (公共数据按需共享率达到99%)
 * are not about it. A name that opens its clause (粤省事注册用户…，日均活跃用户…), or a clause with no
 * figure of its own (加大“粤商通”推广力度，…日均活跃用户达到50万), hands it on.
 */
function objectOfItsClause(text: string, sentenceStart: number, name: KnownSubject): boolean {
  const rest = text.slice(name.end);
  const clauseEnd = rest.search(/[，,；;：:。！？!?]/);
  if (!/\d/.test(clauseEnd < 0 ? rest : rest.slice(0, clauseEnd))) return false;
  const lead = text
    .slice(clauseStart(text, sentenceStart, name.start), name.start)
    .replace(/[\s“”"「」]/g, '')
    .replace(/^(?:全省|我省|本省|省级|全市|我市|本市|市级|其中|同时|此外|依托|推动|推进|实现)/, '');
  return lead.length >= 3;
}

/**
 * Where this number's metric phrase may start: after the last clause comma or list comma 、, and after the
 * previous figure. A list that belongs to the metric ("A、B等领域应用", "A、B分别达到") widens it to the clause.
 */
function regionStart(text: string, sentence: Span, q: Quantity, before: Draft | undefined): number {
  const floor = before?.consumedEnd ?? sentence.start;
  const phrase = phraseStart(text, sentence.start, q.start);
  const clause = clauseStart(text, sentence.start, q.start);
  const listy = phrase > clause && /分别|等/.test(text.slice(phrase, q.start));
  return Math.max(listy ? clause : phrase, floor);
}

/**
 * Target or achieved, and the year. A year written in the sentence always dates the figure. Otherwise a target
 * takes the span's year, then the document default; an achieved figure only the year of an achieved span
 * (the default is a target year: a plan's 2025 does not date its 发展现状); a baseline none.
 */
function kindAndYear(
  ctx: SpanContext,
  q: Quantity,
  sentence: Span,
  baseline: boolean,
): { kind: FigureKind; year?: number } {
  // A year that opens the paragraph (到2022年底，… 。…。) frames its later sentences too.
  const framing = yearBefore(ctx.years, q.start, ctx.span.start);
  const mention =
    yearBefore(ctx.years, q.start, sentence.start) ?? (framing && framing.role !== 'plain' ? framing : undefined);
  // A marker dates its own comma clause only: "已建成X，推动Y达到Z" does not make Z achieved.
  const marker = tenseMarkerBefore(ctx.text, clauseStart(ctx.text, sentence.start, q.start), q.start);
  const fromYear = mention?.role === 'target' ? 'target' : mention?.role === 'asOf' ? 'achieved' : undefined;
  const kind: FigureKind = baseline
    ? 'baseline'
    : (marker?.kind ?? fromYear ?? (ctx.span.achieved ? 'achieved' : 'target'));
  const fallback =
    kind === 'target'
      ? (ctx.span.year ?? ctx.defaultYear)
      : kind === 'achieved' && ctx.span.achieved
        ? ctx.span.year
        : undefined;
  const year = mention?.year ?? fallback;
  return year === undefined ? { kind } : { kind, year };
}

function readDraft(ctx: SpanContext, q: Quantity, prev: Draft | undefined): Draft | undefined {
  const { text } = ctx;
  const sentence = sentenceAt(ctx.sentences, q.start) ?? ctx.span;
  const before = prev && prev.sentence === sentence ? prev : undefined;
  const regionFrom = regionStart(text, sentence, q, before);
  const fromAt = baselineMarkerBefore(text, regionFrom, q.start);
  const comparator = fromAt === undefined ? findComparatorBefore(text, regionFrom, q.start) : undefined;
  const metricEnd = fromAt ?? comparator?.start ?? q.start;
  let own = ownMetric(ctx, q, sentence, regionFrom, metricEnd);
  // One character after a list comma is a list item cut off from its list: 镇（街）、村（居）100%接入.
  const clause = clauseStart(text, sentence.start, q.start);
  if (own.key.length === 1 && clause < regionFrom) {
    own = ownMetric(ctx, q, sentence, Math.max(clause, before?.consumedEnd ?? clause), metricEnd);
  }
  // Nothing measured in the number's own clause, and no figure before it: the clause before names the
  // measure (“粤政易”日均活跃用户的目标，今年定在了100万).
  // Only for a number that ends its clause: 11个区、40个市直部门 count places, not a measure named before.
  const endsClause = /^\s*(?:[，。；！？,;]|$|[这那])/.test(text.slice(q.tailEnd, q.tailEnd + 2));
  // A clause that only frames the number (规划目标为到2025年达到85%) measures nothing either: the label
  // before it does (政务运行一体事联办完成率：规划目标为…).
  const framingOnly = !own.key || /^(?:规划|计划|预期|省定|国家)?(?:目标值?|指标值?)?$/.test(own.key);
  if (framingOnly && !own.named && !before && endsClause && clause > sentence.start) {
    const previous = clauseStart(text, sentence.start, clause - 1);
    const earlier = ownMetric(ctx, q, sentence, previous, clause - 1);
    if (earlier.key) own = earlier;
  }
  const qualifier = isPercent(q.counter) ? readQuotedQualifier(text, q.tailEnd) : undefined;
  // With no metric of its own the number continues the previous figure of the sentence (A、B 分别达到 X、Y).
  const continues = !own.key && before !== undefined;
  const baseMetric = countingMode(text.slice(clause, q.start), continues ? before.baseMetric : own.key);
  const metric = baseMetric + (qualifier ? qualifier.term.replace(/\s+/g, '') : '');
  const subject = continues && !own.named ? before.subject : own.subject;
  if (!metric && !subject) return undefined;
  const written = comparator?.text ?? (continues && fromAt === undefined ? before.comparatorWord : undefined);
  return {
    q,
    sentence,
    comparator: joinComparator([written, q.approx, q.suffix]),
    ...(written ? { comparatorWord: written } : {}),
    metric,
    baseMetric,
    metricPhrase: continues ? before.metricPhrase : own.phrase,
    ...(subject ? { subject } : {}),
    carried: continues && !own.named ? before.carried : !own.named,
    own: !continues,
    distributive: comparator?.distributive ?? false,
    ...kindAndYear(ctx, q, sentence, fromAt !== undefined),
    consumedEnd: Math.max(own.end, qualifier?.end ?? 0),
  };
}

/** Words that count what was added (新布设…86台) rather than the total (累计达到312台). */
const ADDING = '增|建|布设|部署|上线|开通|接入|发布|认定|设立|培育|投放|推出|落地|打造|建成|纳入|引进|签约';
const INCREMENT = new RegExp(`新(?:${ADDING})`);
/** 新 of an adding verb at the start of a metric (新推出…), not of a noun (新型智慧城市). */
const INCREMENT_START = new RegExp(`^新(?=${ADDING})`);
const CUMULATIVE = /累计|累积|总计|合计|共计|总数/;

/**
 * A number counted as an increment is another measure than the total: its metric says 新增 (the clause
 * before the number decides, so 累计达到 after a 新布设 clause counts the total again).
 */
function countingMode(clause: string, metric: string): string {
  // 新推出… leaves 推出… once 新 is gone: read as a metric again, the verb goes too.
  if (CUMULATIVE.test(clause))
    return metric.startsWith('新增')
      ? metric.replace(/^新增/, '')
      : INCREMENT_START.test(metric)
        ? metricKey(metric.replace(INCREMENT_START, ''))
        : metric;
  if (INCREMENT.test(clause) && metric && !metric.startsWith('新增'))
    return `新增${INCREMENT_START.test(metric) ? metricKey(metric.replace(INCREMENT_START, '')) : metric.replace(/^新(?=[\u4e00-\u9fff]{2})/, '')}`;
  return metric;
}

/** Words that only say the named thing's score (“好差评”综合得分): the measure is the named thing itself. */
const SCORE_ONLY = /^(?:综合|平均|总体|整体|年度)?(?:评价)?(?:得分|评分|分值|分数)$/;

function toFigure(input: ExtractFiguresInput, d: Draft): Figure {
  const scoreOfSubject = d.subject !== undefined && SCORE_ONLY.test(d.metric);
  const metric = d.metric && !scoreOfSubject ? d.metric : metricKey(d.subject?.name ?? '');
  return {
    docId: input.docId,
    subject: d.subject?.name ?? metric,
    metric,
    comparator: d.comparator,
    value: d.q.value,
    unit: d.q.unit,
    kind: d.kind,
    ...(d.year !== undefined ? { year: d.year } : {}),
    range: input.toRange(d.q.start, d.q.end),
    text: input.text.slice(d.sentence.start, d.sentence.end).trim(),
  };
}

function figuresInSpan(input: ExtractFiguresInput, span: FigureSpan): Figure[] {
  const quantities = findQuantities(input.text, span.start, span.end);
  if (!quantities.length) return [];
  const ctx: SpanContext = {
    text: input.text,
    span,
    subjects: orderSubjects(input.findSubjects(span.start, span.end), span.start, span.end),
    sentences: sentencesIn(input.text, span.start, span.end),
    years: findYearMentions(input.text, span.start, span.end),
    ...(input.defaultYear !== undefined ? { defaultYear: input.defaultYear } : {}),
  };
  const drafts: Draft[] = [];
  for (const q of quantities) {
    const draft = readDraft(ctx, q, drafts[drafts.length - 1]);
    if (draft) drafts.push(draft);
  }
  distributeLists(input.text, ctx.subjects, drafts);
  return drafts.map((d) => toFigure(input, d));
}

/**
 * Figures stated in the given spans of a document: value and unit as written, the comparator (突破, 不少于,
 * 达到…以上), the subject (the nearest known name before the metric in the sentence, else the metric), the
 * metric key, the year (到2025年, “十四五”末, the span's or the document's) and whether it is a target, an
 * achieved result (已, 截至, a 发展现状 span) or a baseline ("由 X 提高到 Y").
 */
export function extractFigures(input: ExtractFiguresInput): Figure[] {
  return input.sentences.flatMap((span) => figuresInSpan(input, span));
}
