import type { StructuredDocument } from '../corpus/loadCorpus.js';
import type { NameMatcher } from '../index/nameMatcher.js';
import type { Figure, KnownName, Section } from '../model.js';
import { flattenSections } from '../parse/sections.js';
import { isAchievedHeading } from './comparators.js';
import { extractFigures, figuresFromIndicatorRow, type FigureSpan, type KnownSubject } from './extractFigures.js';
import { metricKey } from './metric.js';

const SUBJECT_KINDS = new Set<KnownName['kind']>(['platform', 'indicator']);

/** Figures of one document: prose paragraphs (with their section's context) and indicator table rows. */
export function documentFigures(doc: StructuredDocument, matcher: NameMatcher<KnownName>): Figure[] {
  const subjects = matcher
    .findAll(doc.text)
    .filter((match) => match.values.some((name) => SUBJECT_KINDS.has(name.kind)))
    .map((match) => ({ start: match.start, end: match.end, name: preferredName(match.values) }));
  const findSubjects = (start: number, end: number): KnownSubject[] => subjects.filter((s) => s.start >= start && s.end <= end);
  const prose = extractFigures({
    docId: doc.meta.id,
    text: doc.text,
    sentences: paragraphSpans(doc),
    findSubjects,
    toRange: (start, end) => doc.lines.rangeOf(start, end),
    defaultYear: doc.meta.period?.[1],
  });
  const tables = doc.indicators.flatMap((indicator) => {
    const platform = subjects.find((s) => indicator.name.includes(s.name) && s.name !== indicator.name && isPlatform(matcher, s.name));
    const metricPhrase = platform ? indicator.name.replace(/[“”"]/g, '').replace(platform.name, '') : indicator.name;
    return figuresFromIndicatorRow({
      ...indicator,
      subject: platform?.name ?? indicator.name,
      metric: metricKey(metricPhrase),
    });
  });
  return [...prose, ...tables];
}

function preferredName(values: readonly KnownName[]): string {
  return (values.find((v) => v.kind === 'platform') ?? values.find((v) => v.kind === 'indicator') ?? values[0]).name;
}

function isPlatform(matcher: NameMatcher<KnownName>, name: string): boolean {
  return matcher.findAll(name).some((m) => m.start === 0 && m.end === name.length && m.values.some((v) => v.kind === 'platform'));
}

/** Every prose line of the body (tables are read as indicator rows), with its section's context. */
function paragraphSpans(doc: StructuredDocument): FigureSpan[] {
  const achievedLines = new Set<number>();
  for (const section of flattenSections(doc.sections).filter((s: Section) => isAchievedHeading(s.title))) {
    for (let line = section.fullRange.start.line; line <= section.fullRange.end.line; line++) achievedLines.add(line);
  }
  const spans: FigureSpan[] = [];
  for (let line = doc.bodyStartLine; line < doc.lines.lineCount; line++) {
    const text = doc.lines.lineText(line);
    if (!text.trim() || /^\s*\|/.test(text)) continue;
    const start = doc.lines.lineStart(line);
    // Results reported in a plan or work points are as of the year before the period starts.
    const achieved = achievedLines.has(line);
    const asOf = achieved && doc.meta.period ? doc.meta.period[0] - 1 : undefined;
    spans.push({ start, end: start + text.length, achieved: achieved || undefined, year: asOf });
  }
  return spans;
}
