import type { CorpusIndex, IndexedDocument } from '../index/corpusIndex.js';
import type { DerivedKey } from '../index/derivedCache.js';
import type { GlossaryEntry, Indicator, KnownName, Range } from '../model.js';
import { nameKey } from '../text/normalize.js';
import { pushTo } from '../checks/listMap.js';

/** Where the corpus defines or best describes a name, best first. */
export interface Description {
  readonly doc: IndexedDocument;
  readonly range: Range;
  readonly glossary?: GlossaryEntry;
  readonly indicator?: Indicator;
  readonly sentence?: string;
}

/**
 * The corpus's glossary entries and indicators by the key of the names they define, in the corpus's
 * order: a hover or a check asks for one name, and a scan of every document's entries per name costs
 * milliseconds on a large corpus.
 */
const DEFINITIONS: DerivedKey<{
  readonly glossary: ReadonlyMap<string, ReadonlyArray<{ doc: IndexedDocument; entry: GlossaryEntry }>>;
  readonly indicators: ReadonlyMap<string, ReadonlyArray<{ doc: IndexedDocument; indicator: Indicator }>>;
}> = {
  name: 'glossary entries and indicators by name',
  build(index) {
    const glossary = new Map<string, Array<{ doc: IndexedDocument; entry: GlossaryEntry }>>();
    const indicators = new Map<string, Array<{ doc: IndexedDocument; indicator: Indicator }>>();
    for (const doc of index.documents) {
      for (const entry of doc.glossary)
        for (const key of new Set(entry.terms.map(nameKey))) pushTo(glossary, key, { doc, entry });
      for (const indicator of doc.indicators) pushTo(indicators, nameKey(indicator.name), { doc, indicator });
    }
    return { glossary, indicators };
  },
};

export function glossaryEntriesFor(
  index: CorpusIndex,
  name: KnownName,
): ReadonlyArray<{ doc: IndexedDocument; entry: GlossaryEntry }> {
  return index.derived.get(DEFINITIONS).glossary.get(nameKey(name.name)) ?? [];
}

export function indicatorsFor(
  index: CorpusIndex,
  name: KnownName,
): ReadonlyArray<{ doc: IndexedDocument; indicator: Indicator }> {
  return index.derived.get(DEFINITIONS).indicators.get(nameKey(name.name)) ?? [];
}

const INTRODUCING_VERB = /(推出|打造|建成|上线|建设|构建|搭建|依托|面向)[^，。；]{0,12}$/;
const CLASS_NOUN = '(?:平台|APP|App|小程序|系统|门户|客户端|热线)';
const PLATFORM_WORD = new RegExp(`^[”"]?[^，。；]{0,8}?${CLASS_NOUN}`);
/** “粤政图”地理信息公共平台: a class noun with its own description says what the name is. */
const DESCRIBED_CLASS = new RegExp(`^[”"]?[^，。；、“”"]{2,8}${CLASS_NOUN}`);
/** 涉企移动政务服务平台“粤商通”: the name in apposition to its class. */
const APPOSITION = new RegExp(`${CLASS_NOUN}[“"]?$`);
/** “粤省心”是…平台 / 为…系统; a bare 为 is usually the preposition (通过“粤政图”为疫情…提供支撑). */
const COPULA = new RegExp(`^[”"]?(?:是|指|为[^，。；]{0,20}${CLASS_NOUN})`);

/** Where a best sentence is, as an index can store it (a document by id: the stored index has its own). */
interface SentencePlace {
  readonly docId: string;
  readonly line: number;
  readonly character: number;
  readonly sentence: string;
}

/**
 * Each name's best sentence once found (null: none), stored with the index: finding it reads every mention
 * of the name, and a restored index reads mentions from disk — for an agency of a large corpus, thousands.
 */
const BEST_SENTENCES: DerivedKey<Map<KnownName, SentencePlace | null>> = {
  name: 'best sentence per name',
  persist: true,
  build: () => new Map(),
};

/** The corpus sentence that says most plainly what a platform or agency is. */
export function bestSentence(index: CorpusIndex, name: KnownName): Description | undefined {
  const places = index.derived.get(BEST_SENTENCES);
  let place = places.get(name);
  if (place === undefined) {
    const found = findBestSentence(index, name);
    place = found ? { docId: found.doc.meta.id, ...found.range.start, sentence: found.sentence! } : null;
    places.set(name, place);
  }
  const doc = place && index.document(place.docId);
  if (!place || !doc) return undefined;
  const { line, character, sentence } = place;
  return {
    doc,
    sentence,
    range: { start: { line, character }, end: { line, character: character + sentence.length } },
  };
}

function findBestSentence(index: CorpusIndex, name: KnownName): Description | undefined {
  let best: { score: number; description: Description } | undefined;
  for (const mention of index.mentionsOf(name)) {
    const doc = index.document(mention.docId);
    if (!doc) continue;
    const lineText = doc.lines.lineText(mention.range.start.line);
    const { sentence, start } = sentenceAround(lineText, mention.range.start.character);
    const before = lineText.slice(start, mention.range.start.character).replace(/[“"]$/, '');
    const after = lineText.slice(mention.range.end.character);
    let score = 0;
    if (PLATFORM_WORD.test(after)) score += 3;
    if (DESCRIBED_CLASS.test(after)) score += 1;
    if (APPOSITION.test(before)) score += 4;
    if (INTRODUCING_VERB.test(before)) score += 2;
    // What says what it is: 面向企业的“粤商通”…平台, “粤省心”是…, …指….
    if (/面向[^，。；]{1,12}的[“"]?$/.test(before)) score += 3;
    if (COPULA.test(after)) score += 3;
    if (doc.meta.kind === '规划') score += 1;
    // A list of names (“粤省事”、“粤商通”等平台) or a sentence of figures only mentions it.
    if (/[”"][、，]?$/.test(before) || /^[”"][、，]?[“"]/.test(after)) score -= 3;
    // From the first digit of a number only: from each digit of a long run it was read again to the end.
    if (/(?<!\d)\d+(?:\.\d+)?\s*(?:万|亿|%|个|项)/.test(sentence)) score -= 2;
    score -= Math.max(0, sentence.length - 120) / 60;
    // Equal evidence: the newer document's words (and never the order the files happen to load in).
    const newer = best !== undefined && index.dateOf(doc.meta.id) > index.dateOf(best.description.doc.meta.id);
    if (!best || score > best.score || (score === best.score && newer)) {
      const lineStart = { line: mention.range.start.line, character: start };
      best = {
        score,
        description: {
          doc,
          sentence,
          range: { start: lineStart, end: { line: lineStart.line, character: start + sentence.length } },
        },
      };
    }
  }
  return best?.description;
}

function sentenceAround(line: string, at: number): { sentence: string; start: number } {
  let start = at;
  while (start > 0 && !/[。；！？]/.test(line[start - 1])) start--;
  let end = at;
  while (end < line.length && !/[。；！？]/.test(line[end])) end++;
  const sentence = line.slice(start, Math.min(line.length, end + 1)).replace(/^[\s\u3000]+/, '');
  return { sentence, start: start + (line.slice(start).length - line.slice(start).replace(/^[\s\u3000]+/, '').length) };
}

/** Descriptions per name, kept in the index's cache. */
const DESCRIPTIONS: DerivedKey<Map<KnownName, Description[]>> = {
  name: 'descriptions of names',
  build: () => new Map(),
};

/** Definitions for "go to definition", best first (computed once per name and index). */
export function describeName(index: CorpusIndex, name: KnownName): Description[] {
  const cache = index.derived.get(DESCRIPTIONS);
  let found = cache.get(name);
  if (!found) cache.set(name, (found = describeNameUncached(index, name)));
  return found;
}

function describeNameUncached(index: CorpusIndex, name: KnownName): Description[] {
  const out: Description[] = [];
  for (const { doc, entry } of glossaryEntriesFor(index, name)) out.push({ doc, range: entry.range, glossary: entry });
  for (const { doc, indicator } of indicatorsFor(index, name)) out.push({ doc, range: indicator.range, indicator });
  if (name.kind === 'document' && name.docId) {
    const doc = index.document(name.docId);
    if (doc) out.push({ doc, range: titleRange(doc) });
  }
  if (out.length === 0) {
    const sentence = bestSentence(index, name);
    if (sentence) out.push(sentence);
  }
  return out;
}

/** The line that carries a document's title (else its first line of text), for "go to document". */
export function titleRange(doc: IndexedDocument): Range {
  const key = nameKey(doc.meta.title);
  let first: Range | undefined;
  for (let line = doc.bodyStartLine; line < Math.min(doc.lines.lineCount, doc.bodyStartLine + 80); line++) {
    const text = doc.lines.lineText(line);
    if (!text.trim()) continue;
    const range = { start: { line, character: 0 }, end: { line, character: text.length } };
    if (nameKey(text.replace(/^#+\s*|\*\*/g, '')) === key) return range;
    first ??= range;
  }
  if (first) return first;
  return { start: { line: doc.bodyStartLine, character: 0 }, end: { line: doc.bodyStartLine, character: 0 } };
}
