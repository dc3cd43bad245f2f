import { afterEach, describe, expect, it } from "vitest";
import type { Exchange } from "../clients/exchange.ts";
import type { SafetyConfig } from "../config.ts";
import { judgedSpec } from "../judged-spec.ts";
import { readCreated } from "./created-resources.ts";
import { NotRunError } from "./not-run-error.ts";
import { markInterrupted, removeRunDirectory } from "./run-directory.ts";
import { RunGuard } from "./run-guard.ts";
import { newRunId } from "./run-id.ts";

const ivs = judgedSpec("ivs");
const runs: string[] = [];
afterEach(() => {
  for (const id of runs.splice(0)) removeRunDirectory(id);
});

function guard(safety: Partial<SafetyConfig> = {}): RunGuard {
  const runId = newRunId();
  runs.push(runId);
  return new RunGuard({ runId, readOnly: false, aws: false, paced: false, ...safety }, () => ivs);
}

const answer = (status: number, body: unknown): Exchange => ({
  operation: "CreateChannel",
  request: { method: "POST", url: "http://target/CreateChannel", headers: {} },
  response: { status, headers: { "content-type": "application/json" }, body: JSON.stringify(body) },
  via: "sdk",
  ms: 1,
});

const channel = "arn:aws:ivs:us-west-2:123456789012:channel/abcdABCD1234";
const streamKey = "arn:aws:ivs:us-west-2:123456789012:stream-key/abcdABCD1234";

describe("the run guard", () => {
  it("refuses every write in read-only mode, and lets reads through", async () => {
    const g = guard({ readOnly: true });
    await expect(g.admit(ivs.operation("CreateChannel"), {})).rejects.toThrow(
      new NotRunError("read-only mode: CreateChannel writes (CONFORMANCE_READ_ONLY, --read-only)"),
    );
    await expect(g.admit(ivs.operation("DeleteChannel"), {})).rejects.toThrow(NotRunError);
    await expect(g.admit(ivs.operation("ListChannels"), {})).resolves.toEqual({ creating: false });
  });

  it("against AWS, refuses an operation that names an S3 bucket unless one is configured", async () => {
    const op = ivs.operation("CreateRecordingConfiguration");
    await expect(guard({ aws: true }).admit(op, {})).rejects.toThrow(
      "CreateRecordingConfiguration needs an S3 bucket in the target account: set CONFORMANCE_S3_BUCKET to use one",
    );
    await expect(guard({ aws: true, s3Bucket: "b" }).admit(op, {})).resolves.toEqual({ creating: true });
    await expect(guard({ aws: false }).admit(op, {})).resolves.toEqual({ creating: true });
  });

  it("records every ARN a creating answer names, and counts them against the budget", async () => {
    const g = guard({ maxResources: 3 });
    const op = ivs.operation("CreateChannel");
    const permit = await g.admit(op, {});
    g.settle(op, permit, answer(200, { channel: { arn: channel }, streamKey: { arn: streamKey } }));
    expect(readCreated(g.safety.runId)).toEqual([
      { service: "ivs", arn: channel },
      { service: "ivs", arn: streamKey },
    ]);
    const rejected = await g.admit(op, {});
    g.settle(op, rejected, answer(400, { exceptionMessage: "no" }));
    const last = await g.admit(op, {});
    expect(last.slot).toBe(2);
    await expect(g.admit(op, {})).rejects.toThrow("resource budget reached: ");
  });

  it("creates nothing once the run is marked interrupted", async () => {
    const g = guard();
    markInterrupted(g.safety.runId);
    await expect(g.admit(ivs.operation("CreateChannel"), {})).rejects.toThrow(
      "the run was interrupted; it creates nothing more",
    );
    await expect(g.admit(ivs.operation("GetChannel"), {})).resolves.toEqual({ creating: false });
  });
});
