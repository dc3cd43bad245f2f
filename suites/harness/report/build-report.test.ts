import { describe, expect, it } from "vitest";
import { CHECK_NAMES } from "../checks/registry.ts";
import { judgedSpec } from "../judged-spec.ts";
import { buildReport } from "./build-report.ts";

describe("buildReport", () => {
  const report = buildReport(
    [
      {
        service: "ivs",
        title: "CreateChannel: rejects_invalid_input",
        state: "passed",
        record: {
          service: "ivs",
          operation: "CreateChannel",
          check: "rejects_invalid_input",
          status: "pass",
          cases: 100,
        },
      },
      { service: "ivs", title: "GetChannel: response_schema", state: "failed", error: "boom" },
    ],
    { startedAt: new Date(0), finishedAt: new Date(1000), target: { kind: "emulator", description: "test" } },
  );
  it("has a cell for every operation and check of both specs", () => {
    const cells = judgedSpec("ivs").operations.length + judgedSpec("ivs-realtime").operations.length;
    expect(Object.values(report.summary).reduce((a, b) => a + b, 0)).toBe(cells * CHECK_NAMES.length);
  });
  it("keeps recorded outcomes, and says why the other cells have none", () => {
    const ivs = report.services.ivs!.operations;
    expect(ivs.CreateChannel!.checks.rejects_invalid_input).toEqual({ status: "pass", cases: 100 });
    expect(ivs.GetChannel!.checks.response_schema).toMatchObject({ status: "fail", message: "boom" });
    expect(ivs.GetChannel!.checks.accepts_valid_input).toMatchObject({
      status: "not_run",
      reason: "not selected in this run",
    });
    expect(ivs.GetChannel!.checks.pagination_complete).toMatchObject({
      status: "not_applicable",
      reason: "GetChannel is not paginated (no x-amzn-pagination)",
    });
  });
  it("lists the errata and documented rules it judged by", () => {
    expect(report.errata.map((e) => e.id)).toContain("resource-arn-type-is-one-character");
    expect(report.documentedRules.length).toBeGreaterThan(5);
  });
});
