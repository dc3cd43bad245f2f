// The run tag: every valid input of a creating operation carries `ivs-conformance:run = <run id>`
// in its `tags` map from the moment it is generated, so that the checks judge exactly what was
// sent, and the run's cleanup and `npm run sweep` find what it made by that tag.
//
// The key is valid under every documented tag-key constraint: the spec states keys of 1 to 128
// characters (ivs-api-reference-2025-02-28.txt, CreateChannel `tags`), no pattern; run-tag.test.ts
// checks it against every creating operation's `tags` schema of both specs, so that a new
// constraint fails a test, not a run.
import type { OperationSpec } from "../../../spec/contract/contract.ts";
import { codePointLength, isMapSchema, type JsonSchema } from "../../../spec/contract/json-schema.ts";
import type { Input } from "../arbitraries/input-arbitrary.ts";
import type { ResourceKind } from "../producers.ts";

export const RUN_TAG_KEY = "ivs-conformance:run";

/** The `tags` map member of an operation's input, if it has one. */
export function tagsSchema(op: OperationSpec): JsonSchema | undefined {
  const member = op.input.find((m) => m.name === "tags" && m.in === "body");
  return member && isMapSchema(member.schema) ? member.schema : undefined;
}

/** Why `value` breaks a string schema's documented length or pattern, if it does. */
function stringProblem(value: string, schema: JsonSchema | undefined, what: string): string | undefined {
  if (!schema) return undefined;
  const length = codePointLength(value);
  if (schema.minLength !== undefined && length < schema.minLength) return `${what} is shorter than ${schema.minLength}`;
  if (schema.maxLength !== undefined && length > schema.maxLength) return `${what} is longer than ${schema.maxLength}`;
  if (schema.pattern !== undefined && !new RegExp(`^(?:${schema.pattern})$`, "u").test(value))
    return `${what} does not match the pattern ${schema.pattern}`;
  return undefined;
}

/** Why the run tag cannot go into this `tags` schema, if it cannot. */
export function runTagProblem(schema: JsonSchema, runId: string): string | undefined {
  const names = schema.propertyNames as JsonSchema | undefined;
  return (
    stringProblem(RUN_TAG_KEY, names, `the run tag key ${RUN_TAG_KEY}`) ??
    stringProblem(runId, schema.additionalProperties as JsonSchema, `the run id ${runId}`)
  );
}

/** Whether an operation creates resources: the producer of an inferred kind (producers.ts). */
export const isCreating = (kinds: readonly ResourceKind[], op: OperationSpec) =>
  kinds.some((k) => k.producer.name === op.name && k.producer.service === op.service);

/**
 * The run tag added to a generated input: a creating operation's `tags` map gets the entry; a map
 * already at its documented maximum entry count has one of its entries replaced, so the input stays
 * valid. Other operations' inputs are returned as they are.
 */
export function runTagger(kinds: readonly ResourceKind[], op: OperationSpec, runId: string): (input: Input) => Input {
  const schema = tagsSchema(op);
  if (!schema || !isCreating(kinds, op)) return (input) => input;
  const max = schema.maxProperties;
  return (input) => {
    const tags = { ...((input.tags as Record<string, string> | undefined) ?? {}) };
    delete tags[RUN_TAG_KEY];
    const keys = Object.keys(tags);
    if (max !== undefined && keys.length >= max) for (const k of keys.slice(max - 1)) delete tags[k];
    tags[RUN_TAG_KEY] = runId;
    return { ...input, tags };
  };
}
