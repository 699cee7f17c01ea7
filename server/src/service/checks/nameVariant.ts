// name.variant: one platform or agency written two ways in one draft — quoted and bare, or an
// abbreviation beside the full name. The corpus's form (or the draft's majority) is kept.
import { message } from '../messages.js';
import type { KnownName } from '../model.js';
import { nameKey } from '../text/normalize.js';
import type { Check } from './check.js';
import type { CheckContext } from './context.js';
import type { Finding } from './finding.js';
import { corpusIsConsistent, OCCURRENCES, type Occurrence } from './names/occurrences.js';
import { relatedDefinitions } from './names/related.js';

export const nameVariant: Check = {
  code: 'name.variant',
  run(context) {
    const byName = new Map<KnownName, Occurrence[]>();
    // Other quotes are name.quotes' to report.
    for (const o of context.get(OCCURRENCES))
      if (o.quoting !== 'other') byName.set(o.name, [...(byName.get(o.name) ?? []), o]);
    const out: Finding[] = [];
    for (const [name, list] of byName) {
      if (name.kind === 'platform' && !corpusIsConsistent(context, name)) continue;
      const forms = new Map<string, Occurrence[]>();
      for (const o of list) forms.set(o.formKey, [...(forms.get(o.formKey) ?? []), o]);
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

/** A draft that introduces an abbreviation (（以下简称省政数局）) means both forms. */
function introducesAbbreviation(context: CheckContext, forms: readonly string[]): boolean {
  const text = context.draft.text;
  return forms.some((form) => text.includes(`简称${form}`) || text.includes(`简称“${form}”`));
}

function variantFinding(context: CheckContext, name: KnownName, o: Occurrence, preferred: string): Finding {
  const { locale } = context;
  const onlyQuotes = nameKey(o.form) === nameKey(preferred);
  return {
    code: 'name.variant',
    range: o.fullRange,
    confidence: 'likely',
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
