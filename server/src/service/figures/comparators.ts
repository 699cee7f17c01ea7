// Comparator words ("突破", "不少于", "以上" …) and what they say about the value, plus the markers that tell
// an achieved figure ("已超过") from a target ("力争达到").

/** How the stated value bounds the real one. */
export type Bound = 'at-least' | 'more-than' | 'at-most' | 'less-than' | 'exactly' | 'about';
/** Whether the value is a level (达到 30万核) or a change of one (压减 60%, 提升 40%). */
export type Change = 'level' | 'increase' | 'decrease';

export interface ComparatorMeaning {
  readonly bound: Bound;
  readonly change: Change;
}

interface Entry {
  readonly bound?: Bound;
  readonly change?: Change;
  /** Only counts right before the number: a single 达 or 超 elsewhere is part of some other word. */
  readonly adjacent?: boolean;
  /** 累计, 共, 力争: a comparator only when no harder word stands next to it (累计超过 -> 超过). */
  readonly soft?: boolean;
}

const WORDS: Readonly<Record<string, Entry>> = {
  达到: { bound: 'exactly' },
  // Set at, reach for: 目标定在了100万, 日活冲上50万.
  定在了: { bound: 'exactly' },
  定在: { bound: 'exactly' },
  定为: { bound: 'exactly' },
  设定为: { bound: 'exactly' },
  确定为: { bound: 'exactly' },
  冲上: { bound: 'exactly' },
  冲刺: { bound: 'exactly' },
  迈上: { bound: 'exactly' },
  达至: { bound: 'exactly' },
  达: { bound: 'exactly', adjacent: true },
  突破: { bound: 'more-than' },
  超过: { bound: 'more-than' },
  超出: { bound: 'more-than' },
  多于: { bound: 'more-than' },
  高于: { bound: 'more-than' },
  大于: { bound: 'more-than' },
  超: { bound: 'more-than', adjacent: true },
  逾: { bound: 'more-than', adjacent: true },
  不少于: { bound: 'at-least' },
  不低于: { bound: 'at-least' },
  不小于: { bound: 'at-least' },
  至少: { bound: 'at-least' },
  最少: { bound: 'at-least' },
  不超过: { bound: 'at-most' },
  不高于: { bound: 'at-most' },
  不多于: { bound: 'at-most' },
  不大于: { bound: 'at-most' },
  最多: { bound: 'at-most' },
  控制在: { bound: 'at-most' },
  低于: { bound: 'less-than' },
  少于: { bound: 'less-than' },
  小于: { bound: 'less-than' },
  不足: { bound: 'less-than' },
  不到: { bound: 'less-than' },
  约: { bound: 'about', adjacent: true },
  近: { bound: 'about', adjacent: true },
  大约: { bound: 'about' },
  接近: { bound: 'about' },
  保持在: { bound: 'exactly' },
  稳定在: { bound: 'exactly' },
  维持在: { bound: 'exactly' },
  保持: { bound: 'exactly', adjacent: true },
  力争: { bound: 'exactly', soft: true, adjacent: true },
  累计: { bound: 'exactly', soft: true, adjacent: true },
  共: { bound: 'exactly', soft: true, adjacent: true },
  共有: { bound: 'exactly', soft: true, adjacent: true },
  总计: { bound: 'exactly', soft: true, adjacent: true },
  合计: { bound: 'exactly', soft: true, adjacent: true },
  // "X 提升至 Y" states the level Y; "X 提升 Y" states the increase.
  提升至: { change: 'level' },
  提升到: { change: 'level' },
  提高至: { change: 'level' },
  提高到: { change: 'level' },
  增至: { change: 'level' },
  增长至: { change: 'level' },
  增长到: { change: 'level' },
  增加到: { change: 'level' },
  增加至: { change: 'level' },
  扩大至: { change: 'level' },
  扩大到: { change: 'level' },
  扩容至: { change: 'level' },
  扩到: { change: 'level' },
  扩容到: { change: 'level' },
  上升至: { change: 'level' },
  上升到: { change: 'level' },
  降至: { change: 'level' },
  降到: { change: 'level' },
  降低至: { change: 'level' },
  降低到: { change: 'level' },
  下降至: { change: 'level' },
  下降到: { change: 'level' },
  减少至: { change: 'level' },
  减少到: { change: 'level' },
  压减至: { change: 'level' },
  压缩至: { change: 'level' },
  压缩到: { change: 'level' },
  缩短至: { change: 'level' },
  缩短到: { change: 'level' },
  提升: { change: 'increase', adjacent: true },
  提高: { change: 'increase', adjacent: true },
  增长: { change: 'increase', adjacent: true },
  增加: { change: 'increase', adjacent: true },
  扩大: { change: 'increase', adjacent: true },
  上升: { change: 'increase', adjacent: true },
  压减: { change: 'decrease' },
  减掉: { change: 'decrease' },
  减少: { change: 'decrease' },
  下降: { change: 'decrease' },
  降低: { change: 'decrease' },
  缩短: { change: 'decrease' },
  压缩: { change: 'decrease' },
  精简: { change: 'decrease' },
  削减: { change: 'decrease' },
  // Written after the number.
  及以上: { bound: 'at-least' },
  以上: { bound: 'at-least' },
  以下: { bound: 'at-most' },
  以内: { bound: 'at-most' },
  之内: { bound: 'at-most' },
  内: { bound: 'at-most' },
  左右: { bound: 'about' },
  多: { bound: 'more-than' },
  余: { bound: 'more-than' },
};

const PREFIX_WORDS = Object.keys(WORDS).filter(
  (w) => !['及以上', '以上', '以下', '以内', '之内', '内', '左右', '多', '余'].includes(w),
);
const LONGEST_FIRST = [...PREFIX_WORDS].sort((a, b) => b.length - a.length);
const ALL_LONGEST_FIRST = Object.keys(WORDS).sort((a, b) => b.length - a.length);
/** Adverbs that may stand between the metric and the comparator; 分别 also distributes values over a list. */
const MODIFIERS = ['分别', '已经', '已', '均', '都', '将', '可', '仍', '再', '也', '预计', '基本'];

export interface ComparatorMatch {
  /** As written, modifiers dropped: 突破, 提升超过, 累计 (alone), 分别为 -> 为. */
  readonly text: string;
  /** Where the comparator and its modifiers start: the metric phrase ends here. */
  readonly start: number;
  /** 分别 was written: the values that follow go to the listed subjects in order. */
  readonly distributive: boolean;
}

function wordEndingAt(text: string, end: number, from: number, words: readonly string[]): string | undefined {
  return words.find((w) => end - w.length >= from && text.startsWith(w, end - w.length));
}

/** Walks back from `end` over comparator words and modifiers that touch each other. */
function chainBefore(
  text: string,
  from: number,
  end: number,
): { words: string[]; start: number; distributive: boolean } {
  const words: string[] = [];
  let distributive = false;
  let j = end;
  for (;;) {
    const word = wordEndingAt(text, j, from, LONGEST_FIRST);
    let modifier = word ? undefined : wordEndingAt(text, j, from, MODIFIERS);
    // 日均, 人均, 平均 … belong to the metric, not to the comparator.
    if (modifier === '均' && /[日月年周季人户平]/.test(text.charAt(j - 2))) modifier = undefined;
    // "为" only reads as "is" after 分别/均: elsewhere it is the preposition "for".
    const isWei = !word && !modifier && text.charAt(j - 1) === '为' && /(分别|均)$/.test(text.slice(from, j - 1));
    if (word) words.unshift(word);
    else if (isWei) words.unshift('为');
    else if (modifier) distributive ||= modifier === '分别';
    else break;
    j -= (word ?? modifier ?? '为').length;
  }
  return { words, start: j, distributive };
}

function comparatorText(words: readonly string[]): string {
  const hard = words.filter((w) => !WORDS[w]?.soft);
  return (hard.length ? hard : words.slice(-1)).join('');
}

/** Text between a comparator and its number that does not break the link: spaces, a year, 的. */
function isBridge(gap: string): boolean {
  const rest = gap.replace(/\d{4}\s*年(底|末)?/g, '').replace(/[\s的]/g, '');
  return rest.length <= 8 && !/[\d，,；;：:、]/.test(rest);
}

/**
 * The comparator for the number at `numberStart`, searched within its clause (from `clauseStart`). First the
 * words right before the number ("日均活跃用户突破100万"); failing that, the last comparator of two or more
 * characters with only a short bridge before the number ("不少于应替代目标总量的80%").
 */
export function findComparatorBefore(
  text: string,
  clauseStart: number,
  numberStart: number,
): ComparatorMatch | undefined {
  let end = numberStart;
  while (end > clauseStart && /\s/.test(text.charAt(end - 1))) end--;
  const adjacent = chainBefore(text, clauseStart, end);
  if (adjacent.words.length) {
    return { text: comparatorText(adjacent.words), start: adjacent.start, distributive: adjacent.distributive };
  }
  for (let j = end - 1; j > clauseStart; j--) {
    const word = wordEndingAt(text, j, clauseStart, LONGEST_FIRST);
    if (!word || word.length < 2 || WORDS[word].adjacent || WORDS[word].soft) continue;
    if (!isBridge(text.slice(j, numberStart))) return undefined;
    const chain = chainBefore(text, clauseStart, j);
    return { text: comparatorText(chain.words), start: chain.start, distributive: chain.distributive };
  }
  return undefined;
}

/** 以上 / 以下 / 左右 … right after the unit; 内 only after a duration (3个工作日内), never in 内存. */
export function readSuffixComparator(
  text: string,
  pos: number,
  afterDuration: boolean,
): { word: string; end: number } | undefined {
  const words = ['及以上', '以上', '以下', '以内', '之内', '左右'];
  const at = /^[ \t\u3000]?/.exec(text.slice(pos, pos + 1))?.[0].length ?? 0;
  const word =
    words.find((w) => text.startsWith(w, pos + at)) ??
    (afterDuration && text.charAt(pos + at) === '内' ? '内' : undefined);
  return word ? { word, end: pos + at + word.length } : undefined;
}

/** The comparator as a Figure carries it: the written parts joined by "…": 达到…以上, 超…余, 以上. */
export function joinComparator(parts: ReadonlyArray<string | undefined>): string {
  return parts.filter((p): p is string => !!p).join('…');
}

/** What a comparator string says: 不少于 -> at-least level; 压减…以上 -> at-least decrease; '' -> exactly. */
export function comparatorMeaning(comparator: string): ComparatorMeaning {
  let bound: Bound = 'exactly';
  let change: Change = 'level';
  for (let i = 0; i < comparator.length;) {
    const word = ALL_LONGEST_FIRST.find((w) => comparator.startsWith(w, i));
    if (!word) {
      i++;
      continue;
    }
    const entry = WORDS[word];
    if (entry.bound && entry.bound !== 'exactly') bound = entry.bound;
    if (entry.change && change === 'level') change = entry.change;
    i += word.length;
  }
  return { bound, change };
}

const ACHIEVED_MARKERS = /已经|已|截至|截止|目前|现有|共有|先后|当前|现状|(?<![为除在])了(?!解)/g;
const TARGET_MARKERS = /力争|目标|预计|计划|争取|力求|确保/g;

/** The last tense marker in [from, to): 'achieved' after 已/截至/目前/…了, 'target' after 力争/目标/预计 …. */
export function tenseMarkerBefore(
  text: string,
  from: number,
  to: number,
): { kind: 'achieved' | 'target'; at: number } | undefined {
  const slice = text.slice(from, to);
  let best: { kind: 'achieved' | 'target'; at: number } | undefined;
  for (const [re, kind] of [
    [ACHIEVED_MARKERS, 'achieved'],
    [TARGET_MARKERS, 'target'],
  ] as const) {
    for (const m of slice.matchAll(re)) {
      const at = from + (m.index ?? 0);
      if (!best || at > best.at) best = { kind, at };
    }
  }
  return best;
}

/** Headings of sections that report results (发展现状, 现实基础, 取得成效 …): their figures default to achieved. */
const ACHIEVED_HEADING =
  /现状|成效|成就|成绩|回顾|进展|实施情况|工作基础|发展基础|现实基础|基础与形势|发展形势|面临形势/;

export function isAchievedHeading(title: string): boolean {
  // A heading, not a numbered paragraph whose first sentence happens to say 通报进展.
  return ACHIEVED_HEADING.test(title) && title.length <= 24 && !/[；;。]/.test(title);
}
