// enum_outside: a string that is none of the documented values (a near miss or an unrelated word).
import fc from "fast-check";
import type { MutationOperator } from "../mutation.ts";

export const enumOutside: MutationOperator = {
  name: "enum_outside",
  constraint: ({ schema }) => (schema.enum ? "enum" : undefined),
  candidates({ schema }) {
    const values = schema.enum as string[];
    const nearMiss = fc
      .constantFrom(...values)
      .chain((v) => fc.constantFrom(v.toLowerCase(), `${v}_`, v.slice(1), ` ${v}`, `${v}X`));
    return fc.oneof(nearMiss, fc.constantFrom("NOT_A_DOCUMENTED_VALUE", "UNKNOWN", "X"));
  },
};
