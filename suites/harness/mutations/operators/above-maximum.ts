// above_maximum: an integer just over (or far over) the documented maximum.
import fc from "fast-check";
import type { MutationOperator } from "../mutation.ts";

export const aboveMaximum: MutationOperator = {
  name: "above_maximum",
  constraint: ({ schema }) =>
    (schema.type === "integer" || schema.type === "number") && schema.maximum !== undefined ? "maximum" : undefined,
  candidates: ({ schema }) =>
    fc.oneof(
      { weight: 3, arbitrary: fc.constant(schema.maximum! + 1) },
      fc.integer({ min: 2, max: 1000 }).map((d) => schema.maximum! + d),
    ),
};
