import type { Range } from '../model.js';
import type { DiagnosticCode } from './codes.js';
import type { Finding } from './finding.js';

/**
 * When one finding explains another at the same place, only the better explanation is shown. Declared
 * here, resolved in one place (resolveRelations), so checks stay independent of one another.
 */
export interface Relation {
  /** The finding that gives way… */
  readonly code: DiagnosticCode;
  /** …to a finding of one of these codes… */
  readonly yieldsTo: readonly DiagnosticCode[];
  /** …on the same range, or on any overlapping one. */
  readonly where: 'same-range' | 'overlap';
  /** Only when the yielding finding is this sure (default: any). */
  readonly onlyWhen?: readonly Finding['confidence'][];
  readonly why: string;
}

export const RELATIONS: readonly Relation[] = [
  {
    code: 'name.quotes',
    yieldsTo: ['name.variant'],
    where: 'same-range',
    why: 'A name written two ways is reported once, as a variant whose fix also sets the quotes.',
  },
  {
    code: 'name.unknown-platform',
    yieldsTo: ['name.near-miss', 'name.new-name'],
    where: 'overlap',
    why: 'An unknown “粤X” one slip from a known platform is that platform misspelt.',
  },
  {
    code: 'name.near-miss',
    yieldsTo: ['name.unknown-platform'],
    where: 'same-range',
    onlyWhen: ['possible'],
    why: 'A mere guess at an unknown “粤X” is said in the unknown-platform note, which offers the guess.',
  },
  {
    code: 'name.new-name',
    yieldsTo: ['name.near-miss', 'name.deprecated'],
    where: 'overlap',
    why: 'A span already explained as a slip or an old name is not also news.',
  },
  {
    code: 'value.inconsistent',
    yieldsTo: ['value.outdated', 'value.baseline-as-target', 'value.conflict'],
    where: 'same-range',
    why: 'A value already explained against the corpus (an old target, a baseline) is not also called inconsistent.',
  },
  {
    code: 'value.conflict',
    yieldsTo: ['value.outdated', 'value.baseline-as-target'],
    where: 'same-range',
    why: 'The most specific explanation of a wrong target wins.',
  },
  {
    code: 'value.outdated',
    yieldsTo: ['value.baseline-as-target'],
    where: 'same-range',
    why: 'A baseline restated as a target is reported as such, even when an older target had the same value.',
  },
];

const before = (a: Range['start'], b: Range['start']) =>
  a.line < b.line || (a.line === b.line && a.character < b.character);
const overlaps = (a: Range, b: Range) => before(a.start, b.end) && before(b.start, a.end);
const same = (a: Range, b: Range) =>
  a.start.line === b.start.line &&
  a.start.character === b.start.character &&
  a.end.line === b.end.line &&
  a.end.character === b.end.character;

const SURENESS: Record<Finding['confidence'], number> = { certain: 2, likely: 1, possible: 0 };

/**
 * Drops every finding that yields to another finding present at its place — one at least as sure: a
 * guess does not hide a fact (a possible slip does not hide a likely unknown platform).
 */
export function resolveRelations(findings: readonly Finding[], relations: readonly Relation[] = RELATIONS): Finding[] {
  // The findings others may yield to, by each line they cover: two ranges overlap only where their lines
  // do, so a finding is compared with those on its own lines, not with every finding of the draft.
  const yieldedTo = new Set(relations.flatMap((relation) => relation.yieldsTo));
  const byLine = new Map<number, Finding[]>();
  for (const finding of findings) {
    if (!yieldedTo.has(finding.code)) continue;
    for (let line = finding.range.start.line; line <= finding.range.end.line; line++) {
      const onLine = byLine.get(line);
      if (onLine) onLine.push(finding);
      else byLine.set(line, [finding]);
    }
  }
  const near = (finding: Finding) => {
    const found: Finding[] = [];
    for (let line = finding.range.start.line; line <= finding.range.end.line; line++)
      found.push(...(byLine.get(line) ?? []));
    return found;
  };
  return findings.filter((finding) =>
    relations.every(
      (relation) =>
        relation.code !== finding.code ||
        (relation.onlyWhen !== undefined && !relation.onlyWhen.includes(finding.confidence)) ||
        !near(finding).some(
          (other) =>
            other !== finding &&
            relation.yieldsTo.includes(other.code) &&
            SURENESS[other.confidence] >= SURENESS[finding.confidence] &&
            (relation.where === 'same-range' ? same(other.range, finding.range) : overlaps(other.range, finding.range)),
        ),
    ),
  );
}
