/** How a written span differs from a known name by one slip of the pen (or of the input method). */
export type SlipKind = 'substitution' | 'dropped-char' | 'extra-char' | 'adjacent-swap' | 'word-swap';

export interface Slip {
  readonly kind: SlipKind;
  /** What the writer wrote where the name differs (empty for a dropped character). */
  readonly written: string;
  /** What the name has there (empty for an extra character). */
  readonly intended: string;
  /** Offset of the difference in the written span. */
  readonly at: number;
}

/**
 * The one slip that turns `name` into `written`: one character substituted, dropped, added, two adjacent
 * characters swapped, or two adjacent words of one or two characters swapped (省政务数据服务管理局 for
 * 省政务服务数据管理局). Undefined when they are equal or further apart.
 */
export function slipBetween(written: string, name: string): Slip | undefined {
  if (written === name) return undefined;
  const a = [...written];
  const b = [...name];
  if (Math.abs(a.length - b.length) > 1) return undefined;
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const diffA = a.slice(start, endA).join('');
  const diffB = b.slice(start, endB).join('');
  const at = a.slice(0, start).join('').length;
  const slip = (kind: SlipKind): Slip => ({ kind, written: diffA, intended: diffB, at });
  if (diffA.length === 0 && [...diffB].length === 1) return slip('dropped-char');
  if (diffB.length === 0 && [...diffA].length === 1) return slip('extra-char');
  if ([...diffA].length === 1 && [...diffB].length === 1) return slip('substitution');
  const length = [...diffA].length;
  if (length === [...diffB].length && length >= 2 && length <= 4 && isSegmentSwap([...diffA], diffB)) {
    return slip(length === 2 ? 'adjacent-swap' : 'word-swap');
  }
  return undefined;
}

const SURROGATE = /[\ud800-\udfff]/;

/**
 * Whether `written` is one slip away from `name`: slipBetween's answer, worked out on UTF-16 units
 * without building arrays or a Slip — the near-miss scan asks it at every anchored span of a draft.
 * Text with characters outside the BMP (surrogate pairs) goes to slipBetween itself.
 */
export function isOneSlip(written: string, name: string): boolean {
  if (SURROGATE.test(written) || SURROGATE.test(name)) return slipBetween(written, name) !== undefined;
  if (written === name || Math.abs(written.length - name.length) > 1) return false;
  let start = 0;
  while (start < written.length && start < name.length && written.charCodeAt(start) === name.charCodeAt(start)) start++;
  let endA = written.length;
  let endB = name.length;
  while (endA > start && endB > start && written.charCodeAt(endA - 1) === name.charCodeAt(endB - 1)) {
    endA--;
    endB--;
  }
  const [lengthA, lengthB] = [endA - start, endB - start];
  if (lengthA <= 1 && lengthB <= 1) return true; // dropped, extra or substituted (both empty: equal, excluded)
  if (lengthA !== lengthB || lengthA > 4) return false;
  return isSegmentSwap([...written.slice(start, endA)], name.slice(start, endB));
}

/** XY written as YX, where X and Y are one or two characters each. */
function isSegmentSwap(a: string[], b: string): boolean {
  for (let split = 1; split < a.length; split++) {
    const x = a.slice(0, split).join('');
    const y = a.slice(split).join('');
    if ([...x].length > 2 || [...y].length > 2) continue;
    if (y + x === b) return true;
  }
  return false;
}
