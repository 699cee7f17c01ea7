import type { StructuredDocument } from '../corpus/loadCorpus.js';
import type { NameMatch } from '../index/nameMatcher.js';
import type { Figure, KnownName } from '../model.js';
import { figuresInTextSteps } from './figuresInText.js';
import { tableFigures } from './tableFigures.js';

/**
 * Figures of one corpus document: prose (with each section's context) and its tables of figures, read
 * the same way as a draft's (figuresInText, tableFigures); yielding between a few lines' figures
 * (indexing pauses there).
 */
export function* documentFiguresSteps(
  doc: StructuredDocument,
  /** The known names in the document's text (the corpus matcher's findAll over it). */
  matches: ReadonlyArray<NameMatch<KnownName>>,
  lookupName: (text: string) => readonly KnownName[],
): Generator<void, Figure[]> {
  const [periodStart, periodEnd] = doc.meta.period ?? [undefined, undefined];
  const prose = yield* figuresInTextSteps({
    docId: doc.meta.id,
    text: doc.text,
    lines: doc.lines,
    sections: doc.sections,
    fromLine: doc.bodyStartLine,
    defaultYear: periodEnd,
    // Results reported in a plan or work points are as of the year before the period starts.
    asOfYear: periodStart !== undefined ? periodStart - 1 : undefined,
    // A year before the one the document was issued in is past: its figures are results.
    issuedYear: Number(doc.meta.date.slice(0, 4)),
    matches,
    lookupName,
  });
  const tables = doc.tables.flatMap((table) =>
    tableFigures(table, {
      docId: doc.meta.id,
      lines: doc.lines,
      baselineYear: periodStart !== undefined ? periodStart - 1 : undefined,
      targetYear: periodEnd,
    }),
  );
  return [...prose, ...tables];
}
