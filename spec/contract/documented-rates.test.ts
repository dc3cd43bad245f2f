import { describe, expect, it } from "vitest";
import { loadContract } from "./contract.ts";
import { documentedRates } from "./documented-rates.ts";

const rates = documentedRates(loadContract("ivs", { errata: true }));

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
    expect(documentedRates(loadContract("ivs-realtime", { errata: true }))).toEqual([]);
  });
});
