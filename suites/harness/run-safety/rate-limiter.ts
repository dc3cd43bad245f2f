// Client-side pacing to the documented rates (spec/contract/documented-rates.ts): before a request of a rated
// operation is sent, it waits until fewer than the documented number were sent within the last
// window, per scope (the channel, or the account). The window is a tenth of a second longer than
// the documented second, so that requests a network delay bunches together still arrive within
// the rate. Per process: each service's suite runs in one vitest worker, and each documented rate
// belongs to one service.

import type { DocumentedRate } from "../../../spec/contract/documented-rates.ts";
import { RateWindows } from "../../../spec/contract/rate-windows.ts";
import type { Input } from "../arbitraries/input-arbitrary.ts";

const WINDOW_MS = 1100;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export class RateLimiter {
  private readonly windows: RateWindows;

  constructor(
    rates: readonly DocumentedRate[],
    /** Injectable, so that tests hold time still instead of racing it. */
    private readonly clock: () => number = () => performance.now(),
    private readonly wait: (ms: number) => Promise<unknown> = sleep,
  ) {
    this.windows = new RateWindows(rates, WINDOW_MS);
  }

  /** Resolves when a request of `operation` with this input may be sent, and counts it as sent. */
  async admit(operation: string, input: Input): Promise<void> {
    for (;;) {
      const admission = this.windows.admit(operation, input, this.clock());
      if (admission.admitted) return;
      await this.wait(admission.waitMs);
    }
  }
}
