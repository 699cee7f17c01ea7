// Finds spans of a line that are one slip away from a known name — candidates only: whether one is a
// slip is for the evidence (nameEvidence.ts) to say, and overlapping candidates are settled there too. What is decided here is what the text alone
// settles: a known name, an attested corpus phrase or an ordinary word is never a slip.
import type { CorpusIndex } from '../../index/corpusIndex.js';
import { memoKey, type DerivedKey } from '../../index/derivedCache.js';
import type { NameMatch } from '../../index/nameMatcher.js';
import type { KnownName } from '../../model.js';
import { lineMatches } from '../lineMatches.js';
import { isOneSlipIn } from './slip.js';

const CHECKED_KINDS = new Set<KnownName['kind']>(['platform', 'term', 'agency', 'indicator']);
// Full-width parentheses belong to a platform's edition: 闽政通（政务版）.
const NAME_CHARS = /^[\u4e00-\u9fffA-Za-z0-9+·（）]+$/;

/** A span one slip away from one or more known names (offsets in the line). */
export interface NearMissCandidate {
  readonly start: number;
  readonly end: number;
  readonly names: readonly KnownName[];
}

interface Anchor {
  readonly name: KnownName;
  /** A small number for the name, so tried spans can be remembered as numbers. */
  readonly id: number;
  /** The pair is the name's first two characters (else its last two). */
  readonly first: boolean;
}

const isChecked = (name: KnownName) =>
  CHECKED_KINDS.has(name.kind) && !name.deprecated && [...name.name].length >= 3 && NAME_CHARS.test(name.name);

/**
 * The first and the last character pair of every checkable name. One slip in a name leaves at least
 * one of them intact (except in the middle of a three-character name), and each fixes where the
 * slipped span must start or end — so a line is scanned with few candidates per position. Found by
 * the pair's first UTF-16 unit in a table of all 65,536 (most positions of a line open no pair: one
 * array read passes them over), then by its second in a map.
 */
interface Anchors {
  /** Per first unit, its slot in `bySecond`; -1 when no pair begins with it. */
  readonly slotOf: Int32Array;
  readonly bySecond: ReadonlyArray<Map<number, Anchor[]>>;
}

const ANCHORS: DerivedKey<Anchors> = {
  name: 'near-miss anchors',
  build(index) {
    const slotOf = new Int32Array(65536).fill(-1);
    const bySecond: Array<Map<number, Anchor[]>> = [];
    index.names.forEach((name, id) => {
      if (!isChecked(name)) return;
      for (const first of [true, false]) {
        const at = first ? 0 : name.name.length - 2;
        const unit = name.name.charCodeAt(at);
        if (slotOf[unit] < 0) slotOf[unit] = bySecond.push(new Map()) - 1;
        const seconds = bySecond[slotOf[unit]];
        const list = seconds.get(name.name.charCodeAt(at + 1)) ?? [];
        list.push({ name, id, first });
        seconds.set(name.name.charCodeAt(at + 1), list);
      }
    });
    return { slotOf, bySecond };
  },
};

/**
 * Three-character names by their first and last characters: the slip the pairs cannot anchor. With a
 * table of the first units apart, so a line's positions are passed over without a string made for each.
 */
const FRAMES: DerivedKey<{ readonly opens: Uint8Array; readonly byEnds: Map<string, KnownName[]> }> = {
  name: 'near-miss frames',
  build(index) {
    const byEnds = new Map<string, KnownName[]>();
    const opens = new Uint8Array(65536);
    for (const name of index.names) {
      if (!isChecked(name) || name.name.length !== 3) continue;
      const key = name.name[0] + name.name[2];
      byEnds.set(key, [...(byEnds.get(key) ?? []), name]);
      opens[name.name.charCodeAt(0)] = 1;
    }
    return { opens, byEnds };
  },
};

/** Candidates per line text: an edit re-scans only the lines it changed. */
const SCANNED_LINES = memoKey<NearMissCandidate[]>('near-miss candidates per line');

/** Candidates of one line (memoized per index and line text). */
export function nearMissCandidates(index: CorpusIndex, line: string): readonly NearMissCandidate[] {
  if (line.length < 3) return [];
  return index.derived.get(SCANNED_LINES).get(line, (own) => scanLine(index, own, lineMatches(index, own)));
}

function scanLine(index: CorpusIndex, text: string, matches: ReadonlyArray<NameMatch<KnownName>>): NearMissCandidate[] {
  const known = new Uint8Array(text.length);
  for (const match of matches) known.fill(1, match.start, match.end);
  const anchors = index.derived.get(ANCHORS);
  const tried = new Set<number>();
  const count = index.names.length;
  const hits = new Map<string, { start: number; end: number; names: KnownName[] }>();
  const add = (start: number, end: number, name: KnownName) => {
    const key = `${start}:${end}`;
    const hit = hits.get(key) ?? { start, end, names: [] };
    if (!hit.names.includes(name)) hit.names.push(name);
    hits.set(key, hit);
  };
  const scan = { index, text, matches, known };
  for (let i = 0; i + 1 < text.length; i++) {
    // A pair inside a name written correctly anchors nothing new: that text is the name.
    if (known[i] && known[i + 1]) continue;
    const slot = anchors.slotOf[text.charCodeAt(i)];
    if (slot < 0) continue;
    const list = anchors.bySecond[slot].get(text.charCodeAt(i + 1));
    if (!list) continue;
    for (const { name, id, first } of list) {
      const length = name.name.length;
      for (const spanLength of [length - 1, length, length + 1]) {
        const start = first ? i : i + 2 - spanLength;
        const end = start + spanLength;
        const key = (start * 128 + spanLength) * count + id;
        if (start < 0 || end > text.length || tried.has(key)) continue;
        tried.add(key);
        if (isCandidate(scan, start, end, name)) add(start, end, name);
      }
    }
  }
  // A platform written right is no anchor, so its edition is tried here: 闽政通（政务板） for 闽政通（政务版）.
  for (const match of matches) {
    if (text[match.end] !== '（') continue;
    const close = text.indexOf('）', match.end);
    if (close < 0 || close - match.end > 6) continue;
    const head = text.slice(match.start, match.end + 1);
    for (const name of index.names)
      if (name.name.startsWith(head) && isChecked(name) && isCandidate(scan, match.start, close + 1, name))
        add(match.start, close + 1, name);
  }
  const frames = index.derived.get(FRAMES);
  for (let i = 0; i + 2 < text.length; i++) {
    if (frames.opens[text.charCodeAt(i)] === 0) continue;
    for (const name of frames.byEnds.get(text[i] + text[i + 2]) ?? [])
      if (isCandidate(scan, i, i + 3, name)) add(i, i + 3, name);
  }
  return [...hits.values()].sort((a, b) => a.start - b.start || a.end - b.end);
}

interface Scan {
  readonly index: CorpusIndex;
  readonly text: string;
  readonly matches: ReadonlyArray<NameMatch<KnownName>>;
  readonly known: Uint8Array;
}

function isCandidate(scan: Scan, start: number, end: number, name: KnownName): boolean {
  // Most spans tried are no slip of the name: asked first, in place, before a string is cut for them.
  if (end - start < 3 || !isOneSlipIn(scan.text, start, end, name.name)) return false;
  const written = scan.text.slice(start, end);
  // NAME_CHARS are all in the BMP: past it, the length counts characters.
  if (!NAME_CHARS.test(written)) return false;
  // Text that is (mostly) a known name is that name, not a slip of another — unless that known name
  // is part of the one slipped (一网通管 holds 一网 of 一网统管).
  let covered = 0;
  for (let i = start; i < end; i++) covered += scan.known[i];
  if (covered * 2 >= end - start && !coveredByParts(scan, start, end, name)) return false;
  const { index } = scan;
  // What the corpus itself writes (数字政府, 跨省通办) is usage, and an ordinary word is language. The
  // dictionary is asked first: the corpus is searched through, document by document.
  return !(index.lookupName(written).length > 0 || index.isOrdinaryWord(written) || index.isAttested(written));
}

/** Whether the known names inside the span are mostly parts of the name it may be a slip of. */
function coveredByParts(scan: Scan, start: number, end: number, name: KnownName): boolean {
  let foreign = 0;
  const { matches } = scan;
  let low = 0;
  let high = matches.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (matches[mid].end <= start) low = mid + 1;
    else high = mid;
  }
  for (let i = low; i < matches.length && matches[i].start < end; i++) {
    const match = matches[i];
    if (!name.name.includes(scan.text.slice(match.start, match.end))) {
      foreign += Math.min(end, match.end) - Math.max(start, match.start);
    }
  }
  return foreign * 2 < end - start;
}
