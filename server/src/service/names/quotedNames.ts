// What a quoted name is, read from how the documents use it — the same rules for any province. A platform
// is something built, opened, logged into: “苏服办”总入口, “闽政通”APP, 打造“粤商通”平台, “福建码”. A slogan
// or an initiative is something pursued: “最多跑一次”改革, “一网通办”, “好差评”, “1＋13＋N”总体架构. Each
// use casts a vote; a name is a platform only when the platform votes win.

/** Words that, after a quoted name and a short description (移动办公平台), say the name is a platform. */
const PLATFORM_SUFFIX =
  '(?:平台|APP|App|app|小程序|客户端|门户|公众号|系统|移动端|服务端|总入口|统一入口|一体机|自助机|自助终端)';
/** Words that say so only right after the name: “粤视会”应用, but not “一张表”创新应用. */
const ADJACENT_SUFFIX = '(?:应用|品牌|（[^（）]{1,4}版）|\\([^()]{1,4}版\\))';
/** A short description between the name and the platform word, not across a conjunction (专区和移动端). */
const DESCRIPTION = '(?:(?![和与及、，])[\\u4e00-\\u9fff]){0,4}?';
/**
 * Verbs of using a platform right before its quoted name: 登录“浙里办”, 下载“苏服办”. Building verbs (打造,
 * 建设, 推出) take initiatives as often as platforms (打造“广东模式”), so they say nothing.
 */
const PLATFORM_VERB = /(?:登录|下载|注册|入驻|扫描|使用)$/;
/** What follows an initiative: “放管服”改革, “一网通办”向…, “双碳”目标. */
const INITIATIVE_SUFFIX =
  /^(?:改革|模式|机制|工作|理念|要求|原则|行动|工程|战略|目标|格局|思想|精神|建设|架构|框架|布局|体系|能力|水平|时期|期间|规划|专项)/;
/** A numbered framework or slogan: “1234＋”, “一网通办”, “两地三中心”, “三级建设、六级应用”. */
const SLOGAN_SHAPE =
  /^[\d＋+N-]+$|^[一二两三四五六七八九十百千万][网朵张件地级批号窗次码]|^(?:一|两|三|四|五|六)[\u4e00-\u9fff]{1,3}(?:一|两|三|四|五|六)|[、，]|评$/;
/** Periods and plans: “十四五”. */
const PERIOD = /^十[一二三四五六七八九]?五$/;

export interface QuotedNames {
  /** Platforms, with how often each is written (quoted or, with a brand prefix, bare). */
  readonly platforms: Map<string, number>;
  /** Quoted slogans and initiatives the documents write more than once. */
  readonly terms: Set<string>;
}

const QUOTED = /“([^“”\s、，。；：！？]{2,12})”/g;

/** Votes over every quoted name of the texts; brand-prefixed names (“苏X”, 粤X平台) count as platforms. */
export function classifyQuotedNames(texts: readonly string[], brandPrefixes: readonly string[]): QuotedNames {
  const votes = new Map<string, { platform: number; term: number; uses: number }>();
  const vote = (name: string, kind: 'platform' | 'term' | 'use', weight = 1) => {
    const v = votes.get(name) ?? { platform: 0, term: 0, uses: 0 };
    if (kind === 'use') v.uses += weight;
    else v[kind] += weight;
    votes.set(name, v);
  };
  const platformAfter = new RegExp(`^(?:${DESCRIPTION}${PLATFORM_SUFFIX}|${ADJACENT_SUFFIX})`);
  for (const text of texts) {
    for (const m of text.matchAll(QUOTED)) {
      const name = m[1];
      if (PERIOD.test(name)) continue;
      const before = text.slice(Math.max(0, m.index - 4), m.index);
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 12);
      vote(name, 'use');
      if (platformAfter.test(after)) vote(name, 'platform');
      if (PLATFORM_VERB.test(before)) vote(name, 'platform');
      if (brandPrefixes.some((prefix) => name.startsWith(prefix)) && name.length <= 5) vote(name, 'platform', 2);
      // An edition is of a platform: “闽政通（公众版）”.
      if (/[（(][^（）()]{1,4}版[）)]$/.test(name)) vote(name, 'platform', 2);
      // A code is a platform one logs into: “苏服码”, “福建码” (not 一码通办).
      if (/码$/.test(name) && !SLOGAN_SHAPE.test(name)) vote(name, 'platform');
      if (INITIATIVE_SUFFIX.test(after)) vote(name, 'term');
      if (SLOGAN_SHAPE.test(name)) vote(name, 'term', 2);
    }
  }
  const platforms = new Map<string, number>();
  const terms = new Set<string>();
  for (const [name, v] of votes) {
    if (v.platform > v.term && v.platform > 0) platforms.set(name, v.uses);
    else if (v.uses >= 2 && v.term > 0) terms.add(name);
  }
  // Bare brands with a platform word: 苏服办平台, 粤省事小程序 (counted prefix by prefix, as listed).
  for (const names of bareBrandsIn(texts, brandPrefixes))
    for (const name of names) platforms.set(name, (platforms.get(name) ?? 0) + 1);
  // A platform with its editions: 闽政通（公众版）, 闽政通（政务版） — the platform and each edition, whether
  // quoted or written after a list mark (、闽政通（政务版）).
  for (const text of texts) {
    for (const m of editionsIn(text)) {
      // 升级闽政通（政务版）: a verb before the name is the sentence's.
      const name = m[1].replace(
        /^(?:升级|优化|建设|打造|推广|整合|依托|完善|推动|通过|登录|使用)(?=[\u4e00-\u9fff]{2})/,
        '',
      );
      if (/^(?:第|试行|修订|暂行)/.test(name)) continue;
      platforms.set(name, (platforms.get(name) ?? 0) + 1);
      const edition = `${name}（${m[2]}）`;
      platforms.set(edition, (platforms.get(edition) ?? 0) + 1);
    }
  }
  for (const name of [...platforms.keys()]) {
    const edition = /^(.+?)[（(]([^（）()]{1,4}版)[）)]$/.exec(name);
    if (edition) platforms.set(edition[1], (platforms.get(edition[1]) ?? 0) + 1);
  }
  for (const name of platforms.keys()) terms.delete(name);
  return { platforms, terms };
}

const PLATFORM_WORD_AT = new RegExp(PLATFORM_SUFFIX, 'y');
const isHanCode = (code: number) => code >= 0x4e00 && code <= 0x9fff;

/**
 * For each prefix, the matches of /(?<![\u4e00-\u9fff“])(prefix[\u4e00-\u9fff]{2})PLATFORM_SUFFIX/g in each
 * text in turn, as their name: found in one pass over a text for every prefix, from the characters a prefix
 * starts with, instead of one expression per prefix over every corpus text (a province abbreviation each,
 * a few dozen: a twelfth of indexing 1,000 documents).
 */
export function bareBrandsIn(texts: readonly string[], prefixes: readonly string[]): string[][] {
  const found = prefixes.map((): string[] => []);
  const startingWith = new Map<number, number[]>();
  /** Whether a prefix starts with the code: a typed array read per character of the corpus, not a map's. */
  const starts = new Uint8Array(0x10000);
  prefixes.forEach((prefix, i) => {
    const code = prefix.charCodeAt(0);
    startingWith.set(code, [...(startingWith.get(code) ?? []), i]);
    starts[code] = 1;
  });
  // Where each prefix's last match ended in the text: a prefix's matches do not overlap each other.
  const endOf = new Int32Array(prefixes.length);
  for (const text of texts) {
    endOf.fill(0);
    for (let at = 0; at < text.length; at++) {
      if (starts[text.charCodeAt(at)] === 0) continue;
      const candidates = startingWith.get(text.charCodeAt(at))!;
      const before = at > 0 ? text.charCodeAt(at - 1) : 0;
      if (isHanCode(before) || before === 0x201c /* “ */) continue;
      for (const i of candidates) {
        const prefix = prefixes[i];
        const name = at + prefix.length + 2;
        if (at < endOf[i] || !text.startsWith(prefix, at) || name > text.length) continue;
        if (!isHanCode(text.charCodeAt(name - 2)) || !isHanCode(text.charCodeAt(name - 1))) continue;
        PLATFORM_WORD_AT.lastIndex = name;
        if (!PLATFORM_WORD_AT.test(text)) continue;
        found[i].push(text.slice(at, name));
        endOf[i] = PLATFORM_WORD_AT.lastIndex;
      }
    }
  }
  return found;
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const isHan = (char: string | undefined) => char !== undefined && char >= '\u4e00' && char <= '\u9fff';
const OPENING = new Set(['（', '(']);
const BRACKETS = new Set(['（', '(', '）', ')']);

/**
 * The matches of /(?<![\u4e00-\u9fff])([\u4e00-\u9fff]{2,6})[（(]([^（）()]{1,4}版)[）)]/g in the text, in
 * order, as [whole, name, edition]: found from each 版 before a closing bracket and read back from there,
 * instead of trying a Han run at every position of every corpus text.
 */
export function editionsIn(text: string): Array<[string, string, string]> {
  const found: Array<[string, string, string]> = [];
  for (let at = text.indexOf('版'); at >= 0; at = text.indexOf('版', at + 1)) {
    const close = text[at + 1];
    if (close !== '）' && close !== ')') continue;
    // The edition: one to four characters without brackets, then this 版, after an opening bracket.
    let open = at;
    while (open > at - 4 && open > 0 && !BRACKETS.has(text[open - 1])) open--;
    if (open === at || !OPENING.has(text[open - 1])) continue;
    const bracket = open - 1;
    // The name: a whole Han run of two to six characters right before the bracket.
    let start = bracket;
    while (start > 0 && isHan(text[start - 1])) start--;
    if (bracket - start < 2 || bracket - start > 6) continue;
    found.push([text.slice(start, at + 2), text.slice(start, bracket), text.slice(open, at + 1)]);
  }
  return found;
}
