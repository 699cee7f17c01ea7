import type { Hover } from 'vscode-languageserver-types';
import type { CancellationToken } from '../cancellation.js';
import type { CorpusIndex, IndexedDocument } from '../index/corpusIndex.js';
import { t, type Locale } from '../l10n.js';
import type { Figure, KnownName, Range } from '../model.js';
import type { DraftDocument } from './documentText.js';
import { bestSentence, glossaryEntriesFor, indicatorsFor, titleRange } from './describe.js';
import { escapeMarkdown, openLink, shortTitle, sourceLabel, sourceLine } from './sources.js';
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
      ? `\n\n${t(locale, '牵头单位', 'Lead units')}：${clause.leadUnits.map((u) => u.name).join('、')}`
      : '';
    const body = clause.text.length > 600 ? `${clause.text.slice(0, 600)}…` : clause.text;
    return `**${clause.number}${escapeMarkdown(clause.title)}**\n\n${escapeMarkdown(body)}${leads}\n\n${sourceLine(locale, index, document.meta.id, clause.range, clause.path.join(''))}`;
  }
  if (target.type === 'document') return describeDocument(target.document, target.cited, locale);
  const names = [...target.names].sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind]);
  return names.map((name) => describeName(index, name, options)).join('\n\n---\n\n');
}

function describeDocument(doc: IndexedDocument | undefined, cited: string, locale: Locale): string {
  if (!doc)
    return `**${escapeMarkdown(cited)}**\n\n${t(locale, '语料中没有这份文件。', 'This document is not in the corpus.')}`;
  const m = doc.meta;
  const rows = [
    `**${sourceLabel(doc)}**`,
    '',
    `${t(locale, '文号', 'Number')}：${m.docNumber ?? t(locale, '（无）', '(none)')}  `,
    `${t(locale, '发文机关', 'Issuer')}：${m.issuer ?? '-'}  `,
    `${t(locale, '日期', 'Date')}：${m.date}  `,
    `${t(locale, '类型', 'Kind')}：${m.kind}`,
  ];
  return `${rows.join('\n')}\n\n${openLink(locale, doc, titleRange(doc))}`;
}

function describeName(index: CorpusIndex, name: KnownName, options: HoverOptions): string {
  const { locale } = options;
  const parts = [`**${escapeMarkdown(name.display)}** · ${kindLabel(name.kind, locale)}`];
  if (name.deprecated) {
    const d = name.deprecated;
    parts.push(
      `⚠ ${t(locale, '已停用', 'Deprecated')}${d.replacedBy ? t(locale, `，现为“${d.replacedBy}”`, `; now "${d.replacedBy}"`) : ''}（${t(locale, '依据', 'per')} ${d.source}${d.since ? `，${d.since}` : ''}）`,
    );
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
  const labels = {
    term: ['术语', 'term'],
    indicator: ['指标', 'indicator'],
    platform: ['平台', 'platform'],
    agency: ['单位', 'agency'],
    document: ['文件', 'document'],
  } as const;
  return t(locale, labels[kind][0], labels[kind][1]);
}

function termParts(index: CorpusIndex, name: KnownName, locale: Locale): string[] {
  return glossaryEntriesFor(index, name).flatMap(({ doc, entry }) => [
    escapeMarkdown(entry.definition),
    sourceLine(
      locale,
      index,
      doc.meta.id,
      entry.range,
      t(locale, `${entry.sectionTitle} 第${entry.number}条`, `${entry.sectionTitle}, entry ${entry.number}`),
    ),
  ]);
}

function indicatorParts(index: CorpusIndex, name: KnownName, locale: Locale): string[] {
  return indicatorsFor(index, name).flatMap(({ doc, indicator: i }) => {
    const lines = [
      `${t(locale, '单位', 'Unit')}：${i.unit ?? '-'}  `,
      `${t(locale, '现状值', 'Baseline')}：${i.baselineText ?? '-'}${i.baselineYear ? `（${i.baselineYear}${t(locale, '年', '')}）` : ''}  `,
      `${t(locale, '目标值', 'Target')}：${i.targetText ?? '-'}${i.targetYear ? `（${i.targetYear}${t(locale, '年', '')}）` : ''}`,
    ];
    if (i.method) lines.push(`  \n${t(locale, '计算方法', 'Method')}：${escapeMarkdown(i.method)}`);
    const issues = doc.dataIssues.filter(
      (issue) => i.methodRange && issue.range.start.line === i.methodRange.start.line,
    );
    const warning = issues.map((issue) => `⚠ ${escapeMarkdown(issue.message)}`);
    return [
      lines.join('\n'),
      ...warning,
      sourceLine(
        locale,
        index,
        doc.meta.id,
        i.range,
        `${i.tableTitle ?? ''} ${t(locale, `第${i.number}项`, `row ${i.number}`)}`.trim(),
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
  const heading = `**${escapeMarkdown(figure.subject !== figure.metric ? `${figure.subject} ${figure.metric}` : figure.metric)}** · ${t(locale, '指标', 'measure')}`;
  return [[heading, ...timelineOf(figures, index, options)].join('\n\n')];
}

function timelineOf(figures: readonly Figure[], index: CorpusIndex, options: HoverOptions): string[] {
  const { locale } = options;
  const table = timelineTable(index, figures, locale);
  if (!table) return [];
  const chart = options.images ? timelineChart(figures) : '';
  return [`${t(locale, '历年数值', 'Figures by year')}：\n\n${table}`, ...(chart ? [chart] : [])];
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
  parts.push(
    t(
      locale,
      `语料中提及 ${mentions.length} 次，涉及 ${docs} 个文件${span ? `（${span}）` : ''}。`,
      `Mentioned ${mentions.length} times in ${docs} documents${span ? ` (${span})` : ''}.`,
    ),
  );
  if (described) parts.push(sourceLine(locale, index, described.doc.meta.id, described.range));
  return parts;
}

const FIGURE_KIND = {
  baseline: ['基线', 'baseline'],
  target: ['目标', 'target'],
  achieved: ['已达', 'achieved'],
} as const;

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
        return `${f.year ?? ''}${t(locale, '年', '')} ${t(locale, FIGURE_KIND[f.kind][0], FIGURE_KIND[f.kind][1])} ${f.comparator}${f.value}${f.unit}（${link}）`;
      });
    return `- ${escapeMarkdown(metric)}：${items.join(' · ')}`;
  });
  return lines.length ? `${t(locale, '数值', 'Figures')}：\n${lines.join('\n')}` : '';
}

function agencyParts(index: CorpusIndex, name: KnownName, locale: Locale): string[] {
  const parts: string[] = [];
  if (name.aliases.length) parts.push(`${t(locale, '简称/别名', 'Also written')}：${name.aliases.join('、')}`);
  const counts = index.documents
    .map((doc) => ({ doc, count: doc.clauses.filter((c) => c.leadUnits.some((u) => u.name === name.name)).length }))
    .filter((entry) => entry.count > 0);
  if (counts.length) {
    parts.push(
      `${t(locale, '牵头任务', 'Tasks led')}：\n${counts.map(({ doc, count }) => `- ${sourceLabel(doc)}：${count}${t(locale, ' 项', '')}`).join('\n')}`,
    );
  }
  const span = usageSpan(index, name, locale);
  const docs = historyOf(index, name).uses.length;
  if (span)
    parts.push(t(locale, `语料中使用：${span}，${docs} 个文件。`, `Used in the corpus: ${span}, ${docs} documents.`));
  return parts;
}
