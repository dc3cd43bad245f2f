// too_short: a string one code point under `minLength` (down to the empty string), cut from a valid one.
import fc from "fast-check";
import { stringArbitrary } from "../../arbitraries/schema-arbitrary.ts";
import type { MutationOperator } from "../mutation.ts";

export const tooShort: MutationOperator = {
  name: "too_short",
  constraint: ({ schema }) =>
    schema.type === "string" && (schema.minLength ?? 0) > 0 && !schema.enum ? "minLength" : undefined,
  candidates({ schema }) {
    const length = schema.minLength! - 1;
    return fc.tuple(stringArbitrary(schema), fc.boolean()).map(([valid, fromEnd]) => {
      const chars = [...valid];
      return (fromEnd ? chars.slice(chars.length - length) : chars.slice(0, length)).join("");
    });
  },
};
