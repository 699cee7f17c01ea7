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

/**
 * Whether `written` is one slip away from `name`: slipBetween's answer, worked out on UTF-16 units
 * without building arrays or a Slip — the near-miss scan asks it at every anchored span of a draft.
 * Text with characters outside the BMP (surrogate pairs) goes to slipBetween itself.
 */
export function isOneSlip(written: string, name: string): boolean {
  return isOneSlipIn(written, 0, written.length, name);
}

/** isOneSlip of `text.slice(from, to)`, read in place: the scan tries many spans and keeps few. */
export function isOneSlipIn(text: string, from: number, to: number, name: string): boolean {
  if (hasSurrogate(text, from, to) || hasSurrogate(name, 0, name.length))
    return slipBetween(text.slice(from, to), name) !== undefined;
  const length = to - from;
  if (Math.abs(length - name.length) > 1) return false;
  let start = 0;
  while (start < length && start < name.length && text.charCodeAt(from + start) === name.charCodeAt(start)) start++;
  if (start === length && start === name.length) return false; // the name itself
  let endA = length;
  let endB = name.length;
  while (endA > start && endB > start && text.charCodeAt(from + endA - 1) === name.charCodeAt(endB - 1)) {
    endA--;
    endB--;
  }
  const [lengthA, lengthB] = [endA - start, endB - start];
  if (lengthA <= 1 && lengthB <= 1) return true; // dropped, extra or substituted
  if (lengthA !== lengthB || lengthA > 4) return false;
  return isUnitSwap(text, from + start, name, start, lengthA);
}

function hasSurrogate(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdfff) return true;
  }
  return false;
}

/**
 * isSegmentSwap on the differing units of two BMP strings (`length` units of each, from their offsets),
 * comparing code units in place: XY written as YX, X and Y one or two characters each.
 */
function isUnitSwap(written: string, writtenAt: number, name: string, nameAt: number, length: number): boolean {
  for (let split = 1; split < length; split++) {
    if (split > 2 || length - split > 2) continue;
    let same = true;
    for (let k = 0; same && k < length - split; k++)
      same = name.charCodeAt(nameAt + k) === written.charCodeAt(writtenAt + split + k);
    for (let k = 0; same && k < split; k++)
      same = name.charCodeAt(nameAt + length - split + k) === written.charCodeAt(writtenAt + k);
    if (same) return true;
  }
  return false;
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
