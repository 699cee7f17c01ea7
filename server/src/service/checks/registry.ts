// Every check, registered once. Adding a check is a file with one code and a line here.
import type { Check } from './check.js';
import { docNumberMismatch } from './docNumberMismatch.js';
import { draftNotChecked } from './draftNotChecked.js';
import { eventAlreadyHeld } from './eventAlreadyHeld.js';
import { nameDeprecated } from './nameDeprecated.js';
import { nameNearMiss } from './nameNearMiss.js';
import { nameNewName } from './nameNewName.js';
import { nameQuotes } from './nameQuotes.js';
import { nameUnknownPlatform } from './nameUnknownPlatform.js';
import { nameVariant } from './nameVariant.js';
import { valueBaselineAsTarget } from './valueBaselineAsTarget.js';
import { valueConflict } from './valueConflict.js';
import { valueInconsistent } from './valueInconsistent.js';
import { valueOutdated } from './valueOutdated.js';

export const CHECKS: readonly Check[] = [
  nameNearMiss,
  nameNewName,
  nameDeprecated,
  nameVariant,
  nameQuotes,
  nameUnknownPlatform,
  docNumberMismatch,
  valueOutdated,
  valueBaselineAsTarget,
  valueConflict,
  valueInconsistent,
  eventAlreadyHeld,
  draftNotChecked,
];
