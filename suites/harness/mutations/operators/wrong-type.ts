// wrong_type: a JSON value of another type than documented (a number for a string, a string for a
// number, ...). Only body members have a JSON type; path and query values are text on the wire.
import fc from "fast-check";
import type { MutationOperator } from "../mutation.ts";

export const wrongType: MutationOperator = {
  name: "wrong_type",
  constraint: ({ schema }) => (schema.type ? "type" : undefined),
  candidates({ member, schema }) {
    if (member.in !== "body")
      return { notApplicable: `${member.name} travels in the ${member.in}, where every value is text` };
    switch (schema.type) {
      case "string":
        return fc.oneof(fc.integer(), fc.constant(true), fc.constant({}));
      case "integer":
      case "number":
        return fc.oneof(fc.integer().map(String), fc.constant(true), fc.constant([]));
      case "boolean":
        return fc.constantFrom("true", 1, {});
      case "array":
        return fc.constantFrom({}, "x", 1);
      default:
        return fc.constantFrom([], "x", 1);
    }
  },
};
