// too_long: a string one to three code points past `maxLength`. With a pattern, a whole-value
// match of that length where one exists, so that the length is the only constraint broken under
// every reading of the pattern; else a valid value with text appended (still a match somewhere).
import fc from "fast-check";
import { codePointLength } from "../../../../spec/contract/json-schema.ts";
import { stringArbitrary, textOfLength, wholeMatchLengths } from "../../arbitraries/schema-arbitrary.ts";
import type { MutationOperator } from "../mutation.ts";

export const tooLong: MutationOperator = {
  name: "too_long",
  constraint: ({ schema }) =>
    schema.type === "string" && schema.maxLength !== undefined && !schema.enum ? "maxLength" : undefined,
  candidates({ schema }) {
    const max = schema.maxLength!;
    const { maxLength: _, ...unbounded } = schema;
    if (schema.pattern && wholeMatchLengths(schema.pattern, max + 1, max + 3)?.length)
      return stringArbitrary({ ...unbounded, minLength: max + 1, maxLength: max + 3 });
    return fc.tuple(stringArbitrary(unbounded), fc.integer({ min: 1, max: 3 })).chain(([valid, extra]) => {
      const missing = max + extra - codePointLength(valid);
      if (missing <= 0) return fc.constant(valid);
      return textOfLength(missing).map((tail) => valid + tail);
    });
  },
};
