import { describe, expect, it } from "vitest";
import { AWS_DEFAULT_MAX_RESOURCES, runConfig } from "../config.ts";
import { resolveTarget } from "../target.ts";

const safety = (env: NodeJS.ProcessEnv) => runConfig(env, resolveTarget(env)).safety;
const AWS = { IVS_TARGET: "aws", AWS_REGION: "us-west-2", CONFORMANCE_RUN_ID: "r1" };

describe("the run's safety settings", () => {
  it("cap resources at 50 against AWS, and not at all elsewhere unless told", () => {
    expect(AWS_DEFAULT_MAX_RESOURCES).toBe(50);
    expect(safety(AWS)).toEqual({ runId: "r1", maxResources: 50, readOnly: false, aws: true, paced: true });
    expect(safety({ CONFORMANCE_RUN_ID: "r1" })).toEqual({ runId: "r1", readOnly: false, aws: false, paced: false });
    expect(safety({ IVS_ENDPOINT: "http://localhost:4566", CONFORMANCE_RUN_ID: "r1" }).paced).toBe(true);
    expect(safety({ ...AWS, CONFORMANCE_MAX_RESOURCES: "7" }).maxResources).toBe(7);
    expect(safety({ CONFORMANCE_MAX_RESOURCES: "0" }).maxResources).toBe(0);
  });

  it("read the read-only switch and the S3 bucket", () => {
    expect(safety({ ...AWS, CONFORMANCE_READ_ONLY: "1", CONFORMANCE_S3_BUCKET: "recordings" })).toMatchObject({
      readOnly: true,
      s3Bucket: "recordings",
    });
    expect(safety({ CONFORMANCE_READ_ONLY: "0" }).readOnly).toBe(false);
  });

  it("refuse values they cannot read, naming the variable", () => {
    expect(() => safety({ CONFORMANCE_READ_ONLY: "yes" })).toThrow(
      'CONFORMANCE_READ_ONLY must be 1 or 0 (true or false), but received "yes"',
    );
    expect(() => safety({ CONFORMANCE_MAX_RESOURCES: "-1" })).toThrow(
      'CONFORMANCE_MAX_RESOURCES must be an integer >= 0, but received "-1"',
    );
  });
});
