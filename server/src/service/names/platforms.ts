import { escapeRegExp } from './quotedNames.js';

/** A quoted name of the province's brand shape: “粤省事”, “浙政钉” — the prefix and one to four characters. */
export function quotedBrand(prefix: string): RegExp {
  return new RegExp(`“(${escapeRegExp(prefix)}[\\u4e00-\\u9fff]{1,4})”`, 'g');
}
