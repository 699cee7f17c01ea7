// The corpus's platform brands start with their province's one-character abbreviation (粤省事, 苏服办,
// 闽政通): language knowledge. Which abbreviations a corpus brands with is learned — each document's
// province (from its jurisdiction or issuer), kept where the corpus itself writes a quoted name of that
// shape or one with a platform word — and joined with what the registry lists.
import type { StructuredDocument } from '../corpus/loadCorpus.js';
import type { Registry } from '../corpus/registry.js';
import { jurisdictionNamed } from '../language/jurisdiction.js';
import { escapeRegExp } from './quotedNames.js';

export function learnBrandPrefixes(documents: readonly StructuredDocument[], registry: Registry): string[] {
  const prefixes = new Set(registry.brandPrefixes);
  for (const doc of documents) {
    const province =
      (doc.meta.jurisdiction ? jurisdictionNamed(doc.meta.jurisdiction) : undefined)?.province ??
      jurisdictionNamed(doc.meta.issuer ?? '')?.province ??
      jurisdictionNamed(doc.meta.title)?.province;
    for (const abbreviation of province?.abbreviations ?? []) {
      const quoted = new RegExp(`“${escapeRegExp(abbreviation)}[\\u4e00-\\u9fff]{1,4}”`);
      const withWord = new RegExp(
        `(?<![\\u4e00-\\u9fff])${escapeRegExp(abbreviation)}[\\u4e00-\\u9fff]{2}(?:平台|APP|小程序|客户端|移动端|（[^（）]{1,4}版）)`,
      );
      if (quoted.test(doc.text) || withWord.test(doc.text)) prefixes.add(abbreviation);
    }
  }
  return [...prefixes];
}
