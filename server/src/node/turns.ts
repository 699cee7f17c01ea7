// One step of stepped work per turn of the event loop, whichever job it belongs to. setImmediate alone
// would run every job's next step in the same turn (three jobs of 60 ms each: a hover waits 180 ms);
// here the turn's one step is the most urgent waiting — a draft's check or the index a check waits for —
// and background work (the search index, cache warm-up) takes the turns nobody else wants.

export type Urgency = 'now' | 'background';

const queues: Record<Urgency, Array<() => void>> = { now: [], background: [] };
let scheduled = false;

/** Resolves at a later turn of the event loop, after the incoming messages of this one are read. */
export function nextTurn(urgency: Urgency = 'now'): Promise<void> {
  return new Promise((resolve) => {
    queues[urgency].push(resolve);
    if (!scheduled) schedule();
  });
}

function schedule(): void {
  scheduled = true;
  setImmediate(() => {
    scheduled = false;
    const next = queues.now.shift() ?? queues.background.shift();
    if (queues.now.length > 0 || queues.background.length > 0) schedule();
    next?.();
  });
}

/** A pause function for stepped work of one urgency. */
export const pauseFor = (urgency: Urgency) => () => nextTurn(urgency);
