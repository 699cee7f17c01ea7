/** User-facing text is Chinese first; an English UI gets English. */
export type Locale = 'zh' | 'en';

export function localeFrom(tag: string | undefined): Locale {
  return tag && /^en\b/i.test(tag) ? 'en' : 'zh';
}

/** Picks the text for the locale: t(locale, '中文', 'English'). */
export function t(locale: Locale, zh: string, en: string): string {
  return locale === 'en' ? en : zh;
}
