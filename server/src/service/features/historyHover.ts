// What the hover says of a name's history (used 2021–2022; replaced by Y in 2022 per 《…》) and of a
// measure's timeline (a compact table by year; where the client renders images, a small chart).
import type { CorpusIndex } from '../index/corpusIndex.js';
import { historyOf } from '../history/nameHistory.js';
import type { Locale } from '../l10n.js';
import { say } from '../messages/entry.js';
import { FIGURE_KIND_LABELS, HOVER_MESSAGES as M } from '../messages/hover.js';
import type { Figure, KnownName } from '../model.js';
import { normalizeQuantity } from '../figures/units.js';
import { escapeMarkdown, openLink, shortTitle } from './sources.js';

/** The years a name is used in, as the hover says it: 2021—2023年, or 2022年. */
export function usageSpan(index: CorpusIndex, name: KnownName, locale: Locale): string | undefined {
  const history = historyOf(index, name);
  if (!history.first || !history.last) return undefined;
  const [first, last] = [history.first.slice(0, 4), history.last.slice(0, 4)];
  const span = first === last ? first : `${first}—${last}`;
  return say(locale, M.usageSpan, { span });
}

/**
 * What replaced a name, learned from the documents (stated or shown by usage): ⚠ 2023年起由“Y”取代（依据
 * 《…》）. A registry entry says it in the hover's own deprecated line.
 */
export function replacementPart(index: CorpusIndex, name: KnownName, locale: Locale): string | undefined {
  const r = historyOf(index, name).replacement;
  if (!r || r.how === 'registry') return undefined;
  const doc = index.document(r.docId);
  const source = doc ? `《${escapeMarkdown(doc.meta.title)}》` : '';
  const successor = r.replacedBy ? escapeMarkdown(r.replacedBy) : '';
  const year = r.since.slice(0, 4);
  return say(locale, r.how === 'usage' ? M.replacedByUsage : M.replacedByStatement, { year, successor, source });
}

/**
 * A measure's figures as a table by year (for one year, the older document first): year, kind, value,
 * the document (a link to the place). The same figure stated twice in one document is one row.
 */
export function timelineTable(index: CorpusIndex, figures: readonly Figure[], locale: Locale): string {
  const seen = new Set<string>();
  const rows = [...figures]
    .sort((a, b) => (a.year ?? 0) - (b.year ?? 0) || index.dateOf(a.docId).localeCompare(index.dateOf(b.docId)))
    .filter((f) => {
      const key = `${f.docId}${f.kind}${f.year}${f.value}${f.unit}`;
      return seen.has(key) ? false : (seen.add(key), true);
    })
    .slice(0, 12)
    .map((f) => {
      const doc = index.document(f.docId);
      const link = doc ? openLink(locale, doc, f.range, shortTitle(doc)) : f.docId;
      return `| ${f.year ?? ''} | ${say(locale, FIGURE_KIND_LABELS[f.kind], {})} | ${escapeMarkdown(`${f.comparator ? `${f.comparator} ` : ''}${f.value}${f.unit}`)} | ${link} |`;
    });
  if (rows.length === 0) return '';
  return [say(locale, M.timelineHeader, {}), '| --- | --- | --- | --- |', ...rows].join('\n');
}

/**
 * The values by year as a small SVG chart (a data URI image): one dot per figure, targets filled,
 * baselines and results hollow. Only when every figure counts the same unit and there are two years.
 */
export function timelineChart(figures: readonly Figure[]): string {
  const points = figures.filter((f) => f.year !== undefined).map((f) => ({ f, q: normalizeQuantity(f.value, f.unit) }));
  if (points.length < 2 || new Set(points.map((p) => p.q.counter)).size !== 1) return '';
  const years = points.map((p) => p.f.year!);
  const values = points.map((p) => p.q.base);
  const [minYear, maxYear] = [Math.min(...years), Math.max(...years)];
  const [minValue, maxValue] = [Math.min(0, ...values), Math.max(...values)];
  if (minYear === maxYear || maxValue === minValue) return '';
  const width = 240;
  const height = 90;
  const x = (year: number) => 20 + ((year - minYear) / (maxYear - minYear)) * (width - 40);
  const y = (value: number) => height - 15 - ((value - minValue) / (maxValue - minValue)) * (height - 30);
  const dots = points
    .map(({ f, q }) => {
      const fill = f.kind === 'target' ? '#1f6feb' : 'none';
      return `<circle cx="${x(f.year!).toFixed(1)}" cy="${y(q.base).toFixed(1)}" r="4" fill="${fill}" stroke="#1f6feb" stroke-width="1.5"/>`;
    })
    .join('');
  const labels = [...new Set(years)]
    .map(
      (year) =>
        `<text x="${x(year).toFixed(1)}" y="${height - 2}" font-size="9" text-anchor="middle" fill="#888">${year}</text>`,
    )
    .join('');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><line x1="15" y1="${height - 15}" x2="${width - 10}" y2="${height - 15}" stroke="#888" stroke-width="0.5"/>${dots}${labels}</svg>`;
  return `![chart](data:image/svg+xml;base64,${toBase64(svg)})`;
}

/** Base64 of UTF-8 text, without Buffer (the service is pure; btoa takes Latin-1 only). */
function toBase64(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}
