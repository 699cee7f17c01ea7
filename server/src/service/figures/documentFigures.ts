import type { StructuredDocument } from '../corpus/loadCorpus.js';
import type { NameMatcher } from '../index/nameMatcher.js';
import type { Figure, KnownName } from '../model.js';
import { figuresFromIndicatorRow } from './extractFigures.js';
import { figureSubjects, figuresInText } from './figuresInText.js';
import { metricKey } from './metric.js';

/** Figures of one corpus document: prose (with each section's context) and indicator table rows. */
export function documentFigures(doc: StructuredDocument, matcher: NameMatcher<KnownName>): Figure[] {
  const matches = matcher.findAll(doc.text);
  const prose = figuresInText({
    docId: doc.meta.id,
    text: doc.text,
    lines: doc.lines,
    sections: doc.sections,
    fromLine: doc.bodyStartLine,
    defaultYear: doc.meta.period?.[1],
    // Results reported in a plan or work points are as of the year before the period starts.
    asOfYear: doc.meta.period ? doc.meta.period[0] - 1 : undefined,
    matches,
  });
  const platforms = figureSubjects(matches).filter((s) => isPlatform(matcher, s.name));
  const tables = doc.indicators.flatMap((indicator) => {
    const platform = platforms.find((s) => indicator.name.includes(s.name) && s.name !== indicator.name);
    const metricPhrase = platform ? indicator.name.replace(/[“”"]/g, '').replace(platform.name, '') : indicator.name;
    return figuresFromIndicatorRow({
      ...indicator,
      subject: platform?.name ?? indicator.name,
      metric: metricKey(metricPhrase),
    });
  });
  return [...prose, ...tables];
}

function isPlatform(matcher: NameMatcher<KnownName>, name: string): boolean {
  return matcher
    .findAll(name)
    .some((m) => m.start === 0 && m.end === name.length && m.values.some((v) => v.kind === 'platform'));
}
