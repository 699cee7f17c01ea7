/**
 * A numbered item as a drafter reads it: （五）完善…, 1.提升…, but 第一节 推动… and 专栏 2 政务… with a
 * space, since those numbers do not end in their own punctuation.
 */
export function clauseLabel(number: string, title: string): string {
  const gap = number && !/[、.．）)]$/.test(number) ? ' ' : '';
  return `${number}${gap}${title}`.trim();
}
