// Property (b): every call finishes within a bound proportional to its input — a constant for start-up
// and the machine's hiccups plus a generous time per 1,000 characters. The slowest time per character
// (over inputs of at least 1,000 characters) and the slowest call are kept for the report.
import { performance } from 'node:perf_hooks';

export interface TimeBound {
  /** Allowed for any call, however small its input (ms). */
  readonly constantMs: number;
  /** Allowed per 1,000 characters of input (ms). */
  readonly msPerKiloChar: number;
}

export const DEFAULT_BOUND: TimeBound = { constantMs: 2_000, msPerKiloChar: 40 };

/** A call over its bound: a property failure (or, with --report-slow, a line of the report). */
export class TooSlow extends Error {
  constructor(
    readonly call: string,
    readonly chars: number,
    readonly ms: number,
    readonly boundMs: number,
  ) {
    super(`${call} took ${Math.round(ms)} ms on ${chars} characters (bound ${Math.round(boundMs)} ms)`);
  }
}

export interface SlowCall {
  readonly call: string;
  readonly chars: number;
  readonly ms: number;
}

export class Timings {
  calls = 0;
  /** The slowest time per character, on inputs of at least 1,000 characters (calls without a start-up). */
  slowestPerChar: (SlowCall & { usPerChar: number }) | undefined;
  slowest: SlowCall | undefined;
  /** Calls over the bound when they are reported rather than failed (--report-slow). */
  readonly overBound: Array<TooSlow & { shape?: string; property?: string }> = [];
  /** Describes the current case's input, for a call over the bound that is reported rather than failed. */
  describeInput: (() => string) | undefined;

  constructor(
    readonly bound: TimeBound,
    readonly failOnSlow: boolean,
  ) {}

  boundFor(chars: number, constantMs = this.bound.constantMs): number {
    return constantMs + (this.bound.msPerKiloChar * chars) / 1000;
  }

  /** Runs `run`, records its time, and throws TooSlow over the bound (unless slow calls are reported). */
  timed<T>(call: string, chars: number, run: () => T, constantMs?: number): T {
    const start = performance.now();
    const result = run();
    this.record(call, chars, performance.now() - start, constantMs);
    return result;
  }

  async timedAsync<T>(call: string, chars: number, run: () => Promise<T>, constantMs?: number): Promise<T> {
    const start = performance.now();
    const result = await run();
    this.record(call, chars, performance.now() - start, constantMs);
    return result;
  }

  private record(call: string, chars: number, ms: number, constantMs?: number): void {
    this.calls++;
    if (!this.slowest || ms > this.slowest.ms) this.slowest = { call, chars, ms };
    // A call with a start-up of its own (a spawned CLI, an index build) says nothing per character.
    if (chars >= 1000 && constantMs === undefined) {
      const usPerChar = (ms * 1000) / chars;
      if (!this.slowestPerChar || usPerChar > this.slowestPerChar.usPerChar)
        this.slowestPerChar = { call, chars, ms, usPerChar };
    }
    const bound = this.boundFor(chars, constantMs);
    if (ms <= bound) return;
    const slow = new TooSlow(call, chars, ms, bound);
    if (this.failOnSlow) throw slow;
    this.overBound.push(Object.assign(slow, { shape: this.describeInput?.() }));
  }
}
