// Long work written once as a generator that yields between steps: run to the end at once (the CLI, the
// tests), or with a turn of the event loop at each yield (the server, which must keep answering).
import type { CancellationToken } from './cancellation.js';

/**
 * Awaited at each yield of stepped work: a promise settles once the caller may go on (the server's next
 * turn); undefined means go on at once (the turn's time is not spent yet), without even a microtask.
 */
export type Pause = () => Promise<void> | undefined;

/**
 * Where each item is cheap work (a line looked up in a memo, a match asked one cached question), stepped
 * work yields once per this many: a yield per item would cost more than the item, and 32 of them still
 * take well under the server's slice.
 */
export const ITEMS_PER_YIELD = 32;

/** Runs the steps to the end without pausing. */
export function runSteps<T>(steps: Generator<void, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * Runs the steps with `pause` awaited at each yield (the server's turns); undefined if the token is
 * cancelled first, and the steps are then closed where they stood.
 */
export async function runStepsPaused<T>(
  steps: Generator<void, T>,
  pause: Pause,
  token?: CancellationToken,
): Promise<T | undefined> {
  for (;;) {
    if (token?.isCancellationRequested) {
      steps.return(undefined as T);
      return undefined;
    }
    const step = steps.next();
    if (step.done) return step.value;
    const wait = pause();
    if (wait) await wait;
  }
}
