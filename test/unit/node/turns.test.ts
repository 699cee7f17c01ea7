// The server's turns: stepped work takes one slice of time per turn of the event loop, the urgent first, and no
// step while the connection is handling queued messages — a hover typed behind ten edits waits for no
// step at all, not for ten.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { messageHandled, nextTurn, pauseFor, SLICE_MS } from '../../../server/src/node/turns.js';

const immediate = () => new Promise<void>((resolve) => setImmediate(resolve));

test('one step a turn, urgent work before background work', async () => {
  const order: string[] = [];
  const job = async (name: string, urgency: 'now' | 'background') => {
    for (let i = 0; i < 2; i++) {
      await nextTurn(urgency);
      order.push(`${name}${i}`);
    }
  };
  await Promise.all([job('b', 'background'), job('n', 'now')]);
  assert.deepEqual(order, ['n0', 'n1', 'b0', 'b1']);
});

test('no step in a turn in which the connection handled a message; the steps go on once it is quiet', async () => {
  let steps = 0;
  const job = (async () => {
    for (let i = 0; i < 3; i++) {
      await nextTurn('now');
      steps++;
    }
  })();
  // A queue of messages, one handled per turn, as vscode-jsonrpc does.
  for (let i = 0; i < 6; i++) {
    messageHandled();
    await immediate();
  }
  assert.equal(steps, 0, 'no step while messages were handled');
  await job;
  assert.equal(steps, 3);
});

test('a client that never stops sending does not starve the steps: one every few turns', async () => {
  let steps = 0;
  const job = (async () => {
    for (let i = 0; i < 3; i++) {
      await nextTurn('now');
      steps++;
    }
  })();
  // A turn is two hops of the event loop (turns.ts), and one in MAX_DEFERRED + 1 turns takes a step.
  for (let i = 0; i < 80 && steps < 3; i++) {
    messageHandled();
    await immediate();
  }
  assert.equal(steps, 3, 'the steps went on among the messages');
  await job;
});

test('a pause inside a turn’s slice goes on at once; once the slice is spent it waits for the next turn', async () => {
  const pause = pauseFor('now');
  await nextTurn('now'); // a step the scheduler started: its slice begins now
  assert.equal(pause(), undefined, 'within the slice: no pause');
  const until = performance.now() + SLICE_MS + 1;
  while (performance.now() < until); // the step works past its slice
  const wait = pause();
  assert.ok(wait instanceof Promise, 'past the slice: the next turn');
  let resumed = false;
  void wait.then(() => (resumed = true));
  await Promise.resolve();
  assert.equal(resumed, false, 'not before another turn of the event loop');
  await wait;
  assert.equal(pause(), undefined, 'the resumed step has a new slice');
});

test('work started outside a step (a message’s handler) pauses at its first yield', async () => {
  await immediate();
  const until = performance.now() + SLICE_MS + 1;
  while (performance.now() < until);
  assert.ok(pauseFor('now')() instanceof Promise);
});

test('a message queued in the same turn as the scheduler is handled before the next step', async () => {
  await nextTurn('now'); // the scheduler has seen every message handled so far
  const order: string[] = [];
  const job = (async () => {
    await nextTurn('now');
    order.push('step');
  })();
  // As the connection queues a message read in a turn's poll phase: behind the scheduler's callback.
  setImmediate(() => {
    messageHandled();
    order.push('message');
  });
  await job;
  assert.deepEqual(order, ['message', 'step']);
});
