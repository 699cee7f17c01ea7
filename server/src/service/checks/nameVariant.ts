// name.variant: one platform or agency written two ways in one draft — quoted and bare, or an
// abbreviation beside the full name. The corpus's form (or the draft's majority) is kept.
import { message } from '../messages.js';
import type { KnownName } from '../model.js';
import { nameKey } from '../text/normalize.js';
import type { Check } from './check.js';
import { pushTo } from './listMap.js';
import type { CheckContext } from './context.js';
import type { Finding } from './finding.js';
import { corpusIsConsistent, OCCURRENCES, type Occurrence } from './names/occurrences.js';
import { relatedDefinitions } from './names/related.js';

export const nameVariant: Check = {
  code: 'name.variant',
  uses: [OCCURRENCES],
  *run(context) {
    const byName = new Map<KnownName, Occurrence[]>();
    // Other quotes are name.quotes' to report.
    for (const o of yield* context.steps(OCCURRENCES)) if (o.quoting !== 'other') pushTo(byName, o.name, o);
    const out: Finding[] = [];
    for (const [name, list] of byName) {
      yield;
      if (name.kind === 'term') {
        out.push(...bareTerm(context, name, list));
        continue;
      }
      if (name.kind === 'platform' && !corpusIsConsistent(context, name)) continue;
      const forms = new Map<string, Occurrence[]>();
      for (const o of list) pushTo(forms, o.formKey, o);
      if (forms.size < 2 || introducesAbbreviation(context, [...forms.keys()])) continue;
      const preferred = preferredForm(name, forms);
      for (const [form, group] of forms) {
        if (form === preferred) continue;
        for (const o of group) out.push(variantFinding(context, name, o, preferred));
      }
    }
    return out;
  },
};

/**
 * A term the draft quotes everywhere else (twice or more) written bare once: perhaps the quotes were
 * forgotten. Published documents do this on purpose too (a bare list 一网通办、一网统管、一网协同…), so it
 * is a note (possible), with the quotes as a safe fix the drafter may apply.
 */
function bareTerm(context: CheckContext, name: KnownName, list: readonly Occurrence[]): Finding[] {
  const quoted = list.filter((o) => o.quoting === 'fullwidth');
  const bare = list.filter((o) => o.quoting === 'none');
  if (bare.length !== 1 || quoted.length === 0) return [];
  // Quoted once and bare once: the corpus decides, where every document quotes it.
  if (quoted.length < 2) return bareOnceAgainstCorpus(context, name, bare[0]);
  const [o] = bare;
  const preferred = quoted[0].form;
  return [
    {
      code: 'name.variant',
      range: o.fullRange,
      confidence: 'possible',
      evidence: [
        { signal: 'in-draft', detail: `${preferred} ×${quoted.length}` },
        { signal: 'bare-form', detail: o.form },
      ],
      message: message(context.locale, 'variant', { name: name.name, here: o.form, preferred }),
      related: [{ uri: context.draft.uri, range: quoted[0].fullRange, message: preferred }],
      fixes: [
        {
          title: message(context.locale, 'writeAs', { form: preferred }),
          range: o.fullRange,
          newText: preferred,
          safe: true,
        },
      ],
    },
  ];
}

/**
 * A term the draft writes once quoted and once bare, where every corpus document that writes it quotes it
 * (three times or more): the corpus's form, as a note. Written once, bare, a term is no variant.
 */
function bareOnceAgainstCorpus(context: CheckContext, name: KnownName, o: Occurrence): Finding[] {
  const { index, locale } = context;
  const mentions = index.mentionsOf(name);
  if (mentions.length < 3) return [];
  const quoted = mentions.every((m) => {
    const doc = index.document(m.docId);
    const line = doc?.lines.lineText(m.range.start.line) ?? '';
    return line[m.range.start.character - 1] === '“' && line[m.range.end.character] === '”';
  });
  if (!quoted) return [];
  const preferred = `“${o.form}”`;
  return [
    {
      code: 'name.variant',
      range: o.fullRange,
      confidence: 'possible',
      evidence: [
        { signal: 'corpus-usage', detail: `${preferred} ×${mentions.length}` },
        { signal: 'bare-form', detail: o.form },
      ],
      message: message(locale, 'quotedInCorpus', { name: name.name, count: mentions.length }),
      related: relatedDefinitions(context, name, message(locale, 'asCorpusWrites', {})),
      fixes: [
        { title: message(locale, 'writeAs', { form: preferred }), range: o.fullRange, newText: preferred, safe: true },
      ],
    },
  ];
}

/** A draft that introduces an abbreviation (（以下简称省政数局）) means both forms. */
function introducesAbbreviation(context: CheckContext, forms: readonly string[]): boolean {
  const text = context.draft.text;
  return forms.some((form) => text.includes(`简称${form}`) || text.includes(`简称“${form}”`));
}

/** A product word right after a bare platform name: 粤商通APP is how news reports write the app. */
const PRODUCT_WORD = /^(?:APP|App|app|小程序|客户端|公众号)/;

function variantFinding(context: CheckContext, name: KnownName, o: Occurrence, preferred: string): Finding {
  const { locale, draft } = context;
  const onlyQuotes = nameKey(o.form) === nameKey(preferred);
  const after = draft.text.slice(draft.lines.offsetAt(o.fullRange.end), draft.lines.offsetAt(o.fullRange.end) + 3);
  const productName = onlyQuotes && o.quoting === 'none' && PRODUCT_WORD.test(after);
  return {
    code: 'name.variant',
    range: o.fullRange,
    confidence: productName ? 'possible' : 'likely',
    evidence: [
      { signal: 'in-draft', detail: preferred },
      { signal: 'corpus-usage', detail: name.display },
    ],
    message: message(locale, 'variant', { name: name.name, here: o.form, preferred }),
    related: relatedDefinitions(context, name, message(locale, 'asCorpusWrites', {})),
    // Setting the quotes cannot change what is meant; an abbreviation written out can read differently.
    fixes: [
      {
        title: message(locale, 'writeAs', { form: preferred }),
        range: o.fullRange,
        newText: preferred,
        safe: onlyQuotes,
      },
    ],
  };
}

/** The corpus's own form wins when the draft uses it; then the full name; otherwise the draft's majority. */
function preferredForm(name: KnownName, forms: Map<string, Occurrence[]>): string {
  if (forms.has(name.display)) return name.display;
  const full = [...forms.keys()].find((form) => nameKey(form) === nameKey(name.name));
  if (full && [...forms.keys()].some((form) => nameKey(form) !== nameKey(name.name))) return full;
  return [...forms].sort((a, b) => b[1].length - a[1].length)[0][0];
}
