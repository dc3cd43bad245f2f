// below_minimum: an integer just under (or far under) the documented minimum.
import fc from "fast-check";
import type { MutationOperator } from "../mutation.ts";

export const belowMinimum: MutationOperator = {
  name: "below_minimum",
  constraint: ({ schema }) =>
    (schema.type === "integer" || schema.type === "number") && schema.minimum !== undefined ? "minimum" : undefined,
  candidates: ({ schema }) =>
    fc.oneof(
      { weight: 3, arbitrary: fc.constant(schema.minimum! - 1) },
      fc.integer({ min: 2, max: 1000 }).map((d) => schema.minimum! - d),
    ),
};
