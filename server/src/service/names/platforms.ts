/** Words that, right after a quoted name, say the name is a platform, app or system. */
const PLATFORM_SUFFIX = '(?:平台|APP|App|app|小程序|移动端|客户端|系统|门户|应用|公众号|品牌)';
const QUOTED_PLATFORM = new RegExp(`“([^“”\\s]{2,10})”(?:[^，。；、“”]{0,6}?)${PLATFORM_SUFFIX}`, 'g');

/**
 * Platform names a text introduces: “粤商通”APP, “粤政易”移动办公平台, and with the province's brand
 * prefixes (from the registry) also unquoted brands such as 粤省事平台. Counts how often each occurs.
 */
export function findPlatformNames(text: string, brandPrefixes: readonly string[]): Map<string, number> {
  const found = new Map<string, number>();
  const add = (name: string) => found.set(name, (found.get(name) ?? 0) + 1);
  for (const match of text.matchAll(QUOTED_PLATFORM)) add(match[1]);
  for (const prefix of brandPrefixes) {
    const escaped = prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    // “粤X”-shaped brands are platforms even without a suffix; unquoted ones need the suffix.
    for (const match of text.matchAll(new RegExp(`“(${escaped}[\\u4e00-\\u9fff]{1,3})”`, 'g'))) add(match[1]);
    for (const match of text.matchAll(new RegExp(`(?<![\\u4e00-\\u9fff“])(${escaped}[\\u4e00-\\u9fff]{2})${PLATFORM_SUFFIX}`, 'g'))) add(match[1]);
  }
  return found;
}
