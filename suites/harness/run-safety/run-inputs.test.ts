import { describe, expect, it } from "vitest";
import type { SafetyConfig } from "../config.ts";
import { judgedSpec } from "../judged-spec.ts";
import { inferKinds } from "../producers.ts";
import { isReadOperation, needsBucket } from "./operation-access.ts";
import { runInputs } from "./run-inputs.ts";
import { RUN_TAG_KEY } from "./run-tag.ts";

const ivs = judgedSpec("ivs");
const realtime = judgedSpec("ivs-realtime");
const safety: SafetyConfig = { runId: "r1", readOnly: false, aws: true, paced: true, s3Bucket: "my-recordings" };

describe("what an operation needs, from the spec", () => {
  it("names an S3 bucket where its input has a bucketName at any depth", () => {
    expect(needsBucket(ivs.operation("CreateRecordingConfiguration"))).toBe(true);
    expect(needsBucket(realtime.operation("CreateStorageConfiguration"))).toBe(true);
    expect(needsBucket(ivs.operation("CreateChannel"))).toBe(false);
  });

  it("only reads when its verb is Get, List or BatchGet", () => {
    expect(["GetChannel", "ListChannels", "BatchGetChannel"].every((name) => isReadOperation({ name }))).toBe(true);
    expect(["CreateChannel", "PutMetadata", "TagResource", "Getaway"].some((name) => isReadOperation({ name }))).toBe(
      false,
    );
  });
});

describe("a generated valid input, under the run's rules", () => {
  it("names the configured bucket, against AWS, and carries the run tag", () => {
    const op = ivs.operation("CreateRecordingConfiguration");
    const input = { destinationConfiguration: { s3: { bucketName: "random-bucket" } }, name: "n" };
    expect(runInputs(inferKinds(ivs), op, safety)(input)).toEqual({
      destinationConfiguration: { s3: { bucketName: "my-recordings" } },
      name: "n",
      tags: { [RUN_TAG_KEY]: "r1" },
    });
  });

  it("keeps its generated bucket against any other target", () => {
    const op = ivs.operation("CreateRecordingConfiguration");
    const input = { destinationConfiguration: { s3: { bucketName: "random-bucket" } } };
    expect(runInputs(inferKinds(ivs), op, { ...safety, aws: false })(input)).toEqual({
      ...input,
      tags: { [RUN_TAG_KEY]: "r1" },
    });
  });
});
