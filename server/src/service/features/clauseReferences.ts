import type { CorpusIndex, IndexedDocument } from '../index/corpusIndex.js';
import type { Clause } from '../model.js';
import { CHINESE_NUMERAL_CLASS } from '../text/chineseNumerals.js';
import { nameKey } from '../text/normalize.js';

export interface ClauseReference {
  readonly start: number;
  readonly end: number;
  readonly clause: Clause;
  readonly document: IndexedDocument;
}

const NUMBER = `[（(][${CHINESE_NUMERAL_CLASS}]+[）)]`;
/** 《…》（五） or 2022年工作要点（五） / 2022年度…工作要点（五）. */
const REFERENCE = new RegExp(
  `(?:《([^《》]{2,80})》|((?:19|20)\\d{2})\\s*年度?([\\u4e00-\\u9fff“”]{0,16}?)(工作要点|规划|实施意见|意见|方案|通知))\\s*(?:第)?(${NUMBER})`,
  'g',
);

/** Clause references in a line, resolved to corpus tasks; unresolvable ones are left out. */
export function findClauseReferences(index: CorpusIndex, line: string): ClauseReference[] {
  const out: ClauseReference[] = [];
  for (const match of line.matchAll(REFERENCE)) {
    const document = match[1]
      ? index.findDocument(match[1])
      : documentByYearAndKind(index, Number(match[2]), match[3], match[4]);
    const clause = document ? index.clause(document.meta.id, match[5]) : undefined;
    if (document && clause) out.push({ start: match.index, end: match.index + match[0].length, clause, document });
  }
  return out;
}

function documentByYearAndKind(
  index: CorpusIndex,
  year: number,
  words: string,
  kind: string,
): IndexedDocument | undefined {
  const candidates = index.documents.filter((doc) => {
    const [from, to] = doc.meta.period ?? [Number(doc.meta.date.slice(0, 4)), Number(doc.meta.date.slice(0, 4))];
    return (
      doc.meta.title.includes(kind) && from <= year && year <= to && nameKey(doc.meta.title).includes(nameKey(words))
    );
  });
  // An annual document for exactly that year beats a plan that merely covers it.
  return candidates.sort((a, b) => span(a) - span(b))[0];
}

function span(doc: IndexedDocument): number {
  return doc.meta.period ? doc.meta.period[1] - doc.meta.period[0] : 0;
}
