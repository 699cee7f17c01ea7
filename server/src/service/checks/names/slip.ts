/**
 * Whether `written` is one slip away from `name`: one character substituted, dropped, added, two
 * adjacent characters swapped, or two adjacent words of one or two characters swapped
 * (省政务数据服务管理局 for 省政务服务数据管理局). Identical strings are not slips.
 */
export function isOneSlip(written: string, name: string): boolean {
  if (written === name) return false;
  const a = [...written];
  const b = [...name];
  if (Math.abs(a.length - b.length) > 1) return false;
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const diffA = a.slice(start, endA);
  const diffB = b.slice(start, endB);
  if (diffA.length + diffB.length === 1) return true; // dropped or added
  if (diffA.length === 1 && diffB.length === 1) return true; // substituted
  if (diffA.length === diffB.length && diffA.length >= 2 && diffA.length <= 4) return isSegmentSwap(diffA, diffB);
  return false;
}

/** XY written as YX, where X and Y are one or two characters each. */
function isSegmentSwap(a: string[], b: string[]): boolean {
  for (let split = 1; split < a.length; split++) {
    const x = a.slice(0, split).join('');
    const y = a.slice(split).join('');
    if (x.length > 2 || y.length > 2) continue;
    if (y + x === b.join('')) return true;
  }
  return false;
}
