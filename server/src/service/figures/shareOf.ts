import { clean } from './metric.js';

/**
 * What a leading percentage is a share of: 80%以上的农村家庭具备千兆接入能力 -> 农村家庭具备千兆接入能力
 * (the share of rural homes that have gigabit access). Only with 的 after the number, which makes the
 * phrase that follows the thing counted, up to its clause's end.
 */
export function readShareOf(
  text: string,
  pos: number,
  to: number,
): { start: number; end: number; phrase: string } | undefined {
  const m = /^(?:以上|以下|左右)?的/.exec(text.slice(pos, to));
  if (!m) return undefined;
  const start = pos + m[0].length;
  let end = start;
  while (end < to && end - start < 20 && /[\u3400-\u9fff“”]/.test(text.charAt(end))) end++;
  const phrase = text
    .slice(start, end)
    .replace(/(?:将|要|均|都|能够|可以|可)(?=具备|实现|达到|完成|接入|使用|开通|享受)/, '');
  return clean(phrase).length >= 4 ? { start, end, phrase } : undefined;
}
