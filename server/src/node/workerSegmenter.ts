// The server's segmenter. jieba's dictionary takes about a second to load, which on the main thread
// would hold up the first diagnostics and every hover meanwhile; here it loads in a worker thread. Until
// it is ready the simple segmenter answers (search leans on bigrams) and the checks that need the
// dictionary wait (Check.needsDictionary); `whenReady` tells the server to check the open drafts again.
// Afterwards each cut is a synchronous round trip through shared memory.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Segmenter } from '../service/segmenter.js';
import { SimpleSegmenter } from '../service/search/simpleSegmenter.js';
import { SEGMENT_SEPARATORS } from '../service/text/dictionarySegmenter.js';
import type { SegmenterLoadReport } from './jiebaSegmenter.js';
import { CHANNEL_CHARS, createChannel, Op, readWords, State, writeText, type Channel } from './segmenterChannel.js';

export interface WorkerSegmenterOptions {
  readonly log?: (message: string) => void;
  /** The worker's script; by default segmenterWorker.js beside the server bundle. */
  readonly script?: string;
}

/** How long one cut may take before the worker is given up (it is microseconds when well). */
const ANSWER_TIMEOUT_MS = 2000;

export class WorkerSegmenter implements Segmenter {
  private readonly fallback = new SimpleSegmenter();
  private readonly taught: string[] = [];
  private readonly channel: Channel = createChannel();
  private readonly control = new Int32Array(this.channel.control);
  private readonly answer = new Int32Array(this.channel.answer);
  private worker: Worker | undefined;
  private ready = false;
  private report: SegmenterLoadReport | undefined;
  private readonly log: (message: string) => void;
  private readonly script: string;
  private resolveReady!: (report: SegmenterLoadReport) => void;
  /** Settles once, when the dictionary is in use or the simple segmenter is final. */
  readonly whenReady = new Promise<SegmenterLoadReport>((resolve) => (this.resolveReady = resolve));

  constructor(options: WorkerSegmenterOptions = {}) {
    this.log = options.log ?? (() => undefined);
    this.script = options.script ?? join(__dirname, 'segmenterWorker.js');
  }

  get loadReport(): SegmenterLoadReport | undefined {
    return this.report;
  }

  /** Starts loading the dictionary in the worker; the words taught so far go with it. Idempotent. */
  start(): void {
    if (this.worker || this.report) return;
    if (!existsSync(this.script)) return this.settle(`the segmenter worker ${this.script} is missing`);
    const began = performance.now();
    const sent = this.taught.length;
    try {
      this.worker = new Worker(this.script, { workerData: { channel: this.channel, words: this.taught } });
    } catch (error) {
      return this.settle(String(error));
    }
    // The worker must never keep the server alive on its own.
    this.worker.unref();
    this.worker.once('message', (message: { ready: boolean; error?: string; wordsInserted?: number }) => {
      if (!message.ready) return this.settle(message.error ?? 'unknown error');
      this.ready = true;
      // The names taught while the dictionary loaded (the corpus indexes meanwhile).
      for (const word of this.taught.splice(0).slice(sent)) this.call(Op.AddWord, word, () => []);
      this.report = {
        backend: 'nodejieba',
        requireMs: 0,
        dictionaryMs: performance.now() - began,
        insertMs: 0,
        wordsInserted: message.wordsInserted ?? 0,
      };
      this.resolveReady(this.report);
    });
    this.worker.once('error', (error) => this.settle(error.message));
  }

  /** Stops the worker (the server's shutdown, tests). */
  async stop(): Promise<void> {
    await this.worker?.terminate();
    this.worker = undefined;
  }

  isReady(): boolean {
    return this.report !== undefined;
  }

  cut(text: string): string[] {
    return this.ready ? this.call(Op.Cut, text, () => this.fallback.cut(text)) : this.fallback.cut(text);
  }

  segment(text: string): string[] {
    return this.ready ? this.call(Op.Segment, text, () => this.fallback.segment(text)) : this.fallback.segment(text);
  }

  /**
   * nodejieba's, once the worker answers (it cuts at them before segmenting: a test compares its cuts of
   * pieces and of whole lines); the fallback makes no such promise.
   */
  separators(): ReadonlySet<string> | undefined {
    return this.ready ? SEGMENT_SEPARATORS : undefined;
  }

  isWord(text: string): boolean {
    if (!this.ready) return this.fallback.isWord(text);
    return this.call(Op.IsWord, text, () => [] as string[], true).length > 0;
  }

  addWord(word: string): void {
    this.fallback.addWord(word);
    if (this.ready) this.call(Op.AddWord, word, () => []);
    else this.taught.push(word);
  }

  /** The simple segmenter for good: the addon or its worker could not load. Said once in the log. */
  private settle(error: string): void {
    if (this.report) return;
    this.ready = false;
    this.log(
      `nodejieba could not be loaded, using the simple segmenter (word boundaries from the corpus names only): ${error}`,
    );
    this.report = { backend: 'simple', requireMs: 0, dictionaryMs: 0, insertMs: 0, wordsInserted: 0, error };
    void this.worker?.terminate();
    this.worker = undefined;
    this.resolveReady(this.report);
  }

  private call(op: Op, text: string, fallback: () => string[], flag = false): string[] {
    if (text.length > CHANNEL_CHARS) {
      // Pieces of at most the channel's size; a word cut at a seam is rare enough in drafts this long.
      const out: string[] = [];
      for (let at = 0; at < text.length; at += CHANNEL_CHARS)
        for (const word of this.call(op, text.slice(at, at + CHANNEL_CHARS), fallback, flag)) out.push(word);
      return out;
    }
    writeText(this.channel, text);
    this.control[1] = op;
    this.control[2] = text.length;
    Atomics.store(this.control, 0, State.Request);
    Atomics.notify(this.control, 0);
    if (Atomics.wait(this.control, 0, State.Request, ANSWER_TIMEOUT_MS) === 'timed-out') {
      this.ready = false;
      this.log('the segmenter worker stopped answering: the simple segmenter takes over');
      void this.worker?.terminate();
      this.worker = undefined;
      return fallback();
    }
    const count = this.control[3];
    const words =
      count < 0 ? fallback() : flag ? (this.answer[0] === 1 ? [text] : []) : readWords(this.answer, text, count);
    Atomics.store(this.control, 0, State.Idle);
    return words;
  }
}
