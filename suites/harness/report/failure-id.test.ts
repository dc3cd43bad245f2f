import { describe, expect, it } from "vitest";
import { failureId, failureSignature } from "./failure-id.ts";

describe("failureId", () => {
  const c = { service: "ivs", operation: "GetChannel", check: "response_schema", seed: 7, path: "3:1" };
  it("is 10 hex digits, the same for the same case and another for another path or site", () => {
    expect(failureId(c)).toMatch(/^[0-9a-f]{10}$/);
    expect(failureId({ ...c })).toBe(failureId(c));
    expect(failureId({ ...c, path: "3:2" })).not.toBe(failureId(c));
    expect(failureId({ ...c, site: "too_long@name" })).not.toBe(failureId(c));
  });
});

describe("failureSignature", () => {
  it.each([
    [
      "Item arn:aws:ivs:us-west-2:123456789012:channel/3Qei2pkYldIF came back twice, on pages 1 and 2.",
      "pagination_no_duplicates: Item <arn> came back twice, on pages <n> and <n>.",
    ],
    [
      'A request naming arn "arn:aws:ivs:us-west-2:1:channel/x", which does not exist, was not answered 404 X.',
      "pagination_no_duplicates: A request naming arn <value>, which does not exist, was not answered <n> X.",
    ],
  ])("masks what changes between runs: %s", (title, want) => {
    expect(failureSignature("pagination_no_duplicates", title)).toBe(want);
  });
});
