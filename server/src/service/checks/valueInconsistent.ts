// value.inconsistent: the draft itself gives two values for one measure, kind and year. Which one is
// right is the drafter's call: no fix is preferred.
import { differInDefiningWords } from '../figures/measureWords.js';
import { message } from '../messages.js';
import type { Figure } from '../model.js';
import { detached } from '../text/detached.js';
import { nameKey } from '../text/normalize.js';
import type { Check } from './check.js';
import { pushTo } from './listMap.js';
import type { CheckContext } from './context.js';
import type { Confidence, Finding } from './finding.js';
import { amountOf, label, sameAmount, written } from './values/comparisons.js';
import { DRAFT_FIGURES } from './values/draftFigures.js';
import { ITEMS_PER_YIELD } from '../steps.js';

export const valueInconsistent: Check = {
  code: 'value.inconsistent',
  uses: [DRAFT_FIGURES],
  *run(context) {
    // Each group: one measure's figures, each marked when it joined by similar wording only.
    const groups: Group[] = [];
    // The groups by kind, year and counter (which every member shares), and by subject too: a figure
    // is compared with the groups it can join, not with all.
    const byRest = new Map<string, Group[]>();
    const bySubject = new Map<string, Group[]>();
    const all = yield* context.steps(DRAFT_FIGURES);
    const out: Finding[] = [];
    // A count that points back to one counted before (此次发布的30个优秀案例) is that count, whatever its
    // kind or year.
    const pointing = new Set<Figure>();
    for (const figure of all) {
      const back = refersBack(context, figure, all);
      if (!back) continue;
      pointing.add(figure);
      if (!sameAmount(back, figure)) out.push(inconsistency(context, back, figure, 'likely'));
    }
    yield;
    for (const [i, figure] of all.entries()) {
      if (i % ITEMS_PER_YIELD === 0) yield;
      if (pointing.has(figure)) continue;
      const named = context.index.lookupName(figure.subject).length > 0;
      if (!isComparable(figure, named)) continue;
      const key = groupKey(context, figure, named);
      const exact = bySubject
        .get(`${key.subject}\u0001${key.rest}`)
        ?.find((g) => g.key.metric === key.metric || sameNamedMeasure(g.key, key));
      // The same measure worded a little differently joins a group, but only as a possible match.
      const similar = exact ? undefined : byRest.get(key.rest)?.find((g) => sameGroup(g.key, key));
      if (exact) exact.figures.push({ figure, similar: false });
      else if (similar) similar.figures.push({ figure, similar: true });
      else {
        const group = { key, figures: [{ figure, similar: false }] };
        groups.push(group);
        pushTo(byRest, key.rest, group);
        pushTo(bySubject, `${key.subject}\u0001${key.rest}`, group);
      }
    }
    for (const { figures } of groups) {
      const first = figures[0].figure;
      for (const { figure: other, similar } of figures.slice(1)) {
        if (sameAmount(first, other)) continue;
        out.push(inconsistency(context, first, other, similar ? 'possible' : 'likely'));
      }
    }
    return out;
  },
};

interface GroupKey {
  readonly subject: string;
  readonly metric: string;
  /** Kind, year and counter: two values of one measure share all three. */
  readonly rest: string;
  /** The subject is a known name (then subject and metric must match exactly). */
  readonly named: boolean;
  /** The metric's pairs of adjacent characters (similar wording shares half of them). */
  readonly pairs: ReadonlySet<string>;
}

interface Group {
  readonly key: GroupKey;
  readonly figures: Array<{ figure: Figure; similar: boolean }>;
}

function groupKey(context: CheckContext, figure: Figure, named: boolean): GroupKey {
  const metric = figure.metric;
  return {
    subject: nameKey(figure.subject),
    metric,
    rest: `${figure.kind}|${figure.year ?? context.year ?? ''}|${amountOf(figure).counter}`,
    named,
    pairs: pairsOf(metric),
  };
}

// A draft's metrics repeat from figure to figure and from check to check: their pairs are kept per metric.
const MAX_REMEMBERED_METRICS = 10_000;
const PAIRS = new Map<string, ReadonlySet<string>>();

/** The metric's pairs of adjacent characters. */
function pairsOf(metric: string): ReadonlySet<string> {
  let pairs = PAIRS.get(metric);
  if (pairs === undefined) {
    if (PAIRS.size >= MAX_REMEMBERED_METRICS) PAIRS.clear();
    // The key as a copy: a metric read from a draft must not keep the draft's text alive.
    PAIRS.set(detached(metric), (pairs = new Set([...metric].slice(1).map((ch, i) => metric[i] + ch))));
  }
  return pairs;
}

/**
 * One named subject's measure worded shorter or longer (“e政务”新增投放点位 and 新增自助服务一体机投放点位):
 * the shorter phrase, four characters or more, ends the longer, and no defining word differs.
 */
function sameNamedMeasure(a: GroupKey, b: GroupKey): boolean {
  if (!a.named || !b.named) return false;
  const [shorter, longer] = a.metric.length <= b.metric.length ? [a.metric, b.metric] : [b.metric, a.metric];
  if (shorter.length < 4 || shorter === longer) return false;
  const tail = shorter.slice(-3);
  return longer.endsWith(tail) && longer.startsWith(shorter.slice(0, 2)) && !differInDefiningWords(shorter, longer);
}

/** 此次发布的30个优秀案例: a count that points back (此次, 本次, 上述) to a set the draft counted before. */
const POINTS_BACK = /(?:此次|本次|这次|这批|该批|上述|以上)[\u4e00-\u9fff]{0,6}的?$/;

/**
 * The earlier figure a count refers back to: the same counted thing (its metric ends the earlier
 * metric: 优秀案例 in 数字政府改革优秀案例) in the same unit, the nearest before it.
 */
function refersBack(context: CheckContext, figure: Figure, all: readonly Figure[]): Figure | undefined {
  const line = context.draft.lines.lineText(figure.range.start.line);
  const before = line.slice(Math.max(0, figure.range.start.character - 12), figure.range.start.character);
  if (!POINTS_BACK.test(before) || figure.metric.length < 2) return undefined;
  const counter = amountOf(figure).counter;
  return [...all]
    .reverse()
    .find(
      (f) =>
        f.range.start.line < figure.range.start.line &&
        f.metric.endsWith(figure.metric) &&
        amountOf(f).counter === counter,
    );
}

/**
 * One measure: the same subject and metric — or, without a known subject on either side, metric
 * phrases of four characters or more that share half their character pairs and no word that makes
 * a measure different (受理率 / 办结率). Kind, year and unit kind must agree.
 */
function sameGroup(a: GroupKey, b: GroupKey): boolean {
  if (a.rest !== b.rest) return false;
  if (a.subject === b.subject && a.metric === b.metric) return true;
  if (a.named || b.named || a.metric.length < 4 || b.metric.length < 4) return false;
  if (differInDefiningWords(a.metric, b.metric)) return false;
  let shared = 0;
  for (const pair of a.pairs) if (b.pairs.has(pair)) shared++;
  return shared / Math.min(a.pairs.size, b.pairs.size) >= 0.5 && shared >= 3;
}

/**
 * Only figures specific enough to call two numbers a contradiction: a metric of three characters or
 * more about a known name, or a quoted or long metric phrase ("部门", "服务" are too loose); and a
 * target, or a result whose sentence states its year.
 */
function isComparable(figure: Figure, named: boolean): boolean {
  const metric = figure.metric;
  // A quoted name in the metric (“.+”): tried from the first “ of each line only, since a later “ on the
  // line cannot close where the first could not, and from each “ of a long run it rescanned the line.
  const specific = metric.length >= 3 && (named || /^[^“\n\r\u2028\u2029]*“.+”/m.test(metric) || metric.length >= 6);
  const dated = figure.kind === 'target' || (figure.year !== undefined && figure.text.includes(String(figure.year)));
  return specific && dated;
}

function inconsistency(context: CheckContext, first: Figure, other: Figure, confidence: Confidence): Finding {
  const { locale } = context;
  return {
    code: 'value.inconsistent',
    range: other.range,
    confidence,
    evidence: [
      { signal: 'in-draft', detail: `${first.range.start.line + 1}: ${written(first)}` },
      { signal: first.metric === other.metric ? 'same-measure' : 'similar-wording', detail: label(other) },
    ],
    message: message(locale, 'inconsistent', {
      label: label(other),
      firstLine: first.range.start.line + 1,
      first: written(first),
      value: written(other),
    }),
    related: [{ uri: context.draft.uri, range: first.range, message: message(locale, 'earlierValue', {}) }],
    fixes: [
      {
        title: message(locale, 'changeToPlain', { text: written(first) }),
        range: other.range,
        newText: written(first),
        safe: false,
      },
    ],
  };
}
