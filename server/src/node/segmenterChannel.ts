// A synchronous channel to the segmenter worker: the request and its answer travel through shared
// memory, and the main thread waits on an Atomics word for the few microseconds a cut takes. This keeps
// the language service's Segmenter synchronous while jieba's dictionary lives (and loads) in another thread.

/** Chars one request can carry; longer text is cut in pieces at this size. */
export const CHANNEL_CHARS = 1 << 18;

export const enum State {
  Idle = 0,
  Request = 1,
  Done = 2,
}

export const enum Op {
  Cut = 1,
  Segment = 2,
  IsWord = 3,
  AddWord = 4,
}

/** The shared buffers, created by the main thread and handed to the worker. */
export interface Channel {
  /** [state, op, text length, answer count] */
  readonly control: SharedArrayBuffer;
  /** The request text, UTF-16. */
  readonly text: SharedArrayBuffer;
  /** The answer: word start and end offsets in the request text, or [0|1] for isWord. */
  readonly answer: SharedArrayBuffer;
}

export function createChannel(): Channel {
  return {
    control: new SharedArrayBuffer(4 * Int32Array.BYTES_PER_ELEMENT),
    text: new SharedArrayBuffer(2 * CHANNEL_CHARS),
    answer: new SharedArrayBuffer(2 * CHANNEL_CHARS * Int32Array.BYTES_PER_ELEMENT),
  };
}

export function writeText(channel: Channel, text: string): void {
  Buffer.from(channel.text).write(text, 0, 'utf16le');
}

export function readText(channel: Channel, length: number): string {
  return Buffer.from(channel.text, 0, 2 * length).toString('utf16le');
}

/** Words as offsets into the text they were cut from (cut drops whitespace, so they need not touch). */
export function writeWords(answer: Int32Array, text: string, words: readonly string[]): number {
  let at = 0;
  let count = 0;
  for (const word of words) {
    const start = text.indexOf(word, at);
    if (start < 0) continue;
    answer[2 * count] = start;
    answer[2 * count + 1] = start + word.length;
    at = start + word.length;
    count++;
  }
  return count;
}

export function readWords(answer: Int32Array, text: string, count: number): string[] {
  const words: string[] = [];
  for (let i = 0; i < count; i++) words.push(text.slice(answer[2 * i], answer[2 * i + 1]));
  return words;
}
