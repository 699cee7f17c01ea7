// The draft's figures, read as the corpus's are (figuresInText, tableFigures, canonicalFigure) with the
// draft's own year as the default target year — except in a sentence that cites a corpus document
// (《…》提出…), whose figures are that document's.
import { canonicalFigure } from '../../figures/canonicalFigure.js';
import { FigureLineMemo, figuresInTextSteps } from '../../figures/figuresInText.js';
import { tableFigures } from '../../figures/tableFigures.js';
import type { Figure } from '../../model.js';
import { memoKey, type DerivedKey } from '../../index/derivedCache.js';
import { findDocNumbers, findTitleCitations } from '../../names/citations.js';
import { readTables } from '../../parse/markdownTables.js';
import { buildSections } from '../../parse/sections.js';
import type { CheckContext, SharedAnalysis } from '../context.js';

/** Figures per draft line and context, per index: an edit re-reads only the lines it changed. */
const FIGURE_LINES: DerivedKey<FigureLineMemo> = { name: 'draft figures per line', build: () => new FigureLineMemo() };
/** The year of the corpus document a line cites (null: none), per index and line text. */
const CITED_YEAR = memoKey<number | null>('cited document year per line');
/** canonicalFigure reads only a figure's subject and metric: its answer per those, per index. */
const CANONICAL = memoKey<{ readonly subject: string; readonly metric: string }>('canonical measure per phrase');

export const DRAFT_FIGURES: SharedAnalysis<Figure[]> = {
  name: 'draft figures',
  *compute(context) {
    const { draft, index } = context;
    const tables = readTables(draft.lines, 0);
    const prose = yield* figuresInTextSteps({
      memo: index.derived.get(FIGURE_LINES),
      spanYear: (line) => {
        const text = draft.lines.lineText(line);
        return index.derived.get(CITED_YEAR).get(text, (own) => citedDocumentYear(context, own) ?? null) ?? undefined;
      },
      docId: draft.uri,
      text: draft.text,
      lines: draft.lines,
      sections: buildSections(draft.lines, 0),
      fromLine: 0,
      // Targets default to the year the draft is about (a period's end); what is before the year it was
      // written in is past.
      defaultYear: context.year,
      asOfYear:
        (context.date.year ?? context.year) !== undefined ? (context.date.year ?? context.year)! - 1 : undefined,
      issuedYear: context.date.year ?? context.year,
      matches: context.matches,
      lookupName: (text) => index.lookupName(text),
      tables,
    });
    yield;
    const tableFigureList = tables.flatMap((table) =>
      tableFigures(table, { docId: draft.uri, lines: draft.lines, targetYear: context.year }),
    );
    yield;
    return (
      [...prose, ...tableFigureList]
        // Traditional-script lines are not read (their words are not the corpus's; said in the note).
        .filter((figure) => !context.view.traditionalLines.has(figure.range.start.line))
        .map((figure) => {
          const measure = index.derived.get(CANONICAL).get(`${figure.subject}\u0001${figure.metric}`, () => {
            const { subject, metric } = canonicalFigure(figure, (text) => index.lookupName(text));
            return { subject, metric };
          });
          return measure.subject === figure.subject && measure.metric === figure.metric
            ? figure
            : { ...figure, ...measure };
        })
        .sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character)
    );
  },
};

function citedDocumentYear(context: CheckContext, line: string): number | undefined {
  const references = [...findTitleCitations(line).map((c) => c.title), ...findDocNumbers(line).map((n) => n.canonical)];
  for (const reference of references) {
    const doc = context.index.findDocument(reference);
    if (doc) return doc.meta.period?.[1] ?? Number(doc.meta.date.slice(0, 4));
  }
  return undefined;
}
