// Values between the two readings of a documented pattern: the pattern matches somewhere in the
// value (so Smithy and JSON Schema call it valid) but not the whole value (so a service that
// enforces whole-value patterns, as older published models wrote them with `^...$`, rejects it).
// The suite never judges such a value; it sends a few only to observe which reading the target
// takes (observations/pattern-readings.ts).
import fc from "fast-check";
import type { JsonSchema } from "../../../spec/contract/json-schema.ts";
import { compilePattern, fullMatchRegex } from "./pattern.ts";
import { wholeMatchArbitrary, wholeMatchLengths } from "./schema-arbitrary.ts";

/** Characters documented patterns rarely allow: padding with them leaves the whole-value match broken. */
const PAD = fc.constantFrom(" ", "!", "#", "%", "~", "*", "(", "é", "😀", "Z", "z", "0", "-", ".");

/** Whether `value` is between the readings of `pattern`: matched somewhere, not as a whole. */
export function betweenReadings(pattern: string, value: string): boolean {
  return compilePattern(pattern).regex.test(value) && !fullMatchRegex(pattern).test(value);
}

/**
 * Candidates between the readings for a string schema with a pattern, within its documented
 * lengths: a whole-value match (from `cores` when given, such as an existing resource's ARN) with
 * one to three characters added before or after it. Not every candidate is between the readings
 * (padding can extend the match or break an anchored one; a given core can be too long): callers
 * keep those of an allowed length that `betweenReadings` accepts. Undefined when no candidate of
 * an allowed length can be built.
 */
export function partialMatchCandidates(
  schema: JsonSchema,
  cores?: fc.Arbitrary<string>,
): fc.Arbitrary<string> | undefined {
  const pattern = schema.pattern!;
  const min = schema.minLength ?? 0;
  const max = schema.maxLength;
  const padLengths = [1, 2, 3].filter(
    (p) => cores !== undefined || (wholeMatchLengths(pattern, Math.max(0, min - p), max && max - p)?.length ?? 0) > 0,
  );
  if (padLengths.length === 0) return undefined;
  return fc.constantFrom(...padLengths).chain((p) => {
    const core = cores ?? wholeMatchArbitrary(pattern, Math.max(0, min - p), max && max - p);
    return fc
      .tuple(core, fc.array(PAD, { minLength: p, maxLength: p }), fc.nat({ max: p }))
      .map(([c, pad, before]) => pad.slice(0, before).join("") + c + pad.slice(before).join(""));
  });
}
