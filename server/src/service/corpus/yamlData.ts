// A YAML document's data, never an exception: a header with an alias bomb (&a [*a, *a …] nested) or
// another structure the YAML library refuses to expand becomes an error on that one file.
import type { Document } from 'yaml';

/** Aliases a header or registry of ours may expand; the library's own limit is higher. */
const MAX_ALIASES = 50;

export type YamlData = { ok: true; data: unknown } | { ok: false; error: string };

export function yamlData(document: Document): YamlData {
  try {
    return { ok: true, data: document.toJS({ maxAliasCount: MAX_ALIASES }) };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
