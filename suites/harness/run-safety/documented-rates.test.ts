import { describe, expect, it } from "vitest";
import { judgedSpec } from "../judged-spec.ts";
import { inferKinds } from "../producers.ts";
import { documentedRates } from "./documented-rates.ts";
import { RateLimiter } from "./rate-limiter.ts";

const ivs = judgedSpec("ivs");
const rates = documentedRates(ivs, inferKinds(ivs));

describe("documented rates", () => {
  it("are PutMetadata's two, per channel and per account, with their document", () => {
    expect(rates.map((r) => [r.operation, r.perSecond, r.per])).toEqual([
      ["PutMetadata", 5, "channelArn"],
      ["PutMetadata", 155, undefined],
    ]);
    expect(rates[0]!.source.doc).toBe("ivs-api-reference-2025-02-28.txt");
    expect(rates[0]!.documented).toBe(
      "At most 5 requests per second per channel are allowed, each with a maximum 1 KB payload.",
    );
    expect(documentedRates(judgedSpec("ivs-realtime"), [])).toEqual([]);
  });

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
