import type { KnownName, NameKind } from '../model.js';
import type { StructuredDocument } from '../corpus/loadCorpus.js';
import type { Registry } from '../corpus/registry.js';
import { stripQuotes } from '../text/normalize.js';
import { findAbbreviations, findDocNumbers, findTitleCitations } from './citations.js';
import { learnBrandPrefixes } from './brandPrefixes.js';
import { classifyQuotedNames } from './quotedNames.js';
import { PROVINCES } from '../language/provinces.js';

type MutableName = { -readonly [K in keyof KnownName]: KnownName[K] } & { aliases: string[] };

/** Collects every name the corpus knows: extracted from the text, then merged with the registry. */
export class NameCollector {
  private readonly names = new Map<string, MutableName>();

  static keyOf(kind: NameKind, name: string): string {
    // One name whatever its plus sign's width (互联网＋监管 / 互联网+监管).
    return `${kind}:${name.replace(/＋/g, '+')}`;
  }

  add(kind: NameKind, name: string, extra: Partial<MutableName> = {}): MutableName {
    const key = NameCollector.keyOf(kind, name);
    let entry = this.names.get(key);
    if (!entry) {
      entry = { kind, name, aliases: [], display: name, ...extra };
      this.names.set(key, entry);
    } else {
      for (const alias of extra.aliases ?? []) if (!entry.aliases.includes(alias)) entry.aliases.push(alias);
      if (extra.docId && !entry.docId) Object.assign(entry, { docId: extra.docId, docNumber: extra.docNumber });
    }
    return entry;
  }

  has(kind: NameKind, name: string): boolean {
    return this.names.has(NameCollector.keyOf(kind, name));
  }

  all(): KnownName[] {
    return [...this.names.values()].map((entry) => ({
      ...entry,
      aliases: entry.aliases.filter((a) => a !== entry.name),
    }));
  }

  /** Removes a name (merged into another as its alias). */
  remove(kind: NameKind, name: string): void {
    this.names.delete(NameCollector.keyOf(kind, name));
  }

  agencies(): string[] {
    return [...this.names.values()].filter((entry) => entry.kind === 'agency').map((entry) => entry.name);
  }
}

/**
 * Names from the corpus text and the registry. Terms take precedence: a glossary term is never also a
 * platform. `stated` are names a document says were replaced (原X, X更名为Y …): known, so that drafts that
 * still use them are found.
 */
export function collectNames(
  documents: readonly StructuredDocument[],
  registry: Registry,
  stated: ReadonlyArray<{ readonly old: string; readonly replacedBy?: string }> = [],
): KnownName[] {
  const names = new NameCollector();
  const terms = new Set<string>();
  for (const doc of documents) {
    names.add('document', doc.meta.title, {
      docId: doc.meta.id,
      docNumber: doc.meta.docNumber,
      display: `《${doc.meta.title}》`,
    });
    if (doc.meta.docNumber) names.add('document', doc.meta.title, { aliases: [doc.meta.docNumber] });
    if (doc.meta.issuer) names.add('agency', doc.meta.issuer);
    for (const entry of doc.glossary) {
      for (const term of entry.terms) {
        terms.add(term);
        names.add('term', term, { display: entry.head.includes(`“${term}”`) ? `“${term}”` : term });
      }
    }
    for (const indicator of doc.indicators)
      names.add('indicator', indicator.name, { aliases: [stripAllQuotes(indicator.name)] });
    for (const clause of doc.clauses)
      for (const unit of [...clause.leadUnits, ...(clause.partners ?? [])])
        if (isAgencyName(unit.name)) names.add('agency', unit.name);
  }
  // A 文号 of a document the corpus holds is that document's alias, not a second, text-less document.
  const ownNumbers = new Set(documents.flatMap((doc) => (doc.meta.docNumber ? [doc.meta.docNumber] : [])));
  // Quoted names by how the documents use them: platforms, and slogans written as terms.
  const quoted = classifyQuotedNames(
    documents.map((doc) => doc.text),
    learnBrandPrefixes(documents, registry),
  );
  for (const [found] of quoted.platforms) {
    // 数字住房(粤安居) and 数字住房（粤安居） are one platform: brackets are taken full-width.
    const platform = found.replace(/\(/g, '（').replace(/\)/g, '）');
    if (!terms.has(platform))
      names.add('platform', platform, { display: `“${platform}”`, aliases: platform === found ? [] : [found] });
  }
  for (const term of quoted.terms) if (!terms.has(term)) names.add('term', term, { display: `“${term}”` });
  // Every province's online service portal is named 〈省〉政务服务网 (江苏政务服务网, 广东政务服务网) and
  // written bare, as the corpus writes it.
  for (const doc of documents)
    for (const [portal] of doc.text.matchAll(PORTAL))
      if (![...ALL_KINDS].some((k) => names.has(k, portal))) names.add('platform', portal, { display: portal });
  for (const doc of documents) collectFromText(names, doc.text, terms, ownNumbers);
  joinAbbreviations(names, documents);
  for (const { old, replacedBy } of stated) {
    const kind = /平台|系统|热线|网$/.test(old) ? 'platform' : 'agency';
    if (![...ALL_KINDS].some((k) => names.has(k, old))) names.add(kind, old);
    if (replacedBy && ![...ALL_KINDS].some((k) => names.has(k, replacedBy))) names.add(kind, replacedBy);
  }
  applyRegistry(names, registry);
  return names.all();
}

const PORTAL = new RegExp(`(?:${PROVINCES.flatMap((p) => [p.name, p.short]).join('|')})政务服务网`, 'g');

function collectFromText(
  names: NameCollector,
  text: string,
  terms: ReadonlySet<string>,
  ownNumbers: ReadonlySet<string>,
): void {
  // Bodies a sentence names without quotes or a lead-unit parenthetical: 推动省数据交易中心建设.
  for (const match of text.matchAll(NAMED_BODY)) if (!terms.has(match[1])) names.add('agency', match[1]);
  for (const citation of findTitleCitations(text))
    names.add('document', citation.title, { display: `《${citation.title}》` });
  for (const number of findDocNumbers(text))
    if (!number.wrongBrackets && !ownNumbers.has(number.canonical)) names.add('document', number.canonical);
  for (const { full, short } of findAbbreviations(text)) {
    for (const kind of ['agency', 'platform', 'term', 'document'] as const) {
      if (names.has(kind, full)) names.add(kind, full, { aliases: [short] });
    }
  }
}

function applyRegistry(names: NameCollector, registry: Registry): void {
  for (const entry of registry.names) {
    const target = names.add(entry.kind, entry.name, { display: entry.display ?? entry.name });
    for (const alias of entry.aliases) if (!target.aliases.includes(alias)) target.aliases.push(alias);
    if (entry.display) target.display = entry.display;
    if (entry.deprecated) {
      target.deprecated = { ...entry.deprecated };
    }
    if (entry.current) target.current = true;
  }
}

const NAMED_BODY =
  /(?:推动|推进|建设|依托|组建|成立|设立|发挥|支持|加快|整合|由)(省[\u4e00-\u9fff]{2,8}?(?:中心|场所|交易所|集团|研究院))(?![\u4e00-\u9fff]{0,1}(?:中心|场所|交易所|集团|研究院))/g;

const ALL_KINDS = ['platform', 'agency', 'document', 'term', 'indicator'] as const;

const stripAllQuotes = (text: string) => stripQuotes(text).replace(/[“”"]/g, '');

/**
 * Lead-unit parentheticals also hold phrases such as 各地级以上市政府 or 省有关部门; only named bodies
 * are agencies.
 */
function isAgencyName(name: string): boolean {
  return name.length >= 3 && !/各|相关|有关|其他|其它|等$|、/.test(name) && !/^.{0,2}(?:部门|单位|机构)$/.test(name);
}

/**
 * An agency's abbreviation, learned from the documents' own usage: a shorter name whose characters stand in
 * order in a longer one, with the same first character and the same head (省发改委 in 省发展改革委), is
 * that body's short form — unless one document writes both, which documents do for two bodies (省委办,
 * 省委网信办), not for one name written two ways; or unless every document writing the short one is older
 * than every document writing the long one: then the body was renamed (省政务服务管理局 → 省政务服务和数据
 * 管理局), which the history reads as a replacement.
 */
function joinAbbreviations(names: NameCollector, documents: readonly StructuredDocument[]): void {
  const agencies = names.agencies();
  for (const short of agencies) {
    if (short.length < 3) continue;
    const full = agencies.find(
      (long) =>
        long !== short &&
        long.length > short.length &&
        long[0] === short[0] &&
        long.at(-1) === short.at(-1) &&
        short.length * 2 >= long.length &&
        isSubsequence(short, long),
    );
    if (!full) continue;
    if (documents.some((doc) => doc.text.includes(short) && doc.text.includes(full))) continue;
    const dates = (name: string) => documents.filter((doc) => doc.text.includes(name)).map((doc) => doc.meta.date);
    const shortDates = dates(short);
    const fullDates = dates(full);
    if (shortDates.length && fullDates.length && shortDates.every((d) => fullDates.every((f) => d < f))) continue;
    names.remove('agency', short);
    names.add('agency', full, { aliases: [short] });
  }
}

function isSubsequence(short: string, long: string): boolean {
  let at = 0;
  for (const ch of long) if (ch === short[at]) at++;
  return at === short.length;
}
