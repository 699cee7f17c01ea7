import { shortTitle } from '../features/sources.js';
import { canonicalFigure } from '../figures/canonicalFigure.js';
import { tableFigures } from './draftTables.js';
import { figuresInText } from '../figures/figuresInText.js';
import { countersComparable, normalizeQuantity } from '../figures/units.js';
import { t } from '../l10n.js';
import type { Figure } from '../model.js';
import type { CorpusIndex } from '../index/corpusIndex.js';
import { buildSections } from '../parse/sections.js';
import { nameKey } from '../text/normalize.js';
import type { CheckContext } from './checkContext.js';
import type { PolicyDiagnostic, RelatedSource } from './policyDiagnostic.js';
import { findDocNumbers, findTitleCitations } from '../names/citations.js';

function citedDocumentYear(context: CheckContext, line: string): number | undefined {
  const references = [...findTitleCitations(line).map((c) => c.title), ...findDocNumbers(line).map((n) => n.canonical)];
  for (const reference of references) {
    const doc = context.index.findDocument(reference);
    if (doc) return doc.meta.period?.[1] ?? Number(doc.meta.date.slice(0, 4));
  }
  return undefined;
}

/** Figures per draft line, for each index (see figuresInText's memo). */
const figureMemos = new WeakMap<CorpusIndex, Map<string, Figure[]>>();

/**
 * Figures stated in the draft, with the draft's own year as the default target year — except in a
 * sentence that cites a corpus document (《…》提出…), whose figures are that document's.
 */
export function draftFigures(context: CheckContext): Figure[] {
  const { draft } = context;
  let memo = figureMemos.get(context.index);
  if (!memo) figureMemos.set(context.index, (memo = new Map()));
  const figures = figuresInText({
    memo,
    spanYear: (line) => citedDocumentYear(context, draft.lines.lineText(line)),
    docId: draft.uri,
    text: draft.text,
    lines: draft.lines,
    sections: buildSections(draft.lines, 0),
    fromLine: 0,
    defaultYear: context.year,
    asOfYear: context.year !== undefined ? context.year - 1 : undefined,
    matches: context.matches,
  });
  return [...figures.map((figure) => statedAsFact(context, figure)), ...tableFigures(context)]
    .map((figure) => canonicalFigure(figure, (text) => context.index.lookupName(text)))
    .sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}

/** 各地各部门要围绕2024年新增“一件事”… -> 新增一件事…; 的…为 -> … : words around the measure are not the measure. */
function tidyMetric(metric: string): string {
  const afterYear = metric.replace(/^.*\d{4}\s*年[度底末内]?/, '');
  const tidy = (afterYear.length >= 3 ? afterYear : metric)
    .replace(/^[的，,、]+/, '')
    .replace(/^(?:对照|围绕|按照|根据|依据|推动|实现|确保|力争|推进)+/, '')
    .replace(/^(?:全省|全市|全区|全县|各地)+/, '')
    .replace(/(?:要|将|需|应|须|可)$/, '')
    .replace(/[为是]$/, '');
  return tidy.length >= 2 ? tidy : metric;
}

/**
 * "2024年…接通率为93%": a value stated with 为/是 for a year that has come is a result, not a target —
 * unless the sentence says it is one (目标, 力争, 确保, 到…年).
 */
function statedAsFact(context: CheckContext, figure: Figure): Figure {
  const start = context.draft.lines.offsetAt(figure.range.start);
  const before = context.draft.text.slice(Math.max(0, start - 2), start).trim();
  const metric = tidyMetric(figure.metric);
  // Without a known name the metric phrase is its own subject, and is tidied with it.
  const subject = figure.subject === figure.metric ? metric : figure.subject;
  if (!/[为是]$/.test(before)) return { ...figure, subject, metric };
  const stated =
    figure.year !== undefined &&
    figure.text.includes(`${figure.year}年`) &&
    (context.year === undefined || figure.year <= context.year);
  const aimed = /目标|力争|确保|计划|预计|到\s*\d{4}\s*年/.test(figure.text);
  return { ...figure, subject, metric, kind: stated && !aimed && figure.kind === 'target' ? 'achieved' : figure.kind };
}

const amounts = new WeakMap<Figure, { base: number; counter: string }>();
/** A figure's quantity in counter units, computed once per figure (corpus figures are compared often). */
const amount = (f: Figure) => {
  let found = amounts.get(f);
  if (!found) amounts.set(f, (found = normalizeQuantity(f.value, f.unit)));
  return found;
};
const sameAmount = (a: Figure, b: Figure) => {
  const x = amount(a);
  const y = amount(b);
  return countersComparable(x.counter, y.counter) && Math.abs(x.base - y.base) <= 1e-9 * Math.max(1, Math.abs(x.base));
};
const comparable = (a: Figure, b: Figure) => countersComparable(amount(a).counter, amount(b).counter);
const written = (f: Figure) => `${f.value}${f.unit}`;

/**
 * value.outdated, value.baseline-as-target, value.conflict: a target of the draft compared with the
 * corpus figures for the same subject and metric (日均 vs 月均, 注册 vs 活跃 and counts vs ratios
 * are different metrics and never compared).
 */
export function findValueProblems(context: CheckContext, figures: readonly Figure[]): PolicyDiagnostic[] {
  const out: PolicyDiagnostic[] = [];
  for (const figure of figures) {
    if (figure.kind !== 'target') continue;
    const corpus = context.index.figuresFor(figure.subject, figure.metric).filter((c) => comparable(c, figure));
    const targets = corpus.filter((c) => c.kind === 'target' && c.year !== undefined);
    if (targets.length === 0) continue;
    const problem = compareTarget(
      context,
      figure,
      targets,
      corpus.filter((c) => c.kind === 'baseline'),
    );
    if (problem) out.push(problem);
  }
  return out;
}

function compareTarget(
  context: CheckContext,
  figure: Figure,
  targets: Figure[],
  baselines: Figure[],
): PolicyDiagnostic | undefined {
  const { locale } = context;
  const year = figure.year ?? context.year;
  if (targets.some((c) => sameAmount(c, figure) && (year === undefined || c.year === year))) return undefined;
  const sameYear = year === undefined ? [] : targets.filter((c) => c.year === year);
  // What the figure should be: the target set for its own year (a 2023 draft gets the 2023 work
  // points' figure, not the plan's 2025 one), else the target of the latest year.
  const expected = newest(context, sameYear.length > 0 ? sameYear : targets);
  // The most specific explanation first: a baseline restated as a target, then an older target, and
  // only then a plain conflict with the target set for that year.
  const baseline = baselines.find((b) => sameAmount(b, figure));
  if (baseline && !targets.some((c) => sameAmount(c, figure))) {
    return diagnostic(
      context,
      figure,
      'value.baseline-as-target',
      expected,
      t(
        locale,
        `${written(figure)}是${label(figure)}的基线值（${baseline.year ?? ''}年），不是目标；语料目标为${written(expected)}（${expected.year}年）`,
        `${written(figure)} is the baseline of ${label(figure)} (${baseline.year ?? ''}), not a target; the corpus target is ${written(expected)} (${expected.year})`,
      ),
      [baseline, expected],
    );
  }
  const older = targets.find(
    (c) => sameAmount(c, figure) && c.year !== undefined && expected.year !== undefined && c.year < expected.year,
  );
  if (older && !sameAmount(expected, figure) && (year === undefined || year > (older.year ?? 0))) {
    const doc = context.index.document(older.docId);
    return diagnostic(
      context,
      figure,
      'value.outdated',
      expected,
      t(
        locale,
        `${written(figure)}是${doc ? `《${shortTitle(doc)}》` : ''}${older.year}年的目标，已被更新：${expected.year}年目标为${written(expected)}`,
        `${written(figure)} is the ${older.year} target${doc ? ` of ${shortTitle(doc)}` : ''}; the newer target for ${expected.year} is ${written(expected)}`,
      ),
      [older, expected],
    );
  }
  if (sameYear.length > 0) {
    return diagnostic(
      context,
      figure,
      'value.conflict',
      expected,
      t(
        locale,
        `${label(figure)}${year}年的目标在语料中为${written(expected)}，此处为${written(figure)}`,
        `The corpus target of ${label(figure)} for ${year} is ${written(expected)}, not ${written(figure)}`,
      ),
      sameYear,
    );
  }
  return undefined;
}

/** The target of the latest year, from the newest document. */
function newest(context: CheckContext, figures: Figure[]): Figure {
  return [...figures].sort(
    (a, b) =>
      (b.year ?? 0) - (a.year ?? 0) || context.index.dateOf(b.docId).localeCompare(context.index.dateOf(a.docId)),
  )[0];
}

function label(figure: Figure): string {
  return nameKey(figure.subject) === nameKey(figure.metric)
    ? `“${figure.subject}”`
    : `“${figure.subject}”${figure.metric}`;
}

function diagnostic(
  context: CheckContext,
  figure: Figure,
  code: PolicyDiagnostic['code'],
  expected: Figure,
  message: string,
  sources: Figure[],
): PolicyDiagnostic {
  const related: RelatedSource[] = sources.flatMap((source) => {
    const doc = context.index.document(source.docId);
    return doc
      ? [{ uri: doc.uri, range: source.range, message: `${shortTitle(doc)}：${source.text.slice(0, 60)}` }]
      : [];
  });
  const replacement = written(expected);
  return {
    code,
    range: figure.range,
    severity: 'warning',
    message,
    related,
    fixes: [
      {
        title: t(context.locale, `改为${replacement}`, `Change to ${replacement}`),
        range: figure.range,
        newText: replacement,
        preferred: true,
      },
    ],
  };
}

/**
 * Only figures specific enough to call two numbers a contradiction: a metric of three characters or
 * more about a known name, or a quoted or long metric phrase ("部门", "服务" are too loose); and a
 * target, or a result whose sentence states its year.
 */
function isComparable(context: CheckContext, figure: Figure): boolean {
  const metric = figure.metric;
  const specific =
    metric.length >= 3 &&
    (context.index.lookupName(figure.subject).length > 0 || /“.+”/.test(metric) || metric.length >= 6);
  const dated = figure.kind === 'target' || (figure.year !== undefined && figure.text.includes(String(figure.year)));
  return specific && dated;
}

/**
 * Two group keys name one measure: same kind, year and counter, and metric phrases of four characters
 * or more that share at least half their character pairs — without a known subject on either side,
 * where the subject is the metric phrase itself.
 */
function sameMeasure(a: string, b: string): boolean {
  const [subjectA, metricA, ...restA] = a.split('|');
  const [subjectB, metricB, ...restB] = b.split('|');
  if (restA.join('|') !== restB.join('|') || metricA.length < 4 || metricB.length < 4) return false;
  if (subjectA !== nameKey(metricA) || subjectB !== nameKey(metricB)) return false;
  const pairs = (text: string) => new Set([...text].slice(1).map((ch, i) => text[i] + ch));
  const x = pairs(metricA);
  const y = pairs(metricB);
  const shared = [...x].filter((pair) => y.has(pair)).length;
  return shared / Math.min(x.size, y.size) >= 0.5 && shared >= 3;
}

/** value.inconsistent: the draft gives two values for one subject, metric, kind and year. */
export function findInconsistentValues(context: CheckContext, figures: readonly Figure[]): PolicyDiagnostic[] {
  const groups = new Map<string, Figure[]>();
  for (const figure of figures.filter((f) => isComparable(context, f))) {
    const key = [
      nameKey(figure.subject),
      figure.metric,
      figure.kind,
      figure.year ?? context.year ?? '',
      amount(figure).counter,
    ].join('|');
    // The same measure worded a little differently (…能力提升培训 / …能力提升工程…培训) joins its group.
    const similar = [...groups.keys()].find((other) => sameMeasure(other, key));
    const groupKey = similar ?? key;
    groups.set(groupKey, [...(groups.get(groupKey) ?? []), figure]);
  }
  const out: PolicyDiagnostic[] = [];
  for (const group of groups.values()) {
    const first = group[0];
    for (const other of group.slice(1)) {
      if (sameAmount(first, other)) continue;
      out.push({
        code: 'value.inconsistent',
        range: other.range,
        severity: 'warning',
        message: t(
          context.locale,
          `${label(other)}在本文稿中前后不一：第${first.range.start.line + 1}行为${written(first)}，此处为${written(other)}`,
          `${label(other)} is given two values in this draft: ${written(first)} on line ${first.range.start.line + 1}, ${written(other)} here`,
        ),
        related: [
          { uri: context.draft.uri, range: first.range, message: t(context.locale, '前文的数值', 'the earlier value') },
        ],
        fixes: [
          {
            title: t(context.locale, `改为${written(first)}`, `Change to ${written(first)}`),
            range: other.range,
            newText: written(first),
            preferred: false,
          },
        ],
      });
    }
  }
  return out;
}
