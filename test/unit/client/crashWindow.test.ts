// The client starts a stopped server again at most 4 times within 3 minutes; a fifth stop in that time
// leaves it stopped, and crashes older than the window no longer count.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CrashWindow } from '../../../client/src/crashWindow.js';

test('four restarts within three minutes, not a fifth', () => {
  let now = 0;
  const window = new CrashWindow(4, 180_000, () => now);
  const answers = [0, 10_000, 20_000, 30_000, 40_000].map((at) => {
    now = at;
    return window.crashed();
  });
  assert.deepEqual(
    answers.map((a) => a.restart),
    [true, true, true, true, false],
  );
  assert.equal(answers[4].count, 5);
});

test('crashes older than the window are forgotten, and starting again by hand starts the count over', () => {
  let now = 0;
  const window = new CrashWindow(4, 180_000, () => now);
  for (const at of [0, 1_000, 2_000, 3_000]) {
    now = at;
    window.crashed();
  }
  now = 181_500; // the first two are out of the window
  assert.deepEqual(window.crashed(), { restart: true, count: 3 });
  assert.deepEqual(window.crashed(), { restart: true, count: 4 });
  assert.deepEqual(window.crashed(), { restart: false, count: 5 });
  window.reset();
  assert.deepEqual(window.crashed(), { restart: true, count: 1 });
});
