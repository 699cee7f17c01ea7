// What `policy-lens corpus import` warns about: what the importer could not determine or had to change.
import type { Locale } from '../l10n.js';
import { entry, say } from './entry.js';

export type MetadataField = 'title' | 'docNumber' | 'issuer' | 'date' | 'kind' | 'period' | 'jurisdiction';

/** A warning as the importer records it; `importWarning` words it. */
export type ImportWarning =
  | { readonly kind: 'missing-field'; readonly field: MetadataField }
  | { readonly kind: 'footnote-without-mark'; readonly mark: string }
  | { readonly kind: 'advertisement'; readonly truncated: boolean };

const FIELD_NAMES: Record<MetadataField, readonly [string, string]> = {
  title: ['标题', 'the title'],
  docNumber: ['文号', 'the document number'],
  issuer: ['发文机关', 'the issuer'],
  date: ['成文日期', 'the date'],
  kind: ['文种', 'the kind of document'],
  period: ['规划期', 'the period it governs'],
  jurisdiction: ['所属地区', 'the jurisdiction'],
};

export const IMPORT_MESSAGES = {
  'missing-field': entry<{ field: MetadataField }>(
    (p) => `未能从文本确定${FIELD_NAMES[p.field][0]}`,
    (p) => `Could not determine ${FIELD_NAMES[p.field][1]} from the text`,
  ),
  'footnote-without-mark': entry<{ mark: string }>(
    (p) => `脚注 ${p.mark} 找不到正文中的标注，保留原样`,
    (p) => `Footnote ${p.mark} has no mark in the text: kept as written`,
  ),
  advertisement: entry<{ truncated: boolean }>(
    (p) => (p.truncated ? '文本是截断的预览，已删除末尾的“预览已结束”广告' : '已删除文中的“预览已结束”广告'),
    (p) =>
      p.truncated
        ? 'The text is a truncated preview: dropped the "preview ended" advertisement at its end'
        : 'Dropped a "preview ended" advertisement inside the text',
  ),
} as const;

export function importWarning(locale: Locale, warning: ImportWarning): string {
  switch (warning.kind) {
    case 'missing-field':
      return say(locale, IMPORT_MESSAGES['missing-field'], warning);
    case 'footnote-without-mark':
      return say(locale, IMPORT_MESSAGES['footnote-without-mark'], warning);
    case 'advertisement':
      return say(locale, IMPORT_MESSAGES.advertisement, warning);
  }
}
