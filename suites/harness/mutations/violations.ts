// The constraints one schema node's own value breaks (children are not visited). Mutation
// operators keep only candidates that break exactly the constraint they name, which is how
// "one violation per case" is enforced rather than hoped for.

import { codePointLength, isMapSchema, type JsonSchema } from "../../../spec/contract/json-schema.ts";
import { matchesPattern } from "../arbitraries/pattern.ts";

export type Constraint =
  | "type"
  | "minLength"
  | "maxLength"
  | "pattern"
  | "enum"
  | "minimum"
  | "maximum"
  | "minItems"
  | "maxItems"
  | "minProperties"
  | "maxProperties"
  | "required";

/** Marks a member the mutation removed (missing_required). */
export const ABSENT: unique symbol = Symbol("absent");
export type Absent = typeof ABSENT;

function jsonType(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
  return typeof value;
}

function typeMatches(schema: JsonSchema, value: unknown): boolean {
  const actual = jsonType(value);
  if (!schema.type) return true;
  if (schema.type === "number") return actual === "number" || actual === "integer";
  return actual === schema.type;
}

export function violations(schema: JsonSchema, value: unknown | Absent, required = false): Constraint[] {
  if (value === ABSENT) return required ? ["required"] : [];
  if (!typeMatches(schema, value)) return ["type"];
  const out: Constraint[] = [];
  if (typeof value === "string") {
    const n = codePointLength(value);
    if (schema.minLength !== undefined && n < schema.minLength) out.push("minLength");
    if (schema.maxLength !== undefined && n > schema.maxLength) out.push("maxLength");
    if (schema.pattern !== undefined && !matchesPattern(schema.pattern, value)) out.push("pattern");
    if (schema.enum && !schema.enum.includes(value)) out.push("enum");
  } else if (typeof value === "number") {
    if (schema.minimum !== undefined && value < schema.minimum) out.push("minimum");
    if (schema.maximum !== undefined && value > schema.maximum) out.push("maximum");
  } else if (Array.isArray(value)) {
    if (schema.minItems !== undefined && value.length < schema.minItems) out.push("minItems");
    if (schema.maxItems !== undefined && value.length > schema.maxItems) out.push("maxItems");
  } else if (value && typeof value === "object" && isMapSchema(schema)) {
    const n = Object.keys(value).length;
    if (schema.minProperties !== undefined && n < schema.minProperties) out.push("minProperties");
    if (schema.maxProperties !== undefined && n > schema.maxProperties) out.push("maxProperties");
  }
  return out;
}
