// "A、B 分别达到 X、Y": the values after 分别 go, in order, to the listed subjects, or failing that to the
// listed metrics ("实名注册用户、日均活跃用户分别突破 1 亿、100 万").
import type { Draft } from './extractFigures.js';
import { metricKey } from './metric.js';
import { listEndingWith, type KnownSubject } from './subjects.js';

/** The distributive figure and the continuing values that follow it in the same sentence. */
function groupAt(drafts: readonly Draft[], index: number): Draft[] {
  const group = [drafts[index]];
  for (let i = index + 1; i < drafts.length && !drafts[i].own && drafts[i].sentence === drafts[index].sentence; i++) {
    group.push(drafts[i]);
  }
  return group;
}

function distributeOver(text: string, subjects: readonly KnownSubject[], group: Draft[]): KnownSubject[] {
  const head = group[0];
  const names = head.subject ? listEndingWith(text, subjects, head.subject) : [];
  if (names.length === group.length) {
    group.forEach((d, i) => (d.subject = names[i]));
    return names;
  }
  const metrics = head.metricPhrase
    .split(/[、和与及]/)
    .map(metricKey)
    .filter(Boolean);
  if (metrics.length === group.length) group.forEach((d, i) => (d.metric = metrics[i]));
  return [];
}

/** After "A、B 分别…" neither A nor B alone is what later clauses of the sentence talk about. */
function closeList(drafts: readonly Draft[], after: number, names: readonly KnownSubject[]): void {
  const sentence = drafts[after - 1].sentence;
  for (let i = after; i < drafts.length && drafts[i].sentence === sentence; i++) {
    const d = drafts[i];
    if (d.carried && d.subject && names.includes(d.subject)) delete d.subject;
  }
}

/** Reassigns subjects or metrics over every 分别 list among the drafts of a span (in place). */
export function distributeLists(text: string, subjects: readonly KnownSubject[], drafts: Draft[]): void {
  for (let i = 0; i < drafts.length; i++) {
    if (!drafts[i].distributive || !drafts[i].own) continue;
    const group = groupAt(drafts, i);
    if (group.length < 2) continue;
    const names = distributeOver(text, subjects, group);
    if (names.length) closeList(drafts, i + group.length, names);
    i += group.length - 1;
  }
}
