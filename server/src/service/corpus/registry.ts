import { z } from 'zod';
import { parseDocument as parseYaml } from 'yaml';
import { MAX_YAML_DEPTH, yamlTooDeep } from './yamlDepth.js';
import { yamlData } from './yamlData.js';
import type { Locale } from '../l10n.js';
import { CORPUS_FILE_MESSAGES as M } from '../messages/corpusFiles.js';
import { say } from '../messages/entry.js';

const nameKind = z.enum(['platform', 'agency', 'document', 'term', 'indicator']);

/** One curated name: what the text alone cannot tell (aliases, deprecation, unquoted platforms). */
const registryEntrySchema = z
  .object({
    kind: nameKind,
    name: z.string().min(1),
    aliases: z.array(z.string().min(1)).default([]),
    /** How documents write it, e.g. “粤省事”; defaults to the name. */
    display: z.string().min(1).optional(),
    note: z.string().optional(),
    /** The name is current: history learned from the documents never marks it replaced (a veto). */
    current: z.boolean().optional(),
    deprecated: z
      .object({
        replacedBy: z.string().min(1).optional(),
        since: z.string().optional(),
        /** The document (title or 文号) that says so. */
        source: z.string().min(1),
        note: z.string().optional(),
      })
      .strict()
      .optional(),
  })
  .strict();

export const registrySchema = z
  .object({
    version: z.literal(1),
    /**
     * Leading characters of the province's platform brands (粤 for “粤省事”, 浙 for “浙里办”): a brand is
     * its prefix and a few characters, so a longer prefix is a mistake (and would not fit in a pattern).
     */
    brandPrefixes: z.array(z.string().min(1).max(4)).default([]),
    names: z.array(registryEntrySchema).default([]),
    /** Ordinary words that look like near misses of names but are not (never flagged). */
    ordinaryWords: z.array(z.string().min(1)).default([]),
  })
  .strict();

export type Registry = z.infer<typeof registrySchema>;
export type RegistryEntry = z.infer<typeof registryEntrySchema>;

export const EMPTY_REGISTRY: Registry = { version: 1, brandPrefixes: [], names: [], ordinaryWords: [] };

export type RegistryParseResult = { ok: true; registry: Registry } | { ok: false; message: string; field?: string; line?: number };

/** Parses and validates a registry file (YAML). Errors name the field and line. Never throws. */
export function parseRegistry(text: string, locale: Locale = 'zh'): RegistryParseResult {
  const deep = yamlTooDeep(text);
  if (deep) return { ok: false, message: say(locale, M.yamlTooDeep, { ...deep, limit: MAX_YAML_DEPTH }), line: deep.line };
  const yamlDoc = parseYaml(text.replace(/^\uFEFF/, ''), { keepSourceTokens: true });
  if (yamlDoc.errors.length > 0) {
    const error = yamlDoc.errors[0];
    const message = say(locale, M.notYaml, { error: error.message.split('\n')[0] });
    return { ok: false, message, line: error.linePos?.[0].line };
  }
  const data = yamlData(yamlDoc);
  if (!data.ok) return { ok: false, message: say(locale, M.notYaml, { error: data.error }), line: 1 };
  const parsed = registrySchema.safeParse(data.data);
  if (parsed.success) return { ok: true, registry: parsed.data };
  const issue = parsed.error.issues[0];
  const field = issue.path.join('.');
  const node = yamlDoc.getIn(issue.path, true) as { range?: [number, number, number] } | undefined;
  const line = node?.range ? text.slice(0, node.range[0]).split('\n').length : undefined;
  return { ok: false, message: say(locale, M.field, { field, problem: issue.message }), field, line };
}

/** Several registries (bundled + users') merge: later names add aliases to, or override, earlier ones. */
export function mergeRegistries(registries: readonly Registry[]): Registry {
  const byKey = new Map<string, RegistryEntry>();
  for (const registry of registries) {
    for (const entry of registry.names) {
      const key = `${entry.kind}:${entry.name}`;
      const previous = byKey.get(key);
      byKey.set(key, previous ? { ...previous, ...entry, aliases: [...new Set([...previous.aliases, ...entry.aliases])] } : entry);
    }
  }
  return {
    version: 1,
    brandPrefixes: [...new Set(registries.flatMap((r) => r.brandPrefixes))],
    names: [...byKey.values()],
    ordinaryWords: [...new Set(registries.flatMap((r) => r.ordinaryWords))],
  };
}
