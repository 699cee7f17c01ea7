// The shape of every catalogue of user-facing text (diagnostics in ../messages.ts; the CLI, the server's log
// and corpus problems beside this file): one typed entry per message, so a message and its parameters are
// declared once and both languages take the same ones. English uses English punctuation and plurals.
import type { Locale } from '../l10n.js';

export type Render<P> = (p: P) => string;
export interface Entry<P> {
  readonly zh: Render<P>;
  readonly en: Render<P>;
}
export const entry = <P>(zh: Render<P>, en: Render<P>): Entry<P> => ({ zh, en });
/** An entry without parameters. */
export const fixed = (zh: string, en: string): Entry<Record<string, never>> =>
  entry(
    () => zh,
    () => en,
  );

/** `1 document`, `2 documents`. */
export const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/** The entry in the locale's language. */
export function say<P>(locale: Locale, message: Entry<P>, params: P): string {
  return locale === 'en' ? message.en(params) : message.zh(params);
}
