/** User-facing text is Chinese first; an English UI gets English. The text itself is in ./messages*. */
export type Locale = 'zh' | 'en';

export function localeFrom(tag: string | undefined): Locale {
  return tag && /^en\b/i.test(tag) ? 'en' : 'zh';
}
