// Events and phases with an ordinal — 首届/第二届…峰会, 第二批…事项, 全国首个…指数 — belong to the year of the
// document that holds or schedules them. A draft for a later year that plans an ordinal already held (a
// second 首届) copies an older document.
import type { CorpusIndex } from '../index/corpusIndex.js';
import type { DerivedKey } from '../index/derivedCache.js';
import type { Range } from '../model.js';
import { parseChineseNumeral } from '../text/chineseNumerals.js';

export interface OrdinalEvent {
  /** What is numbered, without its ordinal: 数字政府建设峰会, 改革事项. */
  readonly series: string;
  readonly ordinal: number;
  /** Held without an ordinal (举办开放数据应用创新大赛): at least the first session, how many unknown. */
  readonly unnumbered?: boolean;
  readonly kind: 'session' | 'batch' | 'first';
  /** Offsets in the text read. */
  readonly start: number;
  readonly end: number;
}

const NUMERAL = '[一二三四五六七八九十百两\\d]+';
const SESSION = new RegExp(
  `(首届|第(${NUMERAL})届)([\\u4e00-\\u9fff“”]{2,16}?(?:峰会|大会|大赛|论坛|博览会|交易会|会议|评选|竞赛|展会|展览会|活动))`,
  'g',
);
const BATCH = new RegExp(`(“[^”]{2,10}”)?第(${NUMERAL})批((?:\\d+\\s*[项个家件])?[\\u4e00-\\u9fff“”]{2,16})`, 'g');
const FIRST = /(?:全国|全省|国内)?首个([\u4e00-\u9fff、“”]{2,24}?(?:指数|标准|平台|规划|示范区|中心|实验室))/g;
/** Where the noun of a batch stops: the verb or conjunction after it. */
const BATCH_STOP =
  /上线|建设|推广|实施|开展|完成|认定|公布|发布|改革试点|和|及|与|的|等|今年|年内|明年|全部|要在|要于|将在|将于|已经|落地/;

const ordinalOf = (text: string): number => (/^\d+$/.test(text) ? Number(text) : parseChineseNumeral(text));
/** A series compared as written, without quotes, enumeration commas or 的-modifiers. */
export const seriesKey = (series: string) => series.replace(/[“”、\s]/g, '').replace(/^.*的/, '');

export function ordinalEventsIn(text: string): OrdinalEvent[] {
  const out: OrdinalEvent[] = [];
  for (const m of text.matchAll(SESSION)) {
    out.push({
      series: seriesKey(m[3]),
      ordinal: m[2] ? ordinalOf(m[2]) : 1,
      kind: 'session',
      start: m.index,
      end: m.index + m[0].length,
    });
  }
  for (const m of text.matchAll(BATCH)) {
    // A quoted name before the ordinal belongs to the series: “一照通行”第二批16项改革事项.
    const [, quoted = '', numeral, rest] = m;
    const stop = BATCH_STOP.exec(rest.replace(/^\d+\s*[项个家件]/, (n) => ' '.repeat(n.length)));
    const noun = stop ? rest.slice(0, stop.index) : rest;
    const series = seriesKey(quoted + noun.replace(/^\d+\s*[项个家件]/, ''));
    const start = m.index + quoted.length;
    if (series.length >= 2)
      out.push({
        series,
        ordinal: ordinalOf(numeral),
        kind: 'batch',
        start,
        end: m.index + (m[0].length - rest.length) + noun.replace(/[“]$/, '').length,
      });
  }
  for (const m of text.matchAll(FIRST)) {
    out.push({
      series: seriesKey(m[1]),
      ordinal: 1,
      kind: 'first',
      start: m.index + m[0].indexOf('首个'),
      end: m.index + m[0].length,
    });
  }
  return out.filter((e) => Number.isFinite(e.ordinal) && e.series.length >= 2);
}

/** A session held or scheduled without an ordinal: 举办开放数据应用创新大赛. */
const UNNUMBERED_SESSION = new RegExp(
  `(?:举办|召开|举行|办好|开展|组织)((?:[\\u4e00-\\u9fff“”]{2,16}?)(?:峰会|大会|大赛|论坛|博览会|交易会|竞赛))`,
  'g',
);

/** Sessions a text holds or schedules with no ordinal: the first of each series, at least, took place. */
export function unnumberedSessionsIn(text: string): OrdinalEvent[] {
  const out: OrdinalEvent[] = [];
  for (const m of text.matchAll(UNNUMBERED_SESSION)) {
    // 举办第二届… is numbered (ordinalEventsIn reads it); 举办首届… too.
    if (/^(?:首届|第)/.test(m[1]) || /届/.test(m[1])) continue;
    const start = m.index + m[0].length - m[1].length;
    const series = seriesKey(m[1]);
    if (series.length >= 4)
      out.push({ series, ordinal: 1, kind: 'session', unnumbered: true, start, end: start + m[1].length });
  }
  return out;
}

/** One series' ordinal as a corpus document holds or schedules it. */
export interface HeldEvent extends OrdinalEvent {
  readonly docId: string;
  /** The year the document speaks for: a work points' year, else the year it was issued. */
  readonly year: number;
  readonly range: Range;
}

export const HELD_EVENTS: DerivedKey<HeldEvent[]> = {
  name: 'ordinal events of the corpus',
  persist: true,
  build(index: CorpusIndex) {
    return index.documents.flatMap((doc) => {
      const year =
        doc.meta.period && doc.meta.period[0] === doc.meta.period[1]
          ? doc.meta.period[0]
          : Number(doc.meta.date.slice(0, 4));
      const body = doc.lines.lineStart(doc.bodyStartLine);
      const text = doc.text.slice(body);
      return [...ordinalEventsIn(text), ...unnumberedSessionsIn(text)].map((event) => ({
        ...event,
        docId: doc.meta.id,
        year,
        range: doc.lines.rangeOf(body + event.start, body + event.end),
      }));
    });
  },
};

/** Whether two series name one thing: equal, or one the other's tail (体系化…的省级数字政府网络安全指数). */
export function sameSeries(a: string, b: string): boolean {
  if (a === b) return true;
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  // A batch's noun is read up to its verb, which one sentence may write later than another
  // (第二批省级项目上线 / 第二批省级项目在…平台上线): the shorter may begin the longer too.
  return shorter.length >= 4 && (longer.endsWith(shorter) || longer.startsWith(shorter));
}
