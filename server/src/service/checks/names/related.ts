import type { KnownName } from '../../model.js';
import { describeName } from '../../features/describe.js';
import type { CheckContext } from '../context.js';
import type { RelatedSource } from '../finding.js';

/** Where the corpus defines or best describes a name, as related information. */
export function relatedDefinitions(context: CheckContext, name: KnownName, label: string): RelatedSource[] {
  const description = describeName(context.index, name)[0];
  return description ? [{ uri: description.doc.uri, range: description.range, message: label }] : [];
}
