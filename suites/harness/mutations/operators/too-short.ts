// too_short: a string one code point under `minLength` (down to the empty string). With a pattern,
// a whole-value match of that length where one exists (the length is then the only constraint
// broken under every reading of the pattern); else cut from a valid value.
import fc from "fast-check";
import { stringArbitrary, wholeMatchLengths } from "../../arbitraries/schema-arbitrary.ts";
import type { MutationOperator } from "../mutation.ts";

export const tooShort: MutationOperator = {
  name: "too_short",
  constraint: ({ schema }) =>
    schema.type === "string" && (schema.minLength ?? 0) > 0 && !schema.enum ? "minLength" : undefined,
  candidates({ schema }) {
    const length = schema.minLength! - 1;
    if (schema.pattern && wholeMatchLengths(schema.pattern, length, length)?.length)
      return stringArbitrary({ ...schema, minLength: length, maxLength: length });
    return fc.tuple(stringArbitrary(schema), fc.boolean()).map(([valid, fromEnd]) => {
      const chars = [...valid];
      return (fromEnd ? chars.slice(chars.length - length) : chars.slice(0, length)).join("");
    });
  },
};
