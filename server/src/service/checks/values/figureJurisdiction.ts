import type { IndexedDocument } from '../../index/corpusIndex.js';
import { scopeOf, type Jurisdiction } from '../../language/jurisdiction.js';
import type { Figure } from '../../model.js';
import type { CheckContext } from '../context.js';

/**
 * Whose figure a draft states. A platform's figure is the figure of the province whose documents set up
 * the platform (a city plan restating the 粤省事 target speaks of Guangdong's platform). Any other
 * measure belongs to the jurisdiction the sentence names (全省 / 全市) or, failing that, to the draft's.
 */
export function figureJurisdiction(context: CheckContext, figure: Figure): Jurisdiction | undefined {
  const platform = context.index.lookupName(figure.subject).find((name) => name.kind === 'platform');
  // A platform every province runs (政务外网) is no one province's: the sentence's scope decides.
  const province = platform ? context.index.provinceOfNames([platform]) : undefined;
  if (province) return { province };
  const draft = context.jurisdiction;
  if (!draft) return undefined;
  const scope = scopeOf(figure.text) ?? scopeOf(tableLeadIn(context, figure) ?? '');
  if (scope === 'province') return draft.province ? { province: draft.province } : undefined;
  return draft;
}

/**
 * The paragraph that introduces the table a figure's row belongs to (省方案确定的主要指标摘录如下): it says
 * whose figures the rows are. Undefined for a figure outside a table.
 */
function tableLeadIn(context: CheckContext, figure: Figure): string | undefined {
  const lines = context.draft.lines;
  const isRow = (line: number) => /^\s*\|/.test(lines.lineText(line));
  let line = figure.range.start.line;
  if (!isRow(line)) return undefined;
  while (line > 0 && isRow(line - 1)) line--;
  // Skip the blank lines between the lead-in and the table; take the one paragraph line above.
  line--;
  while (line >= 0 && lines.lineText(line).trim() === '') line--;
  return line >= 0 && !/^\s*#/.test(lines.lineText(line)) ? lines.lineText(line) : undefined;
}

/** Whether a corpus document speaks for the same jurisdiction as the figure. */
export function sameJurisdiction(figure: Jurisdiction | undefined, document: IndexedDocument): boolean {
  const doc = document.jurisdiction;
  if (!figure?.province || !doc?.province) return false;
  return figure.province === doc.province && (figure.locality ?? '') === (doc.locality ?? '');
}
