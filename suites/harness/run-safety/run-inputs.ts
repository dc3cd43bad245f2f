// What the run's safety rules change in a generated valid input, at generation time so that the
// checks judge exactly what is sent: the run tag on a creating operation's `tags` (run-tag.ts), and,
// against AWS with CONFORMANCE_S3_BUCKET, that bucket wherever the input names one.
import type { OperationSpec } from "../../../spec/contract/contract.ts";
import type { Input } from "../arbitraries/input-arbitrary.ts";
import type { SafetyConfig } from "../config.ts";
import type { ResourceKind } from "../producers.ts";
import { needsBucket, withBucket } from "./operation-access.ts";
import { runTagger } from "./run-tag.ts";

export function runInputs(
  kinds: readonly ResourceKind[],
  op: OperationSpec,
  safety: SafetyConfig,
): (input: Input) => Input {
  const tag = runTagger(kinds, op, safety.runId);
  const bucket = safety.aws && safety.s3Bucket && needsBucket(op) ? safety.s3Bucket : undefined;
  return bucket ? (input) => tag(withBucket(input, bucket) as Input) : tag;
}
