// What a benchmark section returns and how the report prints it. Figures are printed next to their
// targets with ✓/✗; nothing here fails the run: a benchmark reports, the tests assert behaviour.

/** A bound the figure should stay within: `max` for times and sizes, `min` for throughputs. */
export interface Target {
  readonly max?: number;
  readonly min?: number;
}

export interface Row {
  readonly name: string;
  /** A measured number, or a word when there is nothing to measure (cached, timeout, nodejieba). */
  readonly value: number | string;
  readonly unit: string;
  readonly target?: Target;
  /** Context for the reader: what is included, how many runs. */
  readonly note?: string;
}

export interface SectionContext {
  readonly repoRoot: string;
  /** bench/.generated: gitignored, for generated corpora and the last run's figures. */
  readonly generatedDir: string;
  /** Progress for the person waiting; goes to stderr so stdout stays the report. */
  readonly progress: (message: string) => void;
}

export interface Section {
  /** What `--only` takes. */
  readonly name: string;
  readonly title: string;
  readonly run: (context: SectionContext) => Promise<Row[]>;
  /** Left out of a plain `npm run bench` (it takes long): runs with `--only <name>`. */
  readonly onlyWhenAsked?: boolean;
}

/** Undefined when the row has no target; a target with nothing measured (a timeout) is missed. */
export function meetsTarget(row: Row): boolean | undefined {
  if (!row.target) return undefined;
  if (typeof row.value !== 'number') return false;
  const { min, max } = row.target;
  return (min === undefined || row.value >= min) && (max === undefined || row.value <= max);
}

export function formatValue(value: number | string): string {
  if (typeof value === 'string' || Number.isInteger(value)) return String(value);
  const magnitude = Math.abs(value);
  return value.toFixed(magnitude >= 100 ? 0 : magnitude >= 10 ? 1 : 2);
}

function formatTarget(target: Target | undefined, unit: string): string {
  if (!target) return '';
  const suffix = unit ? ` ${unit}` : '';
  if (target.min !== undefined && target.max !== undefined) return `${target.min}–${target.max}${suffix}`;
  return target.max !== undefined ? `< ${target.max}${suffix}` : `> ${target.min}${suffix}`;
}

/** An aligned table: name, value and unit, target, ✓/✗, note. */
export function formatSection(title: string, rows: readonly Row[]): string {
  const cells = rows.map((row) => {
    const verdict = meetsTarget(row);
    return [
      row.name,
      formatValue(row.value),
      row.unit,
      formatTarget(row.target, row.unit),
      verdict === undefined ? '' : verdict ? '✓' : '✗',
      row.note ?? '',
    ];
  });
  const widths = [0, 1, 2, 3].map((column) => Math.max(0, ...cells.map((cell) => displayWidth(cell[column]))));
  const lines = cells.map(([name, value, unit, target, verdict, note]) =>
    [
      '  ' + padEnd(name, widths[0]),
      padStart(value, widths[1]),
      padEnd(unit, widths[2]),
      padEnd(target, widths[3]),
      verdict || ' ',
      note,
    ]
      .join('  ')
      .trimEnd(),
  );
  // Ruled as wide as the figures (notes run on), so a long note does not stretch the rule.
  const figuresWidth = 2 + widths.reduce((sum, width) => sum + width + 2, 0) + 1;
  return [title, '─'.repeat(Math.max(displayWidth(title), figuresWidth)), ...lines].join('\n');
}

const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;

/** Columns a string takes in a terminal: CJK characters take two. */
function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += WIDE.test(ch) ? 2 : 1;
  return width;
}

const padEnd = (text: string, width: number) => text + ' '.repeat(Math.max(0, width - displayWidth(text)));
const padStart = (text: string, width: number) => ' '.repeat(Math.max(0, width - displayWidth(text))) + text;
