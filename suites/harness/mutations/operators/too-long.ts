// too_long: a string one to three code points past `maxLength`, still matching its pattern.
import fc from "fast-check";
import { codePointLength } from "../../../../spec/contract/json-schema.ts";
import { compilePattern } from "../../arbitraries/pattern.ts";
import { stringArbitrary, textOfLength } from "../../arbitraries/schema-arbitrary.ts";
import type { MutationOperator } from "../mutation.ts";

export const tooLong: MutationOperator = {
  name: "too_long",
  constraint: ({ schema }) =>
    schema.type === "string" && schema.maxLength !== undefined && !schema.enum ? "maxLength" : undefined,
  candidates({ schema }) {
    const max = schema.maxLength!;
    const { maxLength: _, ...unbounded } = schema;
    const anchored = schema.pattern ? compilePattern(schema.pattern).anchored : false;
    return fc.tuple(stringArbitrary(unbounded), fc.integer({ min: 1, max: 3 })).chain(([valid, extra]) => {
      const missing = max + extra - codePointLength(valid);
      if (missing <= 0) return fc.constant(valid);
      // An anchored pattern usually ends in a repeatable class: repeat the last character. An
      // unanchored one stays matched whatever is appended.
      if (anchored) return fc.constant(valid + ([...valid].at(-1) ?? "a").repeat(missing));
      return textOfLength(missing).map((tail) => valid + tail);
    });
  },
};
