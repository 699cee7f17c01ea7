import { t } from '../l10n.js';
import { quotedBrand } from '../names/platforms.js';
import type { CheckContext } from './checkContext.js';
import type { PolicyDiagnostic } from './policyDiagnostic.js';

/** name.unknown-platform: a quoted brand of the province's shape (“粤X”) that the corpus does not know. */
export function findUnknownPlatforms(
  context: CheckContext,
  alreadyReported: (start: number, end: number) => boolean,
): PolicyDiagnostic[] {
  const { draft, index, locale } = context;
  const out: PolicyDiagnostic[] = [];
  for (const prefix of index.registry.brandPrefixes) {
    for (const match of draft.text.matchAll(quotedBrand(prefix))) {
      const name = match[1];
      const start = match.index + 1;
      if (index.lookupName(name).length > 0 || alreadyReported(start, start + name.length)) continue;
      out.push({
        code: 'name.unknown-platform',
        range: draft.lines.rangeOf(start, start + name.length),
        severity: 'info',
        message: t(
          locale,
          `语料中没有平台“${name}”，请核实名称`,
          `The corpus knows no platform "${name}": check the name`,
        ),
        related: [],
        fixes: [],
      });
    }
  }
  return out;
}
