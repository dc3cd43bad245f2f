// Client-side pacing to the documented rates (spec/contract/documented-rates.ts): before a request of a rated
// operation is sent, it waits until fewer than the documented number were sent within the last
// window, per scope (the channel, or the account). The window is a tenth of a second longer than
// the documented second, so that requests a network delay bunches together still arrive within
// the rate. Per process: each service's suite runs in one vitest worker, and each documented rate
// belongs to one service.

import type { DocumentedRate } from "../../../spec/contract/documented-rates.ts";
import type { Input } from "../arbitraries/input-arbitrary.ts";

const WINDOW_MS = 1100;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export class RateLimiter {
  private readonly sent = new Map<string, number[]>();
  private readonly byOperation = new Map<string, DocumentedRate[]>();

  constructor(
    rates: readonly DocumentedRate[],
    /** Injectable, so that tests hold time still instead of racing it. */
    private readonly clock: () => number = () => performance.now(),
    private readonly wait: (ms: number) => Promise<unknown> = sleep,
  ) {
    for (const r of rates) this.byOperation.set(r.operation, [...(this.byOperation.get(r.operation) ?? []), r]);
  }

  /** Resolves when a request of `operation` with this input may be sent, and counts it as sent. */
  async admit(operation: string, input: Input): Promise<void> {
    const rates = this.byOperation.get(operation);
    if (!rates) return;
    for (;;) {
      const now = this.clock();
      let wait = 0;
      const windows: number[][] = [];
      for (const rate of rates) {
        const key = `${operation} ${rate.per ? `${rate.per}=${String(input[rate.per])}` : "account"}`;
        let w = this.sent.get(key);
        if (!w) {
          w = [];
          this.sent.set(key, w);
        }
        while (w.length && w[0]! <= now - WINDOW_MS) w.shift();
        if (w.length >= rate.perSecond) wait = Math.max(wait, w[0]! + WINDOW_MS - now);
        windows.push(w);
      }
      if (wait === 0) {
        for (const w of windows) w.push(now);
        return;
      }
      await this.wait(wait);
    }
  }
}
