// What sending an operation implies, from the spec alone: whether it only reads (its verb: Get,
// List, BatchGet), and whether it needs something outside IVS that the run cannot make itself:
// an S3 bucket (an input member `bucketName` anywhere in its input: recording and storage
// configurations), or a live broadcast (its documented errors include ChannelNotBroadcasting).
import type { OperationSpec } from "../../../spec/contract/contract.ts";
import type { JsonSchema } from "../../../spec/contract/json-schema.ts";

const READ_VERBS = /^(Get|List|BatchGet)[A-Z]/;

export const isReadOperation = (op: Pick<OperationSpec, "name">) => READ_VERBS.test(op.name);

export const BUCKET_MEMBER = "bucketName";

function mentions(schema: JsonSchema | undefined, member: string, depth = 0): boolean {
  if (!schema || depth > 12) return false;
  if (schema.properties && member in schema.properties) return true;
  return (
    Object.values(schema.properties ?? {}).some((s) => mentions(s, member, depth + 1)) ||
    mentions(schema.items as JsonSchema | undefined, member, depth + 1)
  );
}

export const needsBucket = (op: OperationSpec) =>
  op.input.some((m) => m.name === BUCKET_MEMBER || mentions(m.schema, BUCKET_MEMBER));

export const needsBroadcast = (op: OperationSpec) => op.errors.some((e) => e.name === "ChannelNotBroadcasting");

/** The input with every `bucketName`, at any depth, set to the configured bucket. */
export function withBucket(input: unknown, bucket: string): unknown {
  if (Array.isArray(input)) return input.map((v) => withBucket(v, bucket));
  if (!input || typeof input !== "object") return input;
  return Object.fromEntries(
    Object.entries(input).map(([k, v]) => [
      k,
      k === BUCKET_MEMBER && typeof v === "string" ? bucket : withBucket(v, bucket),
    ]),
  );
}
