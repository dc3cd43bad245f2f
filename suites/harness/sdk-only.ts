// Operations no document states (`x-amzn-documented: false`, OperationSpec.documented false): every
// fact of them comes from the official SDK's model, which carries types, required flags, enum
// values, errors and pagination but no length, pattern or range constraint. Their cells are judged
// by those facts alone, and say so (test notes, every report), so that a reader tells the verdicts
// that rest on the documents from those that rest on the SDK's model.
import type { OperationSpec, ServiceSpec } from "../../spec/contract/contract.ts";
import type { JsonSchema } from "../../spec/contract/json-schema.ts";
import { isMapSchema } from "../../spec/contract/json-schema.ts";
import { describePath, ITEM, MAP_KEY, MAP_VALUE, type ValuePath } from "./arbitraries/value-path.ts";

/** What a verdict rests on: the documents, or the SDK's model alone. */
export type Basis = "documents" | "sdk";

export const basisOf = (op: Pick<OperationSpec, "documented">): Basis => (op.documented ? "documents" : "sdk");

/** `@aws-sdk/client-ivs-realtime@3.1058.0`: the SDK package the spec read an operation from, if it says. */
export function sdkPackageOf(spec: Pick<ServiceSpec, "document">, op: OperationSpec): string | undefined {
  const item = spec.document.paths[op.path]?.[op.method.toLowerCase()] as Record<string, unknown> | undefined;
  const source = item?.["x-amzn-source"] as { ref?: unknown } | undefined;
  return typeof source?.ref === "string" ? source.ref.split("#")[0] : undefined;
}

/** The sentence every constraint reason of an SDK-only operation starts with. */
export const sdkStatesNoConstraints = (op: OperationSpec) =>
  `${op.name} is not in the documents; the SDK's model states no length, pattern or range constraints`;

/** The note on every cell of an SDK-only operation (none for a documented one). */
export function sdkOnlyNotes(spec: Pick<ServiceSpec, "document">, op: OperationSpec): string[] {
  if (op.documented) return [];
  const model = sdkPackageOf(spec, op);
  return [
    `SDK-only: ${op.name} is in no document; judged by the SDK's model${model ? ` (${model})` : ""} alone: ` +
      "types, required members, enum values, errors and pagination, no constraints",
  ];
}

/**
 * For a request of an SDK-only operation that must be answered with one documented error (a missing
 * resource, an offline channel): the required members, other than those the situation is about and
 * those that name an existing resource, whose valid values the model leaves open (see
 * unstatedValidity). A target may reject such a value as invalid before it looks at the situation,
 * so while any is left, no such request is known to meet the situation alone. Optional members are
 * left out of these requests.
 */
export function openRequiredMembers(op: OperationSpec, situational: readonly string[]): string[] {
  const closed = (m: { name: string; required: boolean }) => !m.required || situational.includes(m.name);
  return unstatedValidity({ ...op, input: op.input.filter((m) => !closed(m)) }, true);
}

/**
 * The input members of an SDK-only operation whose valid values the SDK's model leaves open: every
 * string that is not an enum value (a name, an ARN, a bucket) and every number (no range). A target
 * may reject any value of them as invalid and still conform, so no request of the operation is
 * known to be valid. Booleans, enums and members of no value (a map's keys aside) are closed.
 */
export function unstatedValidity(op: Pick<OperationSpec, "input">, requiredOnly = false): string[] {
  const open: string[] = [];
  const walk = (schema: JsonSchema, path: ValuePath) => {
    if (schema.enum || schema.type === "boolean") return;
    if (schema.type === "string" || schema.type === "number" || schema.type === "integer") {
      open.push(describePath(path));
      return;
    }
    if (schema.type === "array" && schema.items) walk(schema.items, [...path, ITEM]);
    if (isMapSchema(schema)) {
      walk({ type: "string", ...schema.propertyNames }, [...path, MAP_KEY]);
      walk(schema.additionalProperties, [...path, MAP_VALUE]);
    } else if (schema.properties) {
      const required = new Set(schema.required ?? []);
      for (const [n, s] of Object.entries(schema.properties))
        if (!requiredOnly || required.has(n)) walk(s, [...path, n]);
    }
  };
  for (const m of op.input) walk(m.schema, [m.name]);
  return open;
}
