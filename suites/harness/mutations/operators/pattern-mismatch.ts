// pattern_mismatch: a string of an allowed length in which the pattern matches nowhere (tested
// unanchored: no part of the value matches), so that it breaks the pattern under every reading,
// "matches somewhere" (Smithy, JSON Schema) and "matches as a whole" alike. A value that matches
// somewhere but not as a whole is invalid under one reading only: it is never a case here, only
// an observation (observations/pattern-readings.ts).
import fc from "fast-check";
import { boundedSize } from "../../arbitraries/boundaries.ts";
import { compilePattern } from "../../arbitraries/pattern.ts";
import { textOfLength } from "../../arbitraries/schema-arbitrary.ts";
import type { MutationOperator } from "../mutation.ts";

export const patternMismatch: MutationOperator = {
  name: "pattern_mismatch",
  constraint: ({ schema }) =>
    schema.type === "string" && schema.pattern !== undefined && !schema.enum ? "pattern" : undefined,
  candidates({ schema }) {
    const pattern = compilePattern(schema.pattern!);
    if (pattern.matchesEverything) {
      return {
        notApplicable:
          `pattern ${JSON.stringify(pattern.source)} is unanchored and matches the empty string, ` +
          "so every string matches it somewhere: no value breaks it under every reading",
      };
    }
    const min = schema.minLength ?? 0;
    const max = schema.maxLength ?? min + 16;
    // Punctuation first: documented patterns are mostly letters, digits and a few symbols.
    const oddChar = fc.constantFrom("!", "#", "%", "~", " ", "é", "😀", "^", "(");
    return boundedSize(min, max).chain((n) =>
      fc.oneof(fc.string({ unit: oddChar, minLength: n, maxLength: n }), textOfLength(n)),
    );
  },
};
