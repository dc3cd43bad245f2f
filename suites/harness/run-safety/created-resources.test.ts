import { appendFileSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { Exchange } from "../clients/exchange.ts";
import { arnsInAnswer, readCreated, recordCreated } from "./created-resources.ts";
import { ensureRunDirectory, removeRunDirectory } from "./run-directory.ts";
import { newRunId } from "./run-id.ts";

const runs: string[] = [];
afterEach(() => {
  for (const id of runs.splice(0)) removeRunDirectory(id);
});

const answer = (status: number, body: string): Exchange => ({
  operation: "CreateChannel",
  request: { method: "POST", url: "http://target/CreateChannel", headers: {} },
  response: { status, headers: {}, body },
  via: "sdk",
  ms: 1,
});

describe("the registry of created resources", () => {
  it("takes every ARN a 2xx answer's top-level objects name, and none from an error", () => {
    const body = JSON.stringify({ channel: { arn: "arn:c", name: "x" }, streamKey: { arn: "arn:k" }, note: "arn:n" });
    expect(arnsInAnswer(answer(200, body))).toEqual(["arn:c", "arn:k"]);
    expect(arnsInAnswer(answer(400, body))).toEqual([]);
    expect(arnsInAnswer(answer(200, "not json"))).toEqual([]);
  });

  it("keeps nothing unless the run's directory is open, and reads past a line cut short", () => {
    const runId = newRunId();
    runs.push(runId);
    recordCreated(runId, [{ service: "ivs", arn: "arn:before" }]);
    expect(readCreated(runId)).toEqual([]);
    const dir = ensureRunDirectory(runId);
    recordCreated(runId, [
      { service: "ivs", arn: "arn:c" },
      { service: "ivs-realtime", arn: "arn:s" },
    ]);
    appendFileSync(path.join(dir, "created.jsonl"), '{"service":"ivs","ar');
    expect(readCreated(runId)).toEqual([
      { service: "ivs", arn: "arn:c" },
      { service: "ivs-realtime", arn: "arn:s" },
    ]);
  });
});
