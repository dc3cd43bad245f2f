import { describe, expect, it } from "vitest";
import type { CellRun } from "../../suites/harness/report/progress-reporter.ts";
import { EXIT } from "./exit-codes.ts";
import { findFailure, recordedAssignments, replayEnvironment, replayVerdict, testNamePattern } from "./replay.ts";
import { failureOf, handMadeReport } from "./test-support/hand-made-report.ts";

const SIG = "content_type: A <n> body came as text/plain.";
const failing = {
  service: "ivs",
  operation: "GetChannel",
  check: "content_type",
  status: "fail" as const,
  signature: SIG,
  id: "0a1b2c3d4e",
};
const report = handMadeReport([failing, { ...failing, operation: "GetStream", status: "pass" }]);

describe("recordedAssignments", () => {
  it("reads the NAME='value' assignments a reproduce command opens with, quotes undone", () => {
    expect(
      recordedAssignments(
        "IVS_ENDPOINT='http://h/it'\\''s' IVS_TARGET=aws CONFORMANCE_SEED=7 npx vitest run -t 'X=1 '",
      ),
    ).toEqual({ IVS_ENDPOINT: "http://h/it's", IVS_TARGET: "aws", CONFORMANCE_SEED: "7" });
    expect(recordedAssignments("npx vitest run")).toEqual({});
  });
});

describe("findFailure", () => {
  it("finds the case by id: cell, signature, test title, and the target and settings the report recorded", () => {
    const c = findFailure(report, "0a1b2c3d4e", "reports/conformance.json");
    expect(c).toMatchObject({ service: "ivs", testTitle: "GetChannel: content_type", signature: SIG });
    expect(c.env).toEqual({
      IVS_ENDPOINT: "http://127.0.0.1:4566",
      IVS_REALTIME_ENDPOINT: "http://127.0.0.1:4566",
      AWS_REGION: "us-west-2",
      CONFORMANCE_RUNS: "5",
      CONFORMANCE_SEED: "7",
      CONFORMANCE_PATH: "1:0",
    });
    expect(testNamePattern(c)).toBe("^GetChannel: content_type$");
  });

  it("names the report it searched when the id is unknown (a configuration error)", () => {
    const find = () => findFailure(report, "ffffffffff", "ci/conformance.json");
    expect(find).toThrow(
      "no failure ffffffffff in ci/conformance.json (its failures: 0a1b2c3d4e); " +
        "give the report that printed it with --report <file>",
    );
    expect(find).toThrow(expect.objectContaining({ name: "ConfigurationError" }));
  });

  it("replaces the caller's target settings with the report's, and keeps everything else (credentials)", () => {
    const c = findFailure(report, "0a1b2c3d4e", "r.json");
    const env = replayEnvironment(
      { IVS_TARGET: "aws", CONFORMANCE_PATH: "9:9", AWS_ACCESS_KEY_ID: "AKID", CONFORMANCE_CONCURRENCY: "4" },
      c,
    );
    expect(env).toEqual({ ...c.env, AWS_ACCESS_KEY_ID: "AKID", CONFORMANCE_CONCURRENCY: "4" });
  });
});

describe("replayVerdict", () => {
  const c = findFailure(report, "0a1b2c3d4e", "r.json");
  const run = (more: Partial<CellRun>): CellRun => ({
    key: "ivs GetChannel content_type",
    service: "ivs",
    title: "GetChannel: content_type",
    state: "passed",
    ...more,
  });
  const record = (signature: string) => ({
    service: "ivs",
    operation: "GetChannel",
    check: "content_type",
    status: "fail" as const,
    failure: failureOf({ ...failing, signature }),
  });
  it.each([
    ["passes now", run({}), EXIT.pass, /^passes now: ivs GetChannel: content_type \(failure 0a1b2c3d4e\)$/],
    [
      "still failing, same signature",
      run({ state: "failed", record: record(SIG) }),
      EXIT.fail,
      /^still failing with the same signature: ivs GetChannel: content_type/,
    ],
    [
      "failing another way",
      run({ state: "failed", record: record("content_type: other") }),
      EXIT.fail,
      /^still failing, with another signature/,
    ],
    [
      "not run (skipped with its reason)",
      run({ state: "skipped", note: "not run: not implemented by the target: 404" }),
      EXIT.fail,
      /^not run: ivs GetChannel: content_type: not run: not implemented/,
    ],
    ["no such test any more", undefined, EXIT.fail, /^not run: .* is no longer a test of the suite/],
  ])("%s", (_, cellRun, exitCode, line) => {
    const verdict = replayVerdict(c, cellRun);
    expect(verdict.exitCode).toBe(exitCode);
    expect(verdict.lines[0]).toMatch(line);
  });
});
