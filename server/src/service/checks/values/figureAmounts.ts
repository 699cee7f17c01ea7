// A figure's amount and how it is written: what every value check compares and prints.
import { countersComparable, normalizeQuantity } from '../../figures/units.js';
import type { Figure } from '../../model.js';
import { nameKey } from '../../text/normalize.js';

/** A figure's quantity in counter units: 1.1亿 = 11000万, 150万名 = 1500000名. */
export const amountOf = (f: Figure) => normalizeQuantity(f.value, f.unit);

export const sameAmount = (a: Figure, b: Figure) => {
  const x = amountOf(a);
  const y = amountOf(b);
  return countersComparable(x.counter, y.counter) && Math.abs(x.base - y.base) <= 1e-9 * Math.max(1, Math.abs(x.base));
};

export const written = (f: Figure) => `${f.value}${f.unit}`;

export function label(figure: Figure): string {
  return nameKey(figure.subject) === nameKey(figure.metric)
    ? `“${figure.subject}”`
    : `“${figure.subject}”${figure.metric}`;
}
