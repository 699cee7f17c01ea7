// The last reading of a figure from prose, the same for corpus documents and drafts: the words around
// the measure are not the measure, and a value stated as a fact is an achievement, not a target.
import type { Figure } from '../model.js';

/** 各地各部门要围绕2024年新增“一件事”… -> 新增一件事…; 的…为 -> … : words around the measure are not the measure. */
export function tidyMetric(metric: string): string {
  const afterYear = metric.replace(/^.*\d{4}\s*年[度底末内]?/, '');
  const tidy = (afterYear.length >= 3 ? afterYear : metric)
    .replace(/^[的，,、]+/, '')
    .replace(/^(?:对照|围绕|按照|根据|依据|推动|实现|确保|力争|推进)+/, '')
    .replace(/^(?:全省|全市|全区|全县|各地)+/, '')
    .replace(/(?:要|将|需|应|须|可)$/, '')
    .replace(/[为是]$/, '');
  return tidy.length >= 2 ? tidy : metric;
}

/** Words that say a figure is aimed at, whatever the tense: 目标, 力争, 确保, 计划, 预计, 到…年. */
const AIMED = /目标|力争|确保|计划|预计|争取|力求|到\s*\d{4}\s*年(?!底前已)/;

export interface SettleContext {
  /** The text the figure's range indexes (to read the words right before the value). */
  readonly textBefore: (figure: Figure, length: number) => string;
  /** The year the document speaks from: a draft's own year, a corpus document's year of issue. */
  readonly asOf?: number;
}

/**
 * The metric tidied (its subject too when the metric phrase is its own subject), and the kind settled:
 * a target whose sentence states a year before the document's own year (2023年…达到 in a 2024 draft),
 * or states the value with 为/是 for a year that has come, is an achievement — unless the sentence
 * says it is aimed at.
 */
export function settleFigure(figure: Figure, context: SettleContext): Figure {
  const metric = tidyMetric(figure.metric);
  const subject = figure.subject === figure.metric ? metric : figure.subject;
  const settled = { ...figure, subject, metric };
  if (figure.kind !== 'target' || context.asOf === undefined || figure.year === undefined) return settled;
  const statesYear = figure.text.includes(`${figure.year}年`);
  if (!statesYear || AIMED.test(figure.text)) return settled;
  const past = figure.year < context.asOf;
  const statedWithIs = /[为是]$/.test(context.textBefore(figure, 2).trim()) && figure.year <= context.asOf;
  return past || statedWithIs ? { ...settled, kind: 'achieved' } : settled;
}
