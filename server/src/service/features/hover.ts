import type { Hover } from 'vscode-languageserver-types';
import type { CancellationToken } from '../cancellation.js';
import type { CorpusIndex, IndexedDocument } from '../index/corpusIndex.js';
import type { Locale } from '../l10n.js';
import { dataIssueMessage } from '../messages/dataIssues.js';
import { say } from '../messages/entry.js';
import { FIGURE_KIND_LABELS, HOVER_MESSAGES as M, KIND_LABELS } from '../messages/hover.js';
import type { Figure, KnownName, Range } from '../model.js';
import type { DraftDocument } from './documentText.js';
import { bestSentence, glossaryEntriesFor, indicatorsFor, titleRange } from './describe.js';
import { escapeMarkdown, markdownSourceLabel, openLink, shortTitle, sourceLine } from './sources.js';
import { targetAt, type Target } from './targetAt.js';
import { historyOf } from '../history/nameHistory.js';
import { figureMeasureTimeline, measureTimeline } from '../figures/corpusMeasures.js';
import { replacementPart, timelineChart, timelineTable, usageSpan } from './historyHover.js';
import type { Finding } from '../checks/finding.js';
import { explainFinding } from './explainFinding.js';

const KIND_ORDER: Record<KnownName['kind'], number> = { term: 0, indicator: 1, platform: 2, agency: 3, document: 4 };

export function hover(
  index: CorpusIndex,
  draft: DraftDocument,
  position: { line: number; character: number },
  options: HoverOptions,
  token?: CancellationToken,
): Hover | undefined {
  const { locale, findings } = options;
  const target = targetAt(index, draft, draft.lines.offsetAt(position));
  if (token?.isCancellationRequested) return undefined;
  // On a diagnostic: why the checker says so (confidence and evidence), above what the corpus knows.
  const here = findings.filter((f) => contains(f.range, position));
  const figure = options.figures?.find((f) => contains(f.range, position));
  const parts = [
    ...here.map((f) => explainFinding(f, locale)),
    ...(target ? [describeTarget(index, target, options)] : []),
    ...(figure ? figureTimeline(index, figure, options) : []),
  ];
  const value = parts.filter(Boolean).join('\n\n---\n\n');
  if (!value) return undefined;
  return { contents: { kind: 'markdown', value }, range: target?.range ?? here[0]?.range ?? figure?.range };
}

const contains = (range: Range, p: { line: number; character: number }) =>
  (range.start.line < p.line || (range.start.line === p.line && range.start.character <= p.character)) &&
  (p.line < range.end.line || (p.line === range.end.line && p.character <= range.end.character));

export interface HoverOptions {
  readonly locale: Locale;
  /** Findings already computed for the draft: on a diagnostic the hover explains it. */
  readonly findings: readonly Finding[];
  /** The draft's figures as the last check read them: on one, the hover shows its measure's timeline. */
  readonly figures?: readonly Figure[];
  /** The client renders images in hovers (VS Code): a measure's values come with a small chart. */
  readonly images: boolean;
}

function describeTarget(index: CorpusIndex, target: Target, options: HoverOptions): string | undefined {
  const { locale } = options;
  if (target.type === 'clause') {
    const { clause, document } = target;
    const leads = clause.leadUnits.length
      ? `\n\n${say(locale, M.leadUnits, { value: clause.leadUnits.map((u) => u.name).join('、') })}`
      : '';
    const body = clause.text.length > 600 ? `${clause.text.slice(0, 600)}…` : clause.text;
    return `**${clause.number}${escapeMarkdown(clause.title)}**\n\n${escapeMarkdown(body)}${leads}\n\n${sourceLine(locale, index, document.meta.id, clause.range, clause.path.join(''))}`;
  }
  if (target.type === 'document') return describeDocument(target.document, target.cited, locale);
  const names = [...target.names].sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind]);
  return names.map((name) => describeName(index, name, options)).join('\n\n---\n\n');
}

function describeDocument(doc: IndexedDocument | undefined, cited: string, locale: Locale): string {
  if (!doc) return `**${escapeMarkdown(cited)}**\n\n${say(locale, M.documentNotInCorpus, {})}`;
  const m = doc.meta;
  const rows = [
    `**${markdownSourceLabel(doc)}**`,
    '',
    `${say(locale, M.docNumber, { value: m.docNumber ? escapeMarkdown(m.docNumber) : say(locale, M.noDocNumber, {}) })}  `,
    `${say(locale, M.issuer, { value: m.issuer ? escapeMarkdown(m.issuer) : '-' })}  `,
    `${say(locale, M.date, { value: escapeMarkdown(m.date) })}  `,
    say(locale, M.documentKind, { value: m.kind }),
  ];
  return `${rows.join('\n')}\n\n${openLink(locale, doc, titleRange(doc))}`;
}

function describeName(index: CorpusIndex, name: KnownName, options: HoverOptions): string {
  const { locale } = options;
  const parts = [`**${escapeMarkdown(name.display)}** · ${kindLabel(name.kind, locale)}`];
  if (name.deprecated) {
    parts.push(say(locale, M.deprecated, name.deprecated));
  }
  const replaced = replacementPart(index, name, locale);
  if (replaced) parts.push(replaced);
  if (name.kind === 'term') parts.push(...termParts(index, name, locale));
  if (name.kind === 'indicator')
    parts.push(...indicatorParts(index, name, locale), ...timelineParts(index, name, options));
  if (name.kind === 'platform') parts.push(...platformParts(index, name, locale));
  if (name.kind === 'agency') parts.push(...agencyParts(index, name, locale));
  if (name.kind === 'document') {
    return describeDocument(name.docId ? index.document(name.docId) : undefined, name.display, locale);
  }
  return parts.join('\n\n');
}

function kindLabel(kind: KnownName['kind'], locale: Locale): string {
  return say(locale, KIND_LABELS[kind], {});
}

function termParts(index: CorpusIndex, name: KnownName, locale: Locale): string[] {
  return glossaryEntriesFor(index, name).flatMap(({ doc, entry }) => [
    escapeMarkdown(entry.definition),
    sourceLine(
      locale,
      index,
      doc.meta.id,
      entry.range,
      say(locale, M.glossaryEntry, { section: entry.sectionTitle, number: entry.number }),
    ),
  ]);
}

function indicatorParts(index: CorpusIndex, name: KnownName, locale: Locale): string[] {
  return indicatorsFor(index, name).flatMap(({ doc, indicator: i }) => {
    const lines = [
      `${say(locale, M.unit, { value: i.unit ?? '-' })}  `,
      `${say(locale, M.baseline, { value: i.baselineText ?? '-', year: i.baselineYear })}  `,
      say(locale, M.target, { value: i.targetText ?? '-', year: i.targetYear }),
    ];
    if (i.method) lines.push(`  \n${say(locale, M.method, { value: escapeMarkdown(i.method) })}`);
    const issues = doc.dataIssues.filter(
      (issue) => i.methodRange && issue.range.start.line === i.methodRange.start.line,
    );
    const warning = issues.map((issue) => `⚠ ${escapeMarkdown(dataIssueMessage(locale, issue.problem))}`);
    return [
      lines.join('\n'),
      ...warning,
      sourceLine(
        locale,
        index,
        doc.meta.id,
        i.range,
        say(locale, M.indicatorRow, { table: i.tableTitle ?? '', number: i.number }),
      ),
    ];
  });
}

/** An indicator's measure over time, in every wording the corpus uses: a table, and a chart. */
function timelineParts(index: CorpusIndex, name: KnownName, options: HoverOptions): string[] {
  return timelineOf(measureTimeline(index, name.name), index, options);
}

/** On a figure of the draft: the corpus's figures for the same measure, by year. */
function figureTimeline(index: CorpusIndex, figure: Figure, options: HoverOptions): string[] {
  const figures = figureMeasureTimeline(index, figure);
  if (figures.length === 0) return [];
  const { locale } = options;
  const heading = `**${escapeMarkdown(figure.subject !== figure.metric ? `${figure.subject} ${figure.metric}` : figure.metric)}** · ${say(locale, M.measure, {})}`;
  return [[heading, ...timelineOf(figures, index, options)].join('\n\n')];
}

function timelineOf(figures: readonly Figure[], index: CorpusIndex, options: HoverOptions): string[] {
  const { locale } = options;
  const table = timelineTable(index, figures, locale);
  if (!table) return [];
  const chart = options.images ? timelineChart(figures) : '';
  return [say(locale, M.figuresByYear, { value: `\n\n${table}` }), ...(chart ? [chart] : [])];
}

function platformParts(index: CorpusIndex, name: KnownName, locale: Locale): string[] {
  const parts: string[] = [];
  const described = bestSentence(index, name);
  if (described?.sentence) parts.push(`> ${escapeMarkdown(described.sentence)}`);
  const figures = figureLines(index, index.figuresFor(name.name), locale);
  if (figures) parts.push(figures);
  const mentions = index.mentionsOf(name);
  const docs = new Set(mentions.map((m) => m.docId)).size;
  const span = usageSpan(index, name, locale);
  parts.push(say(locale, M.mentioned, { mentions: mentions.length, documents: docs, span }));
  if (described) parts.push(sourceLine(locale, index, described.doc.meta.id, described.range));
  return parts;
}

/** Figures grouped by metric: 日均活跃用户：2020 基线 80万名 · 2021 目标 100万 · 2025 目标 150万名. */
function figureLines(index: CorpusIndex, figures: readonly Figure[], locale: Locale): string {
  const byMetric = new Map<string, Figure[]>();
  // A metric of one or two characters (服务, 业务) lost its qualifier in extraction: too vague to show.
  for (const figure of figures.filter((f) => f.metric.length >= 3))
    byMetric.set(figure.metric, [...(byMetric.get(figure.metric) ?? []), figure]);
  const lines = [...byMetric].slice(0, 8).map(([metric, list]) => {
    const seen = new Set<string>();
    const items = list
      .sort((a, b) => (a.year ?? 0) - (b.year ?? 0))
      .filter((f) => {
        const key = `${f.kind}${f.year}${f.value}${f.unit}`;
        return seen.has(key) ? false : (seen.add(key), true);
      })
      .map((f) => {
        const doc = index.document(f.docId);
        const link = doc ? openLink(locale, doc, f.range, shortTitle(doc)) : '';
        const kind = say(locale, FIGURE_KIND_LABELS[f.kind], {});
        return say(locale, M.figureItem, { year: f.year, kind, value: `${f.comparator}${f.value}${f.unit}`, link });
      });
    return say(locale, M.figureMetric, { metric: escapeMarkdown(metric), items });
  });
  return lines.length ? say(locale, M.figures, { value: `\n${lines.join('\n')}` }) : '';
}

function agencyParts(index: CorpusIndex, name: KnownName, locale: Locale): string[] {
  const parts: string[] = [];
  if (name.aliases.length) parts.push(say(locale, M.alsoWritten, { aliases: name.aliases }));
  const counts = index.documents
    .map((doc) => ({ doc, count: doc.clauses.filter((c) => c.leadUnits.some((u) => u.name === name.name)).length }))
    .filter((entry) => entry.count > 0);
  if (counts.length) {
    const lines = counts.map(({ doc, count }) =>
      say(locale, M.tasksLedIn, { document: markdownSourceLabel(doc), count }),
    );
    parts.push(say(locale, M.tasksLed, { value: `\n${lines.join('\n')}` }));
  }
  const span = usageSpan(index, name, locale);
  const docs = historyOf(index, name).documents;
  if (span) parts.push(say(locale, M.usedInCorpus, { span, documents: docs }));
  return parts;
}
