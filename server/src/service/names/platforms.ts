/** Words that, after a quoted name and a short description (移动办公平台), say the name is a platform. */
const PLATFORM_SUFFIX = '(?:平台|APP|App|app|小程序|客户端|门户|公众号|系统)';
/** Words that say so only right after the name: “粤视会”应用, but not “一张表”创新应用. */
const ADJACENT_SUFFIX = '(?:应用|品牌|移动端)';
const NAME = '([^“”\\s、，。；：]{2,10})';
const QUOTED_PLATFORM = new RegExp(`“${NAME}”(?:[\\u4e00-\\u9fff]{0,4}?${PLATFORM_SUFFIX}|${ADJACENT_SUFFIX})`, 'g');

/**
 * Platform names a text introduces: “粤商通”APP, “粤政易”移动办公平台, and with the province's brand
 * prefixes (from the registry) also unquoted brands such as 粤省事平台. Counts how often each occurs.
 */
export function findPlatformNames(text: string, brandPrefixes: readonly string[]): Map<string, number> {
  const found = new Map<string, number>();
  const add = (name: string) => found.set(name, (found.get(name) ?? 0) + 1);
  for (const match of text.matchAll(QUOTED_PLATFORM)) add(match[1]);
  for (const prefix of brandPrefixes) {
    const escaped = escapeRegExp(prefix);
    // “粤X”-shaped brands are platforms even without a suffix; unquoted ones need the suffix.
    for (const match of text.matchAll(quotedBrand(prefix))) add(match[1]);
    for (const match of text.matchAll(
      new RegExp(`(?<![\\u4e00-\\u9fff“])(${escaped}[\\u4e00-\\u9fff]{2})${PLATFORM_SUFFIX}`, 'g'),
    ))
      add(match[1]);
  }
  return found;
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A quoted name of the province's brand shape: “粤省事”, “浙政钉” — the prefix and one to four characters. */
export function quotedBrand(prefix: string): RegExp {
  return new RegExp(`“(${escapeRegExp(prefix)}[\\u4e00-\\u9fff]{1,4})”`, 'g');
}
