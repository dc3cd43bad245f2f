import { describe, expect, it } from "vitest";
import { documentedRates } from "../../../spec/contract/documented-rates.ts";
import { judgedSpec } from "../judged-spec.ts";
import { RateLimiter } from "./rate-limiter.ts";

const rates = documentedRates(judgedSpec("ivs"));

describe("pacing to the documented rates", () => {
  it("pace a sixth request to one channel past the window, and leave another channel's alone", async () => {
    let now = 0;
    const waits: number[] = [];
    const limiter = new RateLimiter(
      rates,
      () => now,
      async (ms) => {
        waits.push(ms);
        now += ms;
      },
    );
    for (let i = 0; i < 5; i++) await limiter.admit("PutMetadata", { channelArn: "a" });
    expect(waits).toEqual([]);
    await limiter.admit("PutMetadata", { channelArn: "b" });
    expect(waits).toEqual([]);
    await limiter.admit("PutMetadata", { channelArn: "a" });
    expect(waits).toEqual([1100]);
    await limiter.admit("GetChannel", { arn: "a" });
    expect(waits).toEqual([1100]);
  });
});
