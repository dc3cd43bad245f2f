// Valid inputs of one operation: one record over all its members (body, path and query alike,
// since member names are unique per operation), required members always present.
import type fc from "fast-check";
import type { OperationSpec } from "../../../spec/contract/contract.ts";
import type { JsonSchema } from "../../../spec/contract/json-schema.ts";
import { type ValueOptions, valueArbitrary } from "./schema-arbitrary.ts";

export type Input = Record<string, unknown>;

/**
 * On the wire a query list of zero items is no parameter at all: a required one needs an item to
 * be present, whatever its documented minimum.
 */
function wireSchema(member: OperationSpec["input"][number]): JsonSchema {
  if (member.in === "query" && member.required && member.schema.type === "array" && (member.schema.minItems ?? 0) < 1)
    return { ...member.schema, minItems: 1 };
  return member.schema;
}

function inputSchema(op: OperationSpec): JsonSchema {
  return {
    type: "object",
    properties: Object.fromEntries(op.input.map((m) => [m.name, wireSchema(m)])),
    required: op.input.filter((m) => m.required).map((m) => m.name),
  };
}

/**
 * A path label of "." or ".." is a dot-segment: URL parsers remove it (percent-encoded too), so
 * no client can send it and no target can receive it. An empty label leaves an empty segment
 * (`/tags/`), a URL that names no operation. Inputs never carry one.
 */
export function sendable(op: OperationSpec): (input: Input) => boolean {
  const labels = op.input.filter((m) => m.in === "path").map((m) => m.name);
  return (input) => labels.every((l) => input[l] !== "." && input[l] !== ".." && input[l] !== "");
}

export function inputArbitrary(op: OperationSpec, options: ValueOptions = {}): fc.Arbitrary<Input> {
  const arb = valueArbitrary(inputSchema(op), options) as fc.Arbitrary<Input>;
  return op.input.some((m) => m.in === "path") ? arb.filter(sendable(op)) : arb;
}
