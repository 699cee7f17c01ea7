import type { Figure, KnownName } from '../model.js';
import { metricKey } from './metric.js';

/**
 * One way to name what a figure measures, for the corpus and drafts alike. A figure whose subject is
 * an indicator (“粤省事”日均活跃用户数, 政务外网接入率) measures that indicator, whatever words came
 * before it in the sentence; an indicator that names a platform is that platform's metric, as its
 * table row is (粤省事 · 日均活跃用户).
 */
export function canonicalFigure(figure: Figure, namesOf: (text: string) => readonly KnownName[]): Figure {
  const indicator = namesOf(figure.subject).find((name) => name.kind === 'indicator');
  if (!indicator) return platformRow(figure, namesOf);
  const bare = indicator.name.replace(/[“”"]/g, '');
  // Only a figure that measures the indicator itself: in 视频终端、感知终端接入…数量分别达到100万路、30万路
  // the first value is the 视频终端 one, although the only name found is the 感知终端 indicator.
  const own = metricKey(indicator.name);
  // What is left of the metric once the words around a measure are gone (到2025年要 -> nothing).
  const leftover = metricKey(figure.metric.replace(/达到/g, ''));
  if (leftover && !bare.includes(leftover) && !figure.metric.includes(own)) return figure;
  const platform = platformIn(bare, namesOf);
  if (platform) return { ...figure, subject: platform, metric: metricKey(bare.replace(platform, '')) };
  return { ...figure, subject: indicator.name, metric: metricKey(indicator.name) };
}

/**
 * A table row named by a platform and a measure the corpus has no indicator for (“粤省事”日均活跃用户):
 * the platform's measure, as an indicator row would be.
 */
function platformRow(figure: Figure, namesOf: (text: string) => readonly KnownName[]): Figure {
  if (figure.metric !== metricKey(figure.subject)) return figure;
  const bare = figure.subject.replace(/[“”"]/g, '');
  const platform = platformIn(bare, namesOf);
  const rest = platform ? metricKey(bare.slice(platform.length)) : '';
  return platform && rest.length >= 2 ? { ...figure, subject: platform, metric: rest } : figure;
}

/** The longest platform name at the start of an indicator name. */
function platformIn(indicatorName: string, namesOf: (text: string) => readonly KnownName[]): string | undefined {
  for (let length = Math.min(12, indicatorName.length - 1); length >= 2; length--) {
    const head = indicatorName.slice(0, length);
    if (namesOf(head).some((name) => name.kind === 'platform')) return head;
  }
  return undefined;
}
