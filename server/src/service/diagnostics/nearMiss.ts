import type { CorpusIndex } from '../index/corpusIndex.js';
import type { NameMatch } from '../index/nameMatcher.js';
import { t } from '../l10n.js';
import type { KnownName } from '../model.js';
import { describeName } from '../features/describe.js';
import type { CheckContext } from './checkContext.js';
import { isOneSlip } from './editDistance.js';
import type { PolicyDiagnostic } from './policyDiagnostic.js';

const CHECKED_KINDS = new Set<KnownName['kind']>(['platform', 'term', 'agency', 'indicator']);
const NAME_CHARS = /^[\u4e00-\u9fffA-Za-z0-9+·]+$/;

interface Anchor {
  readonly name: KnownName;
  /** A small number for the name, so tried spans can be remembered as numbers. */
  readonly id: number;
  /** The pair is the name's first two characters (else its last two). */
  readonly first: boolean;
}

/**
 * The first and the last character pair of every checkable name. One slip in a name leaves at least
 * one of them intact (except in the middle of a three-character name), and each fixes where the
 * slipped span must start or end — so a draft is scanned with few candidates per position.
 */
const anchorsByIndex = new WeakMap<CorpusIndex, Map<number, Anchor[]>>();

/** Two UTF-16 units as one number: a map key that costs no string per position of the draft. */
const pairKey = (text: string, at: number) => text.charCodeAt(at) * 65536 + text.charCodeAt(at + 1);

function anchorsOf(index: CorpusIndex): Map<number, Anchor[]> {
  let anchors = anchorsByIndex.get(index);
  if (anchors) return anchors;
  anchors = new Map();
  index.names.forEach((name, id) => {
    if (!CHECKED_KINDS.has(name.kind) || name.deprecated || [...name.name].length < 3 || !NAME_CHARS.test(name.name))
      return;
    for (const first of [true, false]) {
      const pair = pairKey(name.name, first ? 0 : name.name.length - 2);
      const list = anchors.get(pair) ?? [];
      list.push({ name, id, first });
      anchors.set(pair, list);
    }
  });
  anchorsByIndex.set(index, anchors);
  return anchors;
}

interface Hit {
  readonly start: number;
  readonly end: number;
  readonly names: KnownName[];
}

/** What a scan of one line needs: names cannot span lines, so a line is checked on its own. */
interface Scan {
  readonly index: CorpusIndex;
  readonly text: string;
  readonly matches: ReadonlyArray<NameMatch<KnownName>>;
}

/** Near misses found per line text, for each index: an edit re-checks only the lines it changed. */
const linesByIndex = new WeakMap<CorpusIndex, Map<string, Hit[]>>();
const MAX_REMEMBERED_LINES = 20_000;

/** Spans one slip away from a known name that are neither a known name nor an ordinary word. */
export function findNearMisses(context: CheckContext): PolicyDiagnostic[] {
  const { draft, index } = context;
  let remembered = linesByIndex.get(index);
  if (!remembered) linesByIndex.set(index, (remembered = new Map()));
  const out: PolicyDiagnostic[] = [];
  for (let line = 0; line < draft.lines.lineCount; line++) {
    const text = draft.lines.lineText(line);
    if (text.length < 3) continue;
    let hits = remembered.get(text);
    if (!hits) {
      hits = scanLine({ index, text, matches: index.matcher.findAll(text) });
      if (remembered.size >= MAX_REMEMBERED_LINES) remembered.clear();
      remembered.set(text, hits);
    }
    const lineStart = draft.lines.lineStart(line);
    for (const hit of hits)
      out.push(toDiagnostic(context, { ...hit, start: lineStart + hit.start, end: lineStart + hit.end }));
  }
  return out;
}

function scanLine(scan: Scan): Hit[] {
  const { index, text } = scan;
  const known = new Uint8Array(text.length);
  for (const match of scan.matches) known.fill(1, match.start, match.end);
  const anchors = anchorsOf(index);
  const tried = new Set<number>();
  const names = index.names.length;
  const hits = new Map<string, Hit>();
  const add = (start: number, end: number, name: KnownName) => {
    const hitKey = `${start}:${end}`;
    const hit = hits.get(hitKey) ?? { start, end, names: [] };
    if (!hit.names.includes(name)) hit.names.push(name);
    hits.set(hitKey, hit);
  };
  for (let i = 0; i + 1 < text.length; i++) {
    // A pair inside a name written correctly anchors nothing new: that text is the name.
    if (known[i] && known[i + 1]) continue;
    const list = anchors.get(pairKey(text, i));
    if (!list) continue;
    for (const { name, id, first } of list) {
      const length = name.name.length;
      for (const spanLength of [length - 1, length, length + 1]) {
        const start = first ? i : i + 2 - spanLength;
        const end = start + spanLength;
        const key = (start * 128 + spanLength) * names + id;
        if (start < 0 || end > text.length || tried.has(key)) continue;
        tried.add(key);
        if (isCandidate(scan, known, start, end, name)) add(start, end, name);
      }
    }
  }
  // The one slip the pairs cannot anchor: the middle character of a three-character name (粤正图).
  const framed = framesOf(index);
  for (let i = 0; i + 2 < text.length; i++) {
    for (const name of framed.get(text[i] + text[i + 2]) ?? []) {
      if (isCandidate(scan, known, i, i + 3, name)) add(i, i + 3, name);
    }
  }
  return dropOverlaps([...hits.values()]);
}

const framesByIndex = new WeakMap<CorpusIndex, Map<string, KnownName[]>>();

/** Three-character names by their first and last characters. */
function framesOf(index: CorpusIndex): Map<string, KnownName[]> {
  let frames = framesByIndex.get(index);
  if (frames) return frames;
  frames = new Map();
  for (const name of index.names) {
    if (!CHECKED_KINDS.has(name.kind) || name.deprecated || name.name.length !== 3 || !NAME_CHARS.test(name.name))
      continue;
    const key = name.name[0] + name.name[2];
    frames.set(key, [...(frames.get(key) ?? []), name]);
  }
  framesByIndex.set(index, frames);
  return frames;
}

function isCandidate(scan: Scan, known: Uint8Array, start: number, end: number, name: KnownName): boolean {
  const written = scan.text.slice(start, end);
  if ([...written].length < 3 || !NAME_CHARS.test(written) || !isOneSlip(written, name.name)) return false;
  if (isOtherLevel(written, name.name)) return false;
  // Text that is (mostly) a known name is that name, not a slip of another — unless that known name
  // is part of the one slipped (一网通管 holds 一网 of 一网统管).
  let covered = 0;
  for (let i = start; i < end; i++) covered += known[i];
  if (covered * 2 >= end - start && !coveredByParts(scan, start, end, name)) return false;
  if (scan.index.lookupName(written).length > 0 || scan.index.isAttested(written) || scan.index.isOrdinaryWord(written))
    return false;
  if (isOrdinaryPhrase(scan, written) || endsInsideWord(scan, end)) return false;
  return [...name.name].length > 3 || looksLikeAName(scan, start, end);
}

/**
 * A slip ends where a word ends: 不动产查 in 不动产查询 stops inside the word 查询, so it is the
 * start of another expression, not a misspelt 不动产链.
 */
function endsInsideWord(scan: Scan, end: number): boolean {
  const text = scan.text;
  if (end >= text.length || !/[\u4e00-\u9fff]/.test(text[end])) return false;
  return (
    scan.index.isOrdinaryWord(text.slice(end - 1, end + 1)) && !scan.index.isOrdinaryWord(text.slice(end - 2, end))
  );
}

/** Degree and negation words that open an ordinary phrase before a word: 更省心, 不省事. */
const LEADING_ADVERBS = '更最很太较越再还也都不没';

/**
 * Short spans made of ordinary words are language, not slips: 省市+共建, 数据+调查 (two words of two
 * characters), 更+省心 (an adverb and a word). Longer spans are left to the other tests, because a slip
 * in a long name can itself make a word (有限公司 -> 有线公司).
 */
function isOrdinaryPhrase(scan: Scan, written: string): boolean {
  const ordinary = (text: string) => scan.index.isOrdinaryWord(text);
  if (written.length === 4) return ordinary(written.slice(0, 2)) && ordinary(written.slice(2));
  if (written.length === 3) return LEADING_ADVERBS.includes(written[0]) && ordinary(written.slice(1));
  return false;
}

/** 市政务服务数据管理局 is the city's own agency, not a slip of the province's 省政务服务数据管理局. */
const LEVELS = '省市县区州镇乡村';
function isOtherLevel(written: string, name: string): boolean {
  return (
    written.length === name.length &&
    written.slice(1) === name.slice(1) &&
    LEVELS.includes(written[0]) &&
    LEVELS.includes(name[0])
  );
}

function coveredByParts(scan: Scan, start: number, end: number, name: KnownName): boolean {
  let foreign = 0;
  const matches = scan.matches;
  // Matches are in text order: start from the first that can reach the span.
  let low = 0;
  let high = matches.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (matches[mid].end <= start) low = mid + 1;
    else high = mid;
  }
  for (let i = low; i < matches.length && matches[i].start < end; i++) {
    const match = matches[i];
    if (!name.name.includes(scan.text.slice(match.start, match.end)))
      foreign += Math.min(end, match.end) - Math.max(start, match.start);
  }
  return foreign * 2 < end - start;
}

/** Three-character names are short enough to arise by chance: ask for quotes, the brand prefix or a platform word. */
function looksLikeAName(scan: Scan, start: number, end: number): boolean {
  const text = scan.text;
  // The start of a longer quoted name (“粤企通办”) is that name, not a slip of a shorter one.
  if (text[start - 1] === '“' && text[end] !== '”' && /^[^“”，。]{1,6}”/.test(text.slice(end))) return false;
  if (text[start - 1] === '“' && text[end] === '”') return true;
  if (scan.index.registry.brandPrefixes.some((prefix) => text.startsWith(prefix, start))) return true;
  return /^(平台|APP|App|小程序|系统)/.test(text.slice(end, end + 3));
}

/** Of overlapping spans keep the one whose length best fits its name, then the longest. */
function dropOverlaps(hits: Hit[]): Hit[] {
  const fit = (hit: Hit) => Math.min(...hit.names.map((n) => Math.abs(n.name.length - (hit.end - hit.start))));
  const sorted = [...hits].sort((a, b) => fit(a) - fit(b) || b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Hit[] = [];
  for (const hit of sorted) if (!kept.some((k) => k.start < hit.end && hit.start < k.end)) kept.push(hit);
  return kept.sort((a, b) => a.start - b.start);
}

/**
 * When a slip is one away from two names (一网通管: 一网统管 or 一网通办), the likelier intent keeps
 * the last character — the head of a Chinese compound — and is the name the corpus uses more.
 */
function rankNames(index: CorpusIndex, written: string, names: KnownName[]): KnownName[] {
  const keepsHead = (name: KnownName) => (written.at(-1) === name.name.at(-1) ? 0 : 1);
  return [...names].sort(
    (a, b) => keepsHead(a) - keepsHead(b) || index.mentionsOf(b).length - index.mentionsOf(a).length,
  );
}

function toDiagnostic(context: CheckContext, hit: Hit): PolicyDiagnostic {
  const { draft, index, locale } = context;
  const written = draft.text.slice(hit.start, hit.end);
  const names = rankNames(index, written, hit.names);
  const range = draft.lines.rangeOf(hit.start, hit.end);
  const best = names[0];
  const related = names.flatMap((name) => {
    const description = describeName(index, name)[0];
    return description
      ? [
          {
            uri: description.doc.uri,
            range: description.range,
            message: t(locale, `“${name.name}”见此`, `"${name.name}" is defined here`),
          },
        ]
      : [];
  });
  const alternatives = names
    .slice(1)
    .map((n) => t(locale, `“${n.name}”`, `"${n.name}"`))
    .join(t(locale, '或', ' or '));
  return {
    code: 'name.near-miss',
    range,
    severity: 'warning',
    message: t(
      locale,
      `“${written}”疑为“${best.name}”之误${alternatives ? `（也可能是${alternatives}）` : ''}`,
      `"${written}" looks like a slip of "${best.name}"${alternatives ? ` (or ${alternatives})` : ''}`,
    ),
    related,
    fixes: names.map((name, i) => ({
      title: t(locale, `改为“${name.name}”`, `Change to "${name.name}"`),
      range,
      newText: name.name,
      preferred: i === 0,
    })),
  };
}
