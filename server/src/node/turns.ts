// One step of stepped work per turn of the event loop, whichever job it belongs to. setImmediate alone
// would run every job's next step in the same turn (three jobs of 60 ms each: a hover waits 180 ms);
// here the turn's one step is the most urgent waiting — a draft's check or the index a check waits for —
// and background work (the search index, cache warm-up) takes the turns nobody else wants.
//
// Messages come first: the connection handles one incoming message per turn too (vscode-jsonrpc), so
// a step taken in every turn would put a step before each message queued ahead of a hover — ten edits
// typed ahead of it, ten steps. A turn in which the connection handled a message takes no step; the
// steps go on once the queue is empty, or after a few turns of messages (a client that never stops
// sending must not starve the checks).
//
// A step is a slice of time, not one yield: stepped work yields often (a draft's lines one by one), and a
// pause taken within SLICE_MS of the turn's start goes on at once — a turn per yield would spend more
// time changing turns than working, a turn per check would let one check hold a hover for 10 ms.

import type { Pause } from '../service/steps.js';

export type Urgency = 'now' | 'background';

const queues: Record<Urgency, Array<() => void>> = { now: [], background: [] };
let scheduled = false;
/** Messages the connection has handled (messageHandled), and how many there were at the last turn. */
let messages = 0;
let messagesSeen = 0;
/** Turns in a row that took no step for the messages; at MAX_DEFERRED one is taken anyway. */
let deferred = 0;
const MAX_DEFERRED = 8;
/**
 * How long stepped work runs in one turn before it pauses: a request waits at most about this long. 1 ms
 * and not 2: in the soak (3,000 edits, hover, definition and completion among them) the p95 of the three
 * fell from 5.7 to 4.6 ms on average over four runs of each, alternating, while the first diagnostics of
 * a 100 KB draft came as soon (the turns between slices cost little beside the slices).
 */
export const SLICE_MS = 1;
/** When this turn's step began (performance.now); -Infinity outside a step the scheduler started. */
let sliceStart = Number.NEGATIVE_INFINITY;

/** Resolves at a later turn of the event loop, after the incoming messages of this one are read. */
export function nextTurn(urgency: Urgency = 'now'): Promise<void> {
  return new Promise((resolve) => {
    queues[urgency].push(resolve);
    if (!scheduled) schedule();
  });
}

/** Called by the connection for each message it handles (main.ts, through its message strategy). */
export function messageHandled(): void {
  messages++;
}

function schedule(): void {
  scheduled = true;
  // Two hops: a message read in a turn's poll phase is queued (setImmediate) behind this callback,
  // which was queued in the turn before. Deciding at once would take a step before that message is
  // handled — a hover would wait for the slice under way and then for the next one; one hop later the
  // message has been handled and the turn defers to it.
  setImmediate(() => setImmediate(turn));
}

function turn(): void {
  scheduled = false;
  const quiet = messages === messagesSeen || deferred >= MAX_DEFERRED;
  messagesSeen = messages;
  deferred = quiet ? 0 : deferred + 1;
  const next = quiet ? (queues.now.shift() ?? queues.background.shift()) : undefined;
  if (queues.now.length > 0 || queues.background.length > 0) schedule();
  if (!next) return;
  sliceStart = performance.now();
  next();
}

/**
 * A pause function for stepped work of one urgency (steps.ts's Pause): nothing while the turn's slice
 * lasts, else the next turn. Work started outside a step (a message's handler) pauses at its first yield.
 */
export const pauseFor =
  (urgency: Urgency): Pause =>
  () =>
    performance.now() - sliceStart < SLICE_MS ? undefined : nextTurn(urgency);
