// Which known name (platform, indicator) a figure is about. The caller owns the dictionary; here we only
// choose among the names it found in the span.

export interface KnownSubject {
  readonly start: number;
  readonly end: number;
  readonly name: string;
}

/** Names sorted by position, longest first at the same start, with names nested in a longer one dropped. */
export function orderSubjects(found: readonly KnownSubject[], from: number, to: number): KnownSubject[] {
  const sorted = found
    .filter((s) => s.start >= from && s.end <= to && s.end > s.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: KnownSubject[] = [];
  for (const s of sorted) {
    const last = kept[kept.length - 1];
    if (last && s.start < last.end) continue;
    kept.push(s);
  }
  return kept;
}

/** The nearest name that ends at or before `pos` and starts at or after `from`. */
export function nearestBefore(subjects: readonly KnownSubject[], from: number, pos: number): KnownSubject | undefined {
  let best: KnownSubject | undefined;
  for (const s of subjects) if (s.start >= from && s.end <= pos) best = s;
  return best;
}

/** The first name inside [from, to). */
export function firstInside(subjects: readonly KnownSubject[], from: number, to: number): KnownSubject | undefined {
  return subjects.find((s) => s.start >= from && s.end <= to);
}

/** Only quotes, spaces and list connectives between two names: “粤省事”“粤商通”, A、B, A和B. */
const LIST_GAP = /^[\s“”"'‘’「」『』、,，和与及以及]*$/;

/**
 * The run of names that ends with `last` and is written as a list ("“粤省事”“粤商通”日均活跃用户量分别达到…"):
 * the subjects that 分别 distributes values over, in order.
 */
export function listEndingWith(text: string, subjects: readonly KnownSubject[], last: KnownSubject): KnownSubject[] {
  const index = subjects.indexOf(last);
  const run = [last];
  for (let i = index - 1; i >= 0; i--) {
    if (!LIST_GAP.test(text.slice(subjects[i].end, run[0].start))) break;
    run.unshift(subjects[i]);
  }
  return run;
}

/** A name followed by a platform word (粤商通平台, “粤商通”APP) is what its sentence is about. */
const TOPIC_WORD = /^[”"]?(平台|APP|App|app|小程序|客户端|移动端)/;

/**
 * The last topic name between `from` and `pos`: when a figure's subject is carried over from earlier
 * clauses, the platform the sentence is about beats one it merely mentions on the way
 * (完善粤商通平台…，拓展粤商码应用场景，…日均活跃用户超过50万 is about 粤商通).
 */
export function topicBefore(
  text: string,
  subjects: readonly KnownSubject[],
  from: number,
  pos: number,
): KnownSubject | undefined {
  let best: KnownSubject | undefined;
  for (const s of subjects)
    if (s.start >= from && s.end <= pos && TOPIC_WORD.test(text.slice(s.end, s.end + 4))) best = s;
  return best;
}
