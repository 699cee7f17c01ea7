/**
 * How often the language server may stop and be started again: at most `restarts` times within
 * `withinMs` (vscode-languageclient's own default, 4 in 3 minutes). Beyond that it stays stopped: a
 * server that crashes at every start would otherwise crash forever, each time with a message.
 */
export class CrashWindow {
  private readonly crashes: number[] = [];

  constructor(
    readonly restarts = 4,
    readonly withinMs = 3 * 60_000,
    private readonly now: () => number = Date.now,
  ) {}

  /** A crash now: whether the server may be started again, and how many crashes the window holds. */
  crashed(): { restart: boolean; count: number } {
    const now = this.now();
    this.crashes.push(now);
    while (now - this.crashes[0] > this.withinMs) this.crashes.shift();
    return { restart: this.crashes.length <= this.restarts, count: this.crashes.length };
  }

  /** Started again by hand: the count starts over. */
  reset(): void {
    this.crashes.length = 0;
  }
}
