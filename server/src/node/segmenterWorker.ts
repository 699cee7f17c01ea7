// The segmenter's worker thread: loads nodejieba and its dictionary here, so the server's main thread
// answers hovers and publishes first diagnostics meanwhile, then serves cuts over the shared channel.
import { parentPort, workerData } from 'node:worker_threads';
import { loadDictionary, type JiebaModule } from './jiebaSegmenter.js';
import { Op, readText, State, writeWords, type Channel } from './segmenterChannel.js';

interface WorkerInput {
  readonly channel: Channel;
  readonly words: readonly string[];
}

const { channel, words } = workerData as WorkerInput;
const control = new Int32Array(channel.control);
const answer = new Int32Array(channel.answer);

function start(): void {
  const began = performance.now();
  let jieba: JiebaModule;
  try {
    jieba = require('nodejieba') as JiebaModule;
    loadDictionary(jieba);
    for (const word of words) jieba.insertWord(word);
  } catch (error) {
    parentPort?.postMessage({ ready: false, error: error instanceof Error ? error.message : String(error) });
    return;
  }
  const taught = new Set(words);
  parentPort?.postMessage({ ready: true, loadMs: performance.now() - began, wordsInserted: words.length });
  for (;;) {
    Atomics.wait(control, 0, State.Idle);
    if (Atomics.load(control, 0) !== State.Request) {
      // The main thread has not yet taken the last answer.
      Atomics.wait(control, 0, State.Done, 50);
      continue;
    }
    const text = readText(channel, control[2]);
    let count = 0;
    try {
      switch (control[1] as Op) {
        case Op.Cut:
          count = writeWords(
            answer,
            text,
            jieba.cut(text).filter((w) => w.trim().length > 0),
          );
          break;
        case Op.Segment:
          count = writeWords(answer, text, jieba.cut(text, false));
          break;
        case Op.IsWord: {
          const words = text.length < 2 || taught.has(text) ? [] : jieba.cut(text, false);
          answer[0] = words.length === 1 && words[0] === text ? 1 : 0;
          count = 1;
          break;
        }
        case Op.AddWord:
          taught.add(text);
          jieba.insertWord(text);
          break;
      }
    } catch {
      count = -1;
    }
    control[3] = count;
    Atomics.store(control, 0, State.Done);
    Atomics.notify(control, 0);
  }
}

start();
