// The layout of the readings table (readings.generated.ts), shared by its generator, its reader and
// its test.

/** The first and last character of the table: entry i is the character FIRST + i. */
export const FIRST = 0x3400;
export const LAST = 0x9fff;

/** A character's entry: its readings joined by ','; '' when pinyin-pro gives back the character itself. */
export function encodeReadings(ch: string, readings: readonly string[]): string {
  return readings.length === 1 && readings[0] === ch ? '' : readings.join(',');
}
