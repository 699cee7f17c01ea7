import type { KnownName } from '../model.js';
import { stripQuotes } from '../text/normalize.js';

/** Two Han characters of a glossary list (一网, 一次) occur by chance everywhere: looked up, never matched. */
export function isMatchable(name: KnownName, form: string): boolean {
  return !(name.kind === 'term' && /^[\u4e00-\u9fff]{2}$/.test(form));
}

/**
 * The spellings under which a name is found in text: the name, its aliases, and for names written
 * with inner quotes (政务服务“好差评”) the same without them. Surrounding quotes are not part of a
 * form: the matcher finds 粤省事 inside “粤省事” and the diagnostics look at the quotes around it.
 */
export function surfaceForms(name: KnownName): string[] {
  const forms = new Set<string>();
  for (const raw of [name.name, ...name.aliases]) {
    const bare = stripQuotes(raw);
    if (bare.length < 2) continue;
    forms.add(bare);
    const unquoted = bare.replace(/[“”"]/g, '');
    if (unquoted.length >= 2) forms.add(unquoted);
    // Both widths of the plus sign are written (互联网+监管, 互联网＋监管).
    for (const form of [bare, unquoted]) {
      if (/[+＋]/.test(form)) {
        forms.add(form.replace(/＋/g, '+'));
        forms.add(form.replace(/\+/g, '＋'));
      }
    }
  }
  return [...forms];
}
