// A check whose findings on a line depend on nothing but that line's text (and the index and the message
// language) keeps them per line text: after an edit only the changed lines are checked again. Stored with
// the line moved to 0, they are moved to wherever the line stands now.
import { memoKey, type DerivedKey, type Memo } from '../index/derivedCache.js';
import type { Range } from '../model.js';
import { detached } from '../text/detached.js';
import type { CheckContext } from './context.js';
import type { Finding } from './finding.js';

export type LineFindingsKey = DerivedKey<Memo<readonly Finding[]>>;

/** The memo of one check's line findings (each check its own, per index). */
export function lineFindingsKey(code: string): LineFindingsKey {
  return memoKey<readonly Finding[]>(`${code} findings per line`);
}

/**
 * The findings of one line, computed by `check` (with the line's real position, and its text as a copy
 * that keeps no draft alive: findings are kept across versions) the first time this line text is seen
 * with this index and language.
 */
export function lineFindings(
  context: CheckContext,
  key: LineFindingsKey,
  line: number,
  check: (text: string) => Finding[],
): Finding[] {
  const text = context.draft.lines.lineText(line);
  const stored = context.index.derived
    .get(key)
    .get(`${context.locale}\u0001${text}`, () => moved(check(detached(text)), -line));
  return line === 0 ? [...stored] : moved(stored, line);
}

/** The findings with every place in the draft moved by `by` lines (the corpus places of `related` stay). */
function moved(findings: readonly Finding[], by: number): Finding[] {
  if (by === 0) return [...findings];
  const move = (range: Range): Range => ({
    start: { line: range.start.line + by, character: range.start.character },
    end: { line: range.end.line + by, character: range.end.character },
  });
  return findings.map((finding) => ({
    ...finding,
    range: move(finding.range),
    fixes: finding.fixes.map((fix) => ({ ...fix, range: move(fix.range) })),
  }));
}
