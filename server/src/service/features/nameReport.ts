import type { CorpusIndex } from '../index/corpusIndex.js';
import type { Locale } from '../l10n.js';
import { say } from '../messages/entry.js';
import { NAME_REPORT_MESSAGES as M } from '../messages/nameReport.js';
import type { Figure, KnownName } from '../model.js';
import { measureTimeline } from '../figures/corpusMeasures.js';
import { historyOf, usesOf } from '../history/nameHistory.js';
import { nameKey } from '../text/normalize.js';
import { shortTitle } from './sources.js';

/** What the index knows about one name, with sources (document, 文号, line). */
export function nameReport(index: CorpusIndex, query: string, locale: Locale): string {
  const names = index.lookupName(query);
  if (names.length === 0) {
    const document = index.findDocument(query);
    if (document)
      return describeDocumentName(
        index,
        index.names.find((n) => n.kind === 'document' && n.docId === document.meta.id)!,
        locale,
      );
    // Not a name: perhaps a measure (政务云资源算力规模, 视频联网共享): its timeline.
    const timeline = measureTimeline(index, query);
    if (timeline.length > 0)
      return [say(locale, M.heading, { name: query, kind: 'measure' }), ...timelineLines(index, timeline, locale)].join(
        '\n',
      );
    return say(locale, M.unknown, { query });
  }
  return names.map((name) => describeOne(index, name, locale)).join('\n\n');
}

function where(index: CorpusIndex, docId: string, line: number, locale: Locale): string {
  const meta = index.document(docId)?.meta;
  return meta
    ? say(locale, M.where, { title: meta.title, docNumber: meta.docNumber, line: line + 1 })
    : `${docId}:${line + 1}`;
}

function describeOne(index: CorpusIndex, name: KnownName, locale: Locale): string {
  if (name.kind === 'document') return describeDocumentName(index, name, locale);
  const lines = [say(locale, M.heading, { name: name.display, kind: name.kind })];
  if (name.aliases.length) lines.push(say(locale, M.aliases, { aliases: name.aliases }));
  if (name.deprecated) lines.push(say(locale, M.deprecated, name.deprecated));
  for (const doc of index.documents) {
    for (const entry of doc.glossary.filter((e) => e.terms.some((t) => nameKey(t) === nameKey(name.name)))) {
      lines.push(
        say(locale, M.definition, {
          section: entry.sectionTitle,
          number: entry.number,
          where: where(index, doc.meta.id, entry.range.start.line, locale),
          definition: entry.definition,
        }),
      );
    }
    for (const indicator of doc.indicators.filter((i) => nameKey(i.name) === nameKey(name.name))) {
      lines.push(
        say(locale, M.indicator, {
          table: indicator.tableTitle ?? '',
          number: indicator.number,
          where: where(index, doc.meta.id, indicator.range.start.line, locale),
          unit: indicator.unit ?? '-',
          baseline: indicator.baselineText ?? '-',
          baselineYear: String(indicator.baselineYear ?? '?'),
          target: indicator.targetText ?? '-',
          targetYear: String(indicator.targetYear ?? '?'),
        }),
      );
      if (indicator.method) lines.push(say(locale, M.method, { method: indicator.method }));
    }
  }
  const figures = name.kind === 'indicator' ? measureTimeline(index, name.name) : index.figuresFor(name.name);
  if (figures.length) lines.push(...timelineLines(index, figures, locale));
  lines.push(...historyLines(index, name, locale));
  const mentions = index.mentionsOf(name);
  const docs = new Set(mentions.map((m) => m.docId));
  lines.push(say(locale, M.mentions, { mentions: mentions.length, documents: docs.size }));
  for (const mention of mentions.slice(0, 5))
    lines.push(`    ${where(index, mention.docId, mention.range.start.line, locale)}: ${mention.written}`);
  return lines.join('\n');
}

/** The documents that use a name, first and last use, and what replaced it (if the corpus shows it). */
function historyLines(index: CorpusIndex, name: KnownName, locale: Locale): string[] {
  const history = historyOf(index, name);
  const lines: string[] = [];
  const uses = usesOf(index, name);
  if (uses.length) {
    lines.push(say(locale, M.used, { first: history.first ?? '', last: history.last ?? '' }));
    for (const use of uses) {
      const doc = index.document(use.docId);
      lines.push(
        say(locale, M.usedIn, { date: use.date, document: doc ? shortTitle(doc) : use.docId, count: use.count }),
      );
    }
  }
  const r = history.replacement;
  if (r) {
    const doc = index.document(r.docId);
    lines.push(
      say(locale, M.replaced, {
        replacedBy: r.replacedBy,
        since: r.since,
        how: r.how,
        document: doc ? shortTitle(doc) : undefined,
        sentence: r.sentence,
      }),
    );
  }
  return lines;
}

/** A measure's figures by document and year: kind, value, where. */
function timelineLines(index: CorpusIndex, figures: readonly Figure[], locale: Locale): string[] {
  return [
    say(locale, M.figures, {}),
    ...figures.map(
      (f) =>
        `    ${index.dateOf(f.docId)} ${formatFigure(f, locale)} — ${where(index, f.docId, f.range.start.line, locale)}`,
    ),
  ];
}

export function formatFigure(f: Figure, locale: Locale): string {
  return say(locale, M.figure, {
    metric: f.metric,
    comparator: f.comparator,
    value: `${f.value}${f.unit}`,
    kind: f.kind,
    year: f.year,
  });
}

function describeDocumentName(index: CorpusIndex, name: KnownName, locale: Locale): string {
  const document = name.docId ? index.document(name.docId) : undefined;
  const lines = [say(locale, M.heading, { name: name.display, kind: 'document' })];
  if (document) {
    const m = document.meta;
    lines.push(
      say(locale, M.docNumber, { number: m.docNumber }),
      say(locale, M.issuer, { issuer: m.issuer ?? '-' }),
      say(locale, M.date, { date: m.date }),
      say(locale, M.documentKind, { kind: m.kind }),
      say(locale, M.corpusFile, { id: m.id }),
    );
    if (m.supplied?.length) lines.push(say(locale, M.supplied, { fields: m.supplied }));
  } else {
    lines.push(say(locale, M.notInCorpus, {}));
  }
  lines.push(say(locale, M.cited, { count: index.mentionCount(name) }));
  return lines.join('\n');
}
