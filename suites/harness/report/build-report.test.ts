import { describe, expect, it } from "vitest";
import { SERVICES } from "../../../spec/contract/service-name.ts";
import { CHECK_NAMES } from "../checks/catalogue.ts";
import { useAfterDelete } from "../checks/use-after-delete.ts";
import { cellKey, serviceMatrix, specView } from "../matrix.ts";
import type { Observation } from "../observations/observation.ts";
import { resolveTarget } from "../target.ts";
import { buildReport, type CellResult, REPORT_FORMAT } from "./build-report.ts";
import { readSources } from "./sources.ts";
import { reportErrors } from "./validate-report.ts";

const reading: Observation = {
  id: "pattern_reading:ivs:GetChannel:arn",
  kind: "pattern_reading",
  subject: "arn",
  finding: "substring",
  observed: 'reads pattern "arn:..." at GetChannel.arn as a substring: 3 values ... accepted (404 ...)',
  evidence: [{ request: 'POST http://h:1/GetChannel {"arn":" arn:aws:ivs:..."}', response: "404 ..." }],
  seen: 3,
};

describe("buildReport", () => {
  const views = SERVICES.map((s) => specView(s, {}));
  const matrix = views.flatMap((v) => serviceMatrix(v));
  const results = new Map<string, CellResult>([
    [
      cellKey("ivs", "CreateChannel", "rejects_invalid_input"),
      {
        state: "passed",
        record: {
          service: "ivs",
          operation: "CreateChannel",
          check: "rejects_invalid_input",
          status: "pass",
          cases: 100,
        },
      },
    ],
    [
      cellKey("ivs", "GetChannel", "rejects_invalid_input"),
      {
        state: "passed",
        record: {
          service: "ivs",
          operation: "GetChannel",
          check: "rejects_invalid_input",
          status: "pass",
          cases: 100,
          observations: [reading],
        },
      },
    ],
    [cellKey("ivs", "GetChannel", "response_schema"), { state: "failed", note: "boom" }],
    [cellKey("ivs", "GetChannel", "content_type"), { state: "skipped", note: "not run: throttled" }],
  ]);
  const report = buildReport({
    specs: views.map((v) => v.spec),
    matrix,
    results,
    sources: readSources(),
    target: resolveTarget({ IVS_ENDPOINT: "http://h:1", AWS_SECRET_ACCESS_KEY: "s3cr3t", AWS_ACCESS_KEY_ID: "AKID" }),
    seed: 7,
    runs: 100,
    startedAt: new Date(0),
    finishedAt: new Date(1000),
  });

  it("has a cell for every operation and check of both specs", () => {
    const operations = views.reduce((n, v) => n + v.spec.operations.length, 0);
    const { observations: _, ...cells } = report.summary;
    expect(Object.values(cells).reduce((a, b) => a + b, 0)).toBe(operations * CHECK_NAMES.length);
    expect(report.format).toBe(REPORT_FORMAT);
  });
  it("keeps recorded outcomes by cell, and says why the other cells have none", () => {
    const ivs = report.services.ivs!.operations;
    expect(ivs.CreateChannel!.checks.rejects_invalid_input).toEqual({ status: "pass", cases: 100 });
    expect(ivs.GetChannel!.checks.response_schema).toEqual({
      status: "fail",
      reason: "the test failed outside the harness",
      message: "boom",
    });
    expect(ivs.GetChannel!.checks.content_type).toEqual({ status: "not_run", reason: "not run: throttled" });
    expect(ivs.GetChannel!.checks.accepts_valid_input).toEqual({
      status: "not_run",
      reason: "not selected in this run",
    });
    expect(ivs.GetChannel!.checks.pagination_complete).toEqual({
      status: "not_applicable",
      reason: "GetChannel is not paginated (no x-amzn-pagination)",
    });
  });
  it("lists the errata with provenance and the documented rules it judged by", () => {
    expect(report.errata).toEqual([
      expect.objectContaining({
        id: "resource-arn-type-is-one-character",
        document: "ivs-api-reference-2025-02-28.txt",
      }),
    ]);
    expect(report.documentedRules.length).toBeGreaterThan(5);
    expect(report.checks.use_after_delete).toEqual({ family: "lifecycle", failsWhen: useAfterDelete.failsWhen });
  });
  it("names the target without its credentials", () => {
    expect(report.target).toEqual({
      kind: "url",
      region: "us-west-2",
      description: "http://h:1 (ivs), http://h:1 (ivs-realtime)",
    });
    expect(JSON.stringify(report)).not.toMatch(/s3cr3t|AKID/);
  });
  it("keeps observations on their cell and lists them all with the cell they were made on", () => {
    const cell = report.services.ivs!.operations.GetChannel!.checks.rejects_invalid_input!;
    expect(cell.status).toBe("pass");
    expect(cell.observations).toEqual([reading]);
    expect(report.observations).toEqual([
      { service: "ivs", operation: "GetChannel", check: "rejects_invalid_input", ...reading },
    ]);
    expect(report.summary.fail).toBe(1);
    expect(report.summary.observations).toBe(1);
    expect(report.services.ivs!.summary.observations).toBe(1);
    expect(report.failures).toEqual([
      {
        service: "ivs",
        operation: "GetChannel",
        check: "response_schema",
        title: "the test failed outside the harness",
      },
    ]);
  });
  it("says what each operation's verdicts rest on, and counts documented and SDK-only operations apart", () => {
    expect(report.spec.sdkOnly.ivs).toEqual([
      "CreateAdConfiguration",
      "DeleteAdConfiguration",
      "GetAdConfiguration",
      "InsertAdBreak",
      "ListAdConfigurations",
      "UpdateAdConfiguration",
    ]);
    expect(report.spec.sdkOnly["ivs-realtime"]).toHaveLength(26);
    expect(report.spec.sdkOnly["ivs-realtime"]).toContain("DeleteStage");
    expect(report.services.ivs!.operations.CreateAdConfiguration!.basis).toBe("sdk");
    expect(report.services.ivs!.operations.CreateChannel!.basis).toBe("documents");
    expect(report.services["ivs-realtime"]!.operations.CreateStage!.basis).toBe("documents");
    for (const [service, documented, sdk] of [
      ["ivs", 35, 6],
      ["ivs-realtime", 13, 26],
    ] as const) {
      const { byBasis, summary } = report.services[service]!;
      expect(byBasis!.documents.operations).toBe(documented);
      expect(byBasis!.sdk.operations).toBe(sdk);
      for (const status of ["pass", "fail", "not_applicable", "not_run", "observations"] as const)
        expect(byBasis!.documents[status] + byBasis!.sdk[status]).toBe(summary[status]);
      expect(byBasis!.sdk.not_applicable).toBeGreaterThan(0);
    }
    expect(reportErrors(report)).toEqual([]);
  });
  it("names the spec versions and the source documents", () => {
    expect(report.spec.apiVersions).toEqual({ ivs: "2020-07-14", "ivs-realtime": "2020-07-14" });
    expect(report.spec.sources.map((s) => s.file)).toContain("ivs-api-reference-2025-02-28.txt");
  });
});
