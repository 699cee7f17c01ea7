// Runs extractFigures over one in-memory paragraph with a tiny name dictionary, and flattens each figure to
// the fields the tests compare: [subject, metric, comparator, value, unit, kind, year, underlined text].
import { LineIndex } from '../../../server/src/service/text/lineIndex.js';
import { extractFigures, type KnownSubject } from '../../../server/src/service/figures/extractFigures.js';
import type { Figure, FigureKind } from '../../../server/src/service/model.js';

export const PLATFORMS = [
  '粤省事',
  '粤商通',
  '粤政易',
  '粤视会',
  '粤政图',
  '粤智助',
  '粤省心',
  '浙里办',
  '浙政钉',
  '天府通办',
  '皖事通',
  '苏服办',
  '赣服通',
  '渝快办',
  '闽政通',
  '一网统管',
];

/** Every occurrence of every name in [start, end): the caller's dictionary matcher, at its simplest. */
export function subjectsFinder(text: string, names: readonly string[]) {
  return (start: number, end: number): KnownSubject[] => {
    const found: KnownSubject[] = [];
    for (const name of names) {
      for (let i = text.indexOf(name, start); i >= 0 && i + name.length <= end; i = text.indexOf(name, i + 1)) {
        found.push({ start: i, end: i + name.length, name });
      }
    }
    return found;
  };
}

export type Row = [
  subject: string,
  metric: string,
  comparator: string,
  value: number,
  unit: string,
  kind: FigureKind,
  year: number | undefined,
  written: string,
];

export interface Options {
  readonly year?: number;
  readonly achieved?: boolean;
  readonly defaultYear?: number;
  readonly names?: readonly string[];
}

export function figuresOf(text: string, options: Options = {}): Figure[] {
  const lines = new LineIndex(text);
  return extractFigures({
    docId: 'doc',
    text,
    sentences: [
      {
        start: 0,
        end: text.length,
        ...(options.year !== undefined ? { year: options.year } : {}),
        ...(options.achieved ? { achieved: true } : {}),
      },
    ],
    findSubjects: subjectsFinder(text, options.names ?? PLATFORMS),
    toRange: (start, end) => lines.rangeOf(start, end),
    ...(options.defaultYear !== undefined ? { defaultYear: options.defaultYear } : {}),
  });
}

export function rowsOf(text: string, options: Options = {}): Row[] {
  const lines = new LineIndex(text);
  return figuresOf(text, options).map((f) => [
    f.subject,
    f.metric,
    f.comparator,
    f.value,
    f.unit,
    f.kind,
    f.year,
    text.slice(lines.offsetAt(f.range.start), lines.offsetAt(f.range.end)),
  ]);
}
