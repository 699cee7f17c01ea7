import type { IndexedDocument } from '../../index/corpusIndex.js';
import { scopeOf, type Jurisdiction } from '../../language/jurisdiction.js';
import type { Figure } from '../../model.js';
import type { CheckContext } from '../context.js';

/**
 * Whose figure a draft states. A platform's figure is the figure of the province whose documents set up
 * the platform (a city plan restating the 粤省事 target speaks of Guangdong's platform). Any other
 * measure belongs to the jurisdiction the sentence names (全省 / 全市) or, failing that, to the draft's.
 */
export function figureJurisdiction(context: CheckContext, figure: Figure): Jurisdiction | undefined {
  const platform = context.index.lookupName(figure.subject).find((name) => name.kind === 'platform');
  if (platform) {
    const province = context.index.provinceOfNames([platform]);
    return province ? { province } : context.jurisdiction;
  }
  const draft = context.jurisdiction;
  if (!draft) return undefined;
  const scope = scopeOf(figure.text);
  if (scope === 'province') return draft.province ? { province: draft.province } : undefined;
  return draft;
}

/** Whether a corpus document speaks for the same jurisdiction as the figure. */
export function sameJurisdiction(figure: Jurisdiction | undefined, document: IndexedDocument): boolean {
  const doc = document.jurisdiction;
  if (!figure?.province || !doc?.province) return false;
  return figure.province === doc.province && (figure.locality ?? '') === (doc.locality ?? '');
}
