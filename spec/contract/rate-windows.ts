// Counting requests against the documented rates (documented-rates.ts) in sliding windows, per
// operation and scope (the member the rate is per, or the account): the harness waits when a rate
// is exhausted (suites/harness/run-safety/rate-limiter.ts), the emulator's `--throttle` mode answers
// 429 (fixtures/emulator/throttle.ts). One count for both, so they agree on what "at most N per
// second" admits.
import type { DocumentedRate } from "./documented-rates.ts";

/** A rate the windows count: a documented one, or a test's. */
export type Rate = Pick<DocumentedRate, "operation" | "perSecond" | "per">;

/** Admitted (and counted), or the rate that is exhausted and how long until it frees a slot. */
export type Admission = { admitted: true } | { admitted: false; rate: Rate; waitMs: number };

export class RateWindows {
  private readonly windows = new Map<string, number[]>();
  private readonly byOperation = new Map<string, Rate[]>();

  constructor(
    rates: readonly Rate[],
    /** The window's length: the documented second, or longer for a client that wants margin. */
    private readonly windowMs: number,
  ) {
    for (const r of rates) this.byOperation.set(r.operation, [...(this.byOperation.get(r.operation) ?? []), r]);
  }

  /** The scope a request counts in: `PutMetadata channelArn=<arn>`, or `PutMetadata account`. */
  static scope(rate: Rate, input: Record<string, unknown>): string {
    return `${rate.operation} ${rate.per ? `${rate.per}=${String(input[rate.per])}` : "account"}`;
  }

  /**
   * Counts a request at `now` against every rate of its operation, or none when one is exhausted
   * (a refused request does not count, so a refused burst does not starve the next window).
   */
  admit(operation: string, input: Record<string, unknown>, now: number): Admission {
    const rates = this.byOperation.get(operation);
    if (!rates) return { admitted: true };
    const counted: number[][] = [];
    let blocked: Admission | undefined;
    for (const rate of rates) {
      const key = RateWindows.scope(rate, input);
      let w = this.windows.get(key);
      if (!w) {
        w = [];
        this.windows.set(key, w);
      }
      while (w.length && w[0]! <= now - this.windowMs) w.shift();
      if (w.length >= rate.perSecond) {
        const waitMs = w[0]! + this.windowMs - now;
        if (!blocked || blocked.admitted || waitMs > blocked.waitMs) blocked = { admitted: false, rate, waitMs };
      }
      counted.push(w);
    }
    if (blocked) return blocked;
    for (const w of counted) w.push(now);
    return { admitted: true };
  }
}
