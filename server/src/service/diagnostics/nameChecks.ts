import { describeName } from '../features/describe.js';
import { t } from '../l10n.js';
import type { KnownName, Range } from '../model.js';
import { nameKey } from '../text/normalize.js';
import type { CheckContext } from './checkContext.js';
import type { PolicyDiagnostic, RelatedSource } from './policyDiagnostic.js';

function relatedFor(context: CheckContext, name: KnownName, message: string): RelatedSource[] {
  const description = describeName(context.index, name)[0];
  return description ? [{ uri: description.doc.uri, range: description.range, message }] : [];
}

/** name.deprecated: a name the registry marks as replaced, citing the document that says so. */
export function findDeprecatedNames(context: CheckContext): PolicyDiagnostic[] {
  const { draft, locale } = context;
  const out: PolicyDiagnostic[] = [];
  for (const match of context.matches) {
    const name = match.values.find((value) => value.deprecated);
    if (!name?.deprecated || isHistorical(context, match.start, match.end)) continue;
    const d = name.deprecated;
    const range = draft.lines.rangeOf(match.start, match.end);
    const written = draft.text.slice(match.start, match.end);
    const replacement = d.replacedBy ? context.index.lookupName(d.replacedBy)[0] : undefined;
    out.push({
      code: 'name.deprecated',
      range,
      severity: 'warning',
      message: t(
        locale,
        `“${written}”已停用${d.since ? `（${d.since}起）` : ''}${d.replacedBy ? `，现为“${d.replacedBy}”` : ''}；依据：${d.source}${d.note ? `（${d.note}）` : ''}`,
        `"${written}" is no longer used${d.since ? ` (since ${d.since})` : ''}${d.replacedBy ? `; now "${d.replacedBy}"` : ''}; per ${d.source}`,
      ),
      related: replacement
        ? relatedFor(
            context,
            replacement,
            t(locale, `“${replacement.name}”见此`, `"${replacement.name}" is defined here`),
          )
        : [],
      fixes: d.replacedBy
        ? [
            {
              title: t(locale, `改为“${d.replacedBy}”`, `Change to "${d.replacedBy}"`),
              range,
              newText: d.replacedBy,
              preferred: true,
            },
          ]
        : [],
    });
  }
  return out;
}

/**
 * A sentence that tells the history — 原省咨询投诉平台, or the old and the new name together (撤并…
 * 省信息中心…组建省政务服务数据管理局) — uses the old name on purpose.
 */
function isHistorical(context: CheckContext, start: number, end: number): boolean {
  const text = context.draft.text;
  const sentenceStart = Math.max(text.lastIndexOf('。', start), text.lastIndexOf('\n', start)) + 1;
  let sentenceEnd = text.slice(end).search(/[。\n]/);
  sentenceEnd = sentenceEnd < 0 ? text.length : end + sentenceEnd;
  const sentence = text.slice(sentenceStart, sentenceEnd);
  // Words that tell a change: 撤并…组建, 在原…基础上, 更名为, 前身.
  return HISTORY_WORDS.test(sentence);
}

const HISTORY_WORDS = /撤并|撤销|并入|组建|改组|更名|改名|前身|曾用名|基础上|取代|替代/;

interface Occurrence {
  readonly name: KnownName;
  readonly range: Range;
  /** The span to replace: the name and any quotes around it. */
  readonly fullRange: Range;
  /** How it is written, quotes included: “粤省事”, 粤省事, "粤省事", 省政数局. */
  readonly form: string;
  readonly quoting: 'fullwidth' | 'ascii' | 'none';
}

function insideQuotes(text: string, at: number): boolean {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const before = text.slice(lineStart, at);
  return before.lastIndexOf('“') > before.lastIndexOf('”');
}

const OPEN = new Map([
  ['“', '”'],
  ['"', '"'],
  ['「', '」'],
  ['『', '』'],
  ["'", "'"],
]);

function occurrences(context: CheckContext): Occurrence[] {
  const { draft } = context;
  const text = draft.text;
  const out: Occurrence[] = [];
  for (const match of context.matches) {
    // Terms are quoted inconsistently even in the corpus; only platforms and agencies have one right form.
    const name = match.values.find((v) => v.kind === 'platform') ?? match.values.find((v) => v.kind === 'agency');
    if (!name || name.deprecated) continue;
    const before = text[match.start - 1];
    const close = OPEN.get(before);
    const quoted = close !== undefined && text[match.end] === close;
    // Part of a longer quoted name (“粤省事码（粤居码）”) is neither bare nor a variant.
    if (!quoted && insideQuotes(text, match.start)) continue;
    const start = quoted ? match.start - 1 : match.start;
    const end = quoted ? match.end + 1 : match.end;
    out.push({
      name,
      range: draft.lines.rangeOf(match.start, match.end),
      fullRange: draft.lines.rangeOf(start, end),
      form: text.slice(start, end),
      quoting: !quoted ? 'none' : before === '“' ? 'fullwidth' : 'ascii',
    });
  }
  return out;
}

/**
 * name.quotes: a platform the corpus quotes (“粤省事”) written with ASCII or other quotes (a warning),
 * or bare. Some corpus documents write platforms bare (粤省事平台), so bare is only a hint — and a
 * variant (a warning) when the same draft also quotes it.
 */
export function findQuoteProblems(context: CheckContext, variantRanges: ReadonlySet<string>): PolicyDiagnostic[] {
  const { locale } = context;
  return occurrences(context)
    .filter((o) => o.name.kind === 'platform' && o.quoting !== 'fullwidth' && o.name.display.startsWith('“'))
    .filter((o) => o.quoting === 'ascii' || corpusQuotes(context, o.name))
    .filter((o) => !variantRanges.has(rangeKey(o.fullRange)))
    .map((o) => ({
      code: 'name.quotes' as const,
      range: o.fullRange,
      severity: o.quoting === 'ascii' ? ('warning' as const) : ('info' as const),
      message: t(
        locale,
        `平台名称应使用全角引号：${o.name.display}`,
        `Platform names take full-width quotes: ${o.name.display}`,
      ),
      related: relatedFor(context, o.name, t(locale, '语料中的写法', 'as the corpus writes it')),
      fixes: [
        {
          title: t(locale, `改为${o.name.display}`, `Change to ${o.name.display}`),
          range: o.fullRange,
          newText: o.name.display,
          preferred: true,
        },
      ],
    }));
}

/**
 * name.variant: one entity written two ways in one draft — quoted and bare, or an abbreviation and
 * the full name. The form the corpus uses (or the draft's majority) is kept; the others are flagged.
 */
export function findVariants(context: CheckContext): PolicyDiagnostic[] {
  const { locale } = context;
  const byName = new Map<KnownName, Occurrence[]>();
  for (const occurrence of occurrences(context)) {
    if (occurrence.quoting === 'ascii') continue; // name.quotes reports those
    byName.set(occurrence.name, [...(byName.get(occurrence.name) ?? []), occurrence]);
  }
  const out: PolicyDiagnostic[] = [];
  for (const [name, list] of byName) {
    if (name.kind === 'platform' && !corpusIsConsistent(context, name)) continue;
    const forms = new Map<string, Occurrence[]>();
    for (const o of list) forms.set(o.form, [...(forms.get(o.form) ?? []), o]);
    if (forms.size < 2) continue;
    // A draft that introduces an abbreviation (（以下简称省政数局）) means both forms.
    if (
      [...forms.keys()].some(
        (form) => context.draft.text.includes(`简称${form}`) || context.draft.text.includes(`简称“${form}”`),
      )
    )
      continue;
    const preferred = preferredForm(name, forms);
    for (const [form, group] of forms) {
      if (form === preferred) continue;
      for (const o of group) {
        out.push({
          code: 'name.variant',
          range: o.fullRange,
          severity: 'warning',
          message: t(
            locale,
            `同一文稿中“${name.name}”有不同写法：此处为${form}，其他处为${preferred}`,
            `"${name.name}" is written two ways in this draft: ${form} here, ${preferred} elsewhere`,
          ),
          related: relatedFor(context, name, t(locale, '语料中的写法', 'as the corpus writes it')),
          fixes: [
            {
              title: t(locale, `统一为${preferred}`, `Write ${preferred}`),
              range: o.fullRange,
              newText: preferred,
              preferred: true,
            },
          ],
        });
      }
    }
  }
  return out;
}

/**
 * Whether the corpus writes the platform as its display form (quoted or bare) as a rule — seven
 * times in ten or more. Only then is another form beside it in one draft a variant; names the corpus
 * itself writes both ways about equally are left alone.
 */
function corpusIsConsistent(context: CheckContext, name: KnownName): boolean {
  const mentions = context.index.mentionsOf(name);
  if (mentions.length === 0) return true;
  const wantsQuotes = name.display.startsWith('“');
  let asDisplayed = 0;
  const formsByDoc = new Map<string, Set<boolean>>();
  for (const mention of mentions) {
    const doc = context.index.document(mention.docId);
    const line = doc?.lines.lineText(mention.range.start.line) ?? '';
    const quoted = line[mention.range.start.character - 1] === '“' && line[mention.range.end.character] === '”';
    // Part of a longer quoted name (“粤省事码（粤居码）”): neither form.
    if (!quoted && insideQuotes(line, mention.range.start.character)) continue;
    if (quoted === wantsQuotes) asDisplayed++;
    formsByDoc.set(mention.docId, (formsByDoc.get(mention.docId) ?? new Set()).add(quoted));
  }
  // A corpus document that itself writes the name both ways shows both are accepted usage.
  if ([...formsByDoc.values()].some((forms) => forms.size > 1)) return false;
  return asDisplayed / mentions.length >= 0.7;
}

function corpusQuotes(context: CheckContext, name: KnownName): boolean {
  return name.display.startsWith('“') && corpusIsConsistent(context, name);
}

/** The corpus's own form wins when the draft uses it; otherwise the draft's most frequent form. */
function preferredForm(name: KnownName, forms: Map<string, Occurrence[]>): string {
  if (forms.has(name.display)) return name.display;
  const full = [...forms.keys()].find((form) => nameKey(form) === nameKey(name.name));
  if (full && [...forms.keys()].some((form) => nameKey(form) !== nameKey(name.name))) return full;
  return [...forms].sort((a, b) => b[1].length - a[1].length)[0][0];
}

export function rangeKey(range: Range): string {
  return `${range.start.line}:${range.start.character}-${range.end.line}:${range.end.character}`;
}
