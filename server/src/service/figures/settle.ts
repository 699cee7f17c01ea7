// The last reading of a figure from prose, the same for corpus documents and drafts: a value stated as a
// fact is an achievement, not a target.
import type { Figure } from '../model.js';

/** Words that say a figure is aimed at, whatever the tense: 目标, 力争, 确保, 计划, 预计, 到…年. */
const AIMED = /目标|力争|确保|计划|预计|争取|力求|到\s*\d{4}\s*年(?!底前已)/;

export interface SettleContext {
  /** The text the figure's range indexes (to read the words right before the value). */
  readonly textBefore: (figure: Figure, length: number) => string;
  /** The year the document speaks from: a draft's own year, a corpus document's year of issue. */
  readonly asOf?: number;
  /** The year a heading over the figure names (二、2023年工作情况): it states the year as the sentence would. */
  readonly headingYear?: (figure: Figure) => number | undefined;
  /**
   * The year the text is about (a report's 2025年…统计公报): said by its title once for every sentence. Written
   * after that year, its undated figures (全年…, 年末…) are what the year came to.
   */
  readonly defaultYear?: number;
}

/**
 * The kind settled: a target whose sentence states a year before the document's own year (2023年…达到 in
 * a 2024 draft), or states the value with 为/是 for a year that has come, is an achievement — unless the
 * sentence says it is aimed at.
 */
export function settleFigure(figure: Figure, context: SettleContext): Figure {
  const settled = figure;
  if (figure.kind !== 'target' || context.asOf === undefined || figure.year === undefined) return settled;
  const statesYear =
    figure.text.includes(`${figure.year}年`) ||
    context.headingYear?.(figure) === figure.year ||
    context.defaultYear === figure.year;
  if (!statesYear || AIMED.test(figure.text)) return settled;
  const past = figure.year < context.asOf;
  const statedWithIs = /[为是]$/.test(context.textBefore(figure, 2).trim()) && figure.year <= context.asOf;
  return past || statedWithIs ? { ...settled, kind: 'achieved' } : settled;
}
