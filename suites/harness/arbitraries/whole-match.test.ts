import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { codePointLength } from "../../../spec/contract/json-schema.ts";
import { betweenReadings, partialMatchCandidates } from "./partial-match.ts";
import { wholeMatchArbitrary, wholeMatchLengths } from "./schema-arbitrary.ts";
import { compileWholeMatch } from "./whole-match.ts";

const whole = (pattern: string) => new RegExp(`^(?:${pattern})$`, "u");

// Every pattern the specs document, and constructs they might: [pattern, min, max, shortest, longest].
const table: [string, number, number | undefined, number, number][] = [
  ["arn:aws:ivs:[a-z0-9-]+:[0-9]+:channel/[a-zA-Z0-9-]+", 1, 128, 25, 128],
  ["[a-zA-Z0-9-_]*", 0, 128, 0, 128],
  ["^$|^arn:aws:ivs:[a-z0-9-]+:[0-9]+:recording-configuration/[a-zA-Z0-9-]+$", 0, 128, 0, 128],
  ["[a-z0-9- .]+", 3, 63, 3, 63],
  ["st-[a-zA-Z0-9]+", 26, 26, 26, 26],
  ["[a-zA-Z0-9+/_=-]*", 0, 1024, 0, 1024],
  ["(?:ab)+c?", 0, 9, 2, 9],
  ["x{2,3}(y|zz)", 0, undefined, 3, 5],
  ["\\d\\w[^a-z]\\u0041.\\x2F", 0, 10, 6, 6],
];

describe("whole-value matches of an exact length", () => {
  it.each(table)("%s in [%d, %s]", (pattern, min, max, shortest, longest) => {
    const lengths = wholeMatchLengths(pattern, min, max)!;
    expect([lengths[0], lengths.at(-1)]).toEqual([shortest, longest]);
    const seen = new Set<number>();
    for (const v of fc.sample(wholeMatchArbitrary(pattern, min, max), { numRuns: 300, seed: 5 })) {
      expect(whole(pattern).test(v), v).toBe(true);
      seen.add(codePointLength(v));
    }
    // Both ends of what a whole-value match can reach within the documented bounds are generated.
    expect(seen.has(shortest) && seen.has(longest), [...seen].join(",")).toBe(true);
  });

  it("only reaches the lengths the pattern allows: (ab)+ is even", () => {
    expect(wholeMatchLengths("(ab)+", 0, 8)).toEqual([2, 4, 6, 8]);
  });

  it("says so when no whole-value match fits the documented bounds, rather than generate an invalid value", () => {
    expect(() => wholeMatchArbitrary("st-[a-zA-Z0-9]+", 0, 3)).toThrow(
      /no whole-value match is 0 to 3 code points long .*no value is valid under every reading/,
    );
  });

  it("refuses constructs outside its subset, and falls back to fast-check's generator for them", () => {
    expect(() => compileWholeMatch("(a)\\1", 10)).toThrow(/backreference/);
    expect(() => compileWholeMatch("a(?=b)b", 10)).toThrow(/lookaround/);
    expect(() => compileWholeMatch("\\p{Lu}b", 10)).toThrow(/escape \\p/);
    expect(wholeMatchLengths("\\p{Lu}b", 0, 10)).toBeUndefined();
    for (const v of fc.sample(wholeMatchArbitrary("\\p{Lu}b", 0, 10), { numRuns: 20, seed: 1 }))
      expect(whole("\\p{Lu}b").test(v), v).toBe(true);
  });
});

describe("values between the readings", () => {
  const spec: [string, { minLength?: number; maxLength?: number }, boolean][] = [
    ["arn:aws:ivs:[a-z0-9-]+:[0-9]+:channel/[a-zA-Z0-9-]+", { minLength: 1, maxLength: 128 }, true],
    ["[a-zA-Z0-9-_]*", { minLength: 0, maxLength: 128 }, true],
    ["[a-z0-9- .]+", { minLength: 3, maxLength: 63 }, true],
    ["st-[a-zA-Z0-9]+", { minLength: 26, maxLength: 26 }, true],
    ["^$|^arn:aws:ivs:[a-z0-9-]+:[0-9]+:recording-configuration/[a-zA-Z0-9-]+$", { maxLength: 128 }, false],
  ];
  it.each(spec)("%s: some exist: %s", (pattern, bounds, exist) => {
    const candidates = partialMatchCandidates({ type: "string", pattern, ...bounds })!;
    const between = fc
      .sample(candidates, { numRuns: 64, seed: 2 })
      .filter((v) => betweenReadings(pattern, v))
      .filter((v) => codePointLength(v) >= (bounds.minLength ?? 0) && codePointLength(v) <= bounds.maxLength!);
    expect(between.length > 0).toBe(exist);
    for (const v of between) {
      expect(new RegExp(pattern, "u").test(v)).toBe(true);
      expect(whole(pattern).test(v)).toBe(false);
    }
  });

  it("pads a given core, such as an existing resource's ARN", () => {
    const arn = "arn:aws:ivs:us-west-2:123456789012:channel/abc";
    const pattern = "arn:aws:ivs:[a-z0-9-]+:[0-9]+:channel/[a-zA-Z0-9-]+";
    const values = fc.sample(partialMatchCandidates({ type: "string", pattern }, fc.constant(arn))!, 30);
    for (const v of values) expect(v).toContain(arn);
  });
});
