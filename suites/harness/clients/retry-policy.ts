// One retry policy for both clients, as the AWS SDK's standard mode retries: throttling errors (429
// and the throttling error names the SDK recognises) and the transient 5xx (500, 502, 503, 504),
// classified by the SDK's own functions; exponential backoff with full jitter, the retry quota and
// Retry-After, from @smithy/core's StandardRetryStrategy. The SDK clients take it as their
// `retryStrategy`; the raw client runs the same loop (`send`). The budget comes from RunConfig:
// attempts per request, and the longest wait before one retry (the backoff and Retry-After capped).
//
// Only answers are retried. A request that got no answer is recorded as it is: the time limit is
// per request, a request that timed out may have been executed, and no answer at all is how a
// target that lacks an operation shows it (implemented.ts).
import {
  getRetryAfterHint,
  isServerError,
  isThrottlingError,
  isTransientError,
  StandardRetryStrategy,
  type StandardRetryStrategyOptions,
} from "@smithy/core/retry";
import { HttpResponse } from "@smithy/protocol-http";
import type { RunConfig } from "../config.ts";
import { NotRunError } from "../run-safety/not-run-error.ts";
import { resolveErrorName } from "./error-name.ts";
import type { Exchange, ReceivedResponse } from "./exchange.ts";

type Token = Awaited<ReturnType<StandardRetryStrategy["acquireInitialRetryToken"]>>;
type ErrorInfo = Parameters<StandardRetryStrategy["refreshRetryTokenForRetry"]>[1];
type Backoff = NonNullable<StandardRetryStrategyOptions["backoff"]>;

export type RetryBudget = RunConfig["retry"];

/** An error as the SDK's classification reads it: name, `$metadata.httpStatusCode`, `$response`. */
type ErrorLike = Parameters<typeof isThrottlingError>[0];

/**
 * The SDK's backoff (a random delay up to base x 2^retries, the base being longer for throttling),
 * with the budget's cap in place of the SDK's fixed 20 s.
 */
class CappedBackoff implements Backoff {
  private base = 0;
  constructor(private readonly maxDelayMs: number) {}
  setDelayBase(delay: number): void {
    this.base = delay;
  }
  computeNextBackoffDelay(retries: number): number {
    return Math.floor(Math.random() * Math.min(this.base * 2 ** retries, this.maxDelayMs));
  }
}

/** An error answer as the SDK sees it, for the raw client's answers. */
function responseError(response: ReceivedResponse): ErrorLike {
  return {
    name: resolveErrorName(response) ?? "UnknownError",
    message: response.body.slice(0, 200),
    $metadata: { httpStatusCode: response.status },
    $response: new HttpResponse({ statusCode: response.status, headers: response.headers }),
  };
}

/** The SDK's classification (its retry middleware's order), except that no answer is never retried. */
function errorType(error: ErrorLike): ErrorInfo["errorType"] {
  if (error.$metadata?.httpStatusCode === undefined) return "CLIENT_ERROR";
  if (isThrottlingError(error)) return "THROTTLING";
  if (isTransientError(error)) return "TRANSIENT";
  if (isServerError(error)) return "SERVER_ERROR";
  return "CLIENT_ERROR";
}

/** A request still throttled when the budget is spent: its cell is not run (run-cells.ts), never failed. */
export class ThrottledError extends NotRunError {
  constructor(
    readonly operation: string,
    readonly attempts: number,
    maxAttempts: number,
    answer: string,
  ) {
    super(
      `throttled (${operation}, ${attempts} attempt${attempts === 1 ? "" : "s"})` +
        (attempts < maxAttempts ? ", the retry quota being spent" : "") +
        `: the last answer was ${answer}`,
    );
    this.name = "ThrottledError";
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export class RetryPolicy {
  readonly mode = "standard";
  private readonly standard: StandardRetryStrategy;

  constructor(readonly budget: RetryBudget) {
    this.standard = new StandardRetryStrategy({
      maxAttempts: budget.maxAttempts,
      backoff: new CappedBackoff(budget.maxDelayMs),
    });
  }

  // The SDK's RetryStrategyV2, for the SDK clients' retry middleware.
  acquireInitialRetryToken(scope: string): Promise<Token> {
    return this.standard.acquireInitialRetryToken(scope);
  }
  /** Waits and returns the next token, or throws when the error is not retried or the budget is spent. */
  refreshRetryTokenForRetry(token: Token, info: ErrorInfo): Promise<Token> {
    const error = info.error as ErrorLike;
    const hint = getRetryAfterHint(error.$response);
    const latest = Date.now() + this.budget.maxDelayMs;
    return this.standard.refreshRetryTokenForRetry(token, {
      error: info.error,
      errorType: errorType(error),
      ...(hint ? { retryAfterHint: new Date(Math.min(hint.getTime(), latest)) } : {}),
    });
  }
  recordSuccess(token: Token): void {
    this.standard.recordSuccess(token);
  }

  /** The raw client's requests, under the same policy: `attempt` sends once; the final answer is returned. */
  async send(attempt: () => Promise<Exchange>): Promise<Exchange> {
    let token = await this.acquireInitialRetryToken("");
    for (let attempts = 1; ; attempts++) {
      const exchange = await attempt();
      exchange.attempts = attempts;
      const r = exchange.response;
      if (!r) return exchange;
      if (r.status < 300) {
        this.recordSuccess(token);
        return exchange;
      }
      try {
        token = await this.refreshRetryTokenForRetry(token, { error: responseError(r), errorType: "CLIENT_ERROR" });
      } catch {
        return exchange;
      }
      const delay = token.getRetryDelay();
      if (delay > 0) await sleep(delay);
    }
  }

  /** Whether an exchange's final answer is a throttling error (after every retry the budget allowed). */
  throttled(exchange: Exchange): boolean {
    const r = exchange.response;
    return r !== undefined && r.status >= 300 && errorType(responseError(r)) === "THROTTLING";
  }
}
