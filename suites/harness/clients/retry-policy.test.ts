import { describe, expect, it } from "vitest";
import type { Exchange, ReceivedResponse } from "./exchange.ts";
import { RetryPolicy } from "./retry-policy.ts";

const json = (status: number, type?: string, headers: Record<string, string> = {}): ReceivedResponse => ({
  status,
  headers: { "content-type": "application/json", ...(type ? { "x-amzn-errortype": type } : {}), ...headers },
  body: JSON.stringify(type ? { exceptionMessage: "m" } : {}),
});

const exchange = (response?: ReceivedResponse): Exchange => ({
  operation: "GetChannel",
  request: { method: "POST", url: "http://target/GetChannel", headers: {} },
  via: "raw",
  ms: 0,
  ...(response
    ? { response }
    : { transportError: { kind: "connection" as const, message: "ECONNREFUSED: connect ECONNREFUSED" } }),
});

/** Sends the answers in order (the last one again once they run out), through the policy. */
async function sendThrough(policy: RetryPolicy, answers: (ReceivedResponse | undefined)[]) {
  let sent = 0;
  const started = performance.now();
  const final = await policy.send(async () => exchange(answers[Math.min(sent++, answers.length - 1)]));
  return { final, sent, ms: performance.now() - started };
}

const fast = () => new RetryPolicy({ maxAttempts: 3, maxDelayMs: 5 });

describe("RetryPolicy", () => {
  it("retries a 429 ThrottlingException and returns the final answer", async () => {
    const { final, sent } = await sendThrough(fast(), [json(429, "ThrottlingException"), json(200)]);
    expect(sent).toBe(2);
    expect(final.response?.status).toBe(200);
    expect(final.attempts).toBe(2);
  });

  it("retries the throttling names the SDK recognises, whatever the status", async () => {
    const { sent } = await sendThrough(fast(), [json(400, "TooManyRequestsException"), json(200)]);
    expect(sent).toBe(2);
  });

  it.each([500, 502, 503, 504])("retries a transient %i up to the budget", async (status) => {
    const { final, sent } = await sendThrough(fast(), [json(status, "InternalServerException")]);
    expect(sent).toBe(3);
    expect(final.attempts).toBe(3);
    expect(final.response?.status).toBe(status);
  });

  it.each([
    ["a 400 ValidationException", json(400, "ValidationException")],
    ["a 404 ResourceNotFoundException", json(404, "ResourceNotFoundException")],
    ["a 409 ConflictException", json(409, "ConflictException")],
    ["a 501", json(501)],
    ["no answer", undefined],
  ])("does not retry %s", async (_, answer) => {
    const { final, sent } = await sendThrough(fast(), [answer]);
    expect(sent).toBe(1);
    expect(final.attempts).toBe(1);
  });

  it("honours CONFORMANCE_MAX_ATTEMPTS", async () => {
    const policy = new RetryPolicy({ maxAttempts: 5, maxDelayMs: 1 });
    const { final, sent } = await sendThrough(policy, [json(429, "ThrottlingException")]);
    expect(sent).toBe(5);
    expect(policy.throttled(final)).toBe(true);
  });

  it("waits as long as Retry-After asks, within the budget's longest wait", async () => {
    const honoured = await sendThrough(new RetryPolicy({ maxAttempts: 2, maxDelayMs: 2_000 }), [
      json(503, "ServiceUnavailableException", { "retry-after": "0.3" }),
      json(200),
    ]);
    expect(honoured.ms).toBeGreaterThanOrEqual(280);
    const capped = await sendThrough(new RetryPolicy({ maxAttempts: 2, maxDelayMs: 50 }), [
      json(429, "ThrottlingException", { "retry-after": "30" }),
      json(200),
    ]);
    expect(capped.sent).toBe(2);
    expect(capped.ms).toBeLessThan(1_000);
  });

  it("calls a final answer throttled only for throttling errors", () => {
    const policy = fast();
    expect(policy.throttled(exchange(json(429, "ThrottlingException")))).toBe(true);
    expect(policy.throttled(exchange(json(429)))).toBe(true);
    expect(policy.throttled(exchange(json(400, "ThrottlingException")))).toBe(true);
    expect(policy.throttled(exchange(json(503, "ServiceUnavailableException")))).toBe(false);
    expect(policy.throttled(exchange(json(200)))).toBe(false);
    expect(policy.throttled(exchange(undefined))).toBe(false);
  });
});
