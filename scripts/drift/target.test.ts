// Section 3 (documentation against a target): a hand-made report with one failure and two
// observations gives exactly their items with their replay ids; a missing report is a headline, not a
// crash; and a real (small) run of the embedded emulator reads the documented patterns as substrings.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmulator } from "../../fixtures/emulator/start-emulator.ts";
import { SERVICES } from "../../spec/contract/service-name.ts";
import type { CellFailure } from "../../suites/harness/cell-record.ts";
import { cellRecord } from "../../suites/harness/cell-record.ts";
import { closeTransport } from "../../suites/harness/clients/transport.ts";
import { cellKey, serviceMatrix, specView } from "../../suites/harness/matrix.ts";
import type { Observation } from "../../suites/harness/observations/observation.ts";
import { buildReport, type CellResult, type ConformanceReport } from "../../suites/harness/report/build-report.ts";
import { sampleReport } from "../../suites/harness/report/sample-report.ts";
import { readSources } from "../../suites/harness/report/sources.ts";
import { reportErrors } from "../../suites/harness/report/validate-report.ts";
import { runCells } from "../../suites/harness/run-cells.ts";
import { ServiceHarness } from "../../suites/harness/service-harness.ts";
import { resolveTarget } from "../../suites/harness/target.ts";
import { buildTargetSection, NO_REPORT } from "./target.ts";

const dir = mkdtempSync(path.join(tmpdir(), "drift-target-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function written(report: ConformanceReport, name: string): string {
  expect(reportErrors(report)).toEqual([]);
  const file = path.join(dir, name);
  writeFileSync(file, JSON.stringify(report));
  return file;
}

const FAILURE: CellFailure = {
  id: "a1b2c3d4e5",
  signature: "rejects_invalid_input: A request with one constraint broken was accepted.",
  check: "rejects_invalid_input",
  service: "ivs",
  operation: "CreateChannel",
  title: "A request with one constraint broken was accepted.",
  received: '200 (application/json) {"channel":{}}',
  documented: "400 ValidationException",
  mutation: { operator: "too_long", constraint: "maxLength", pointer: "/name", original: '"a"', mutated: '"aaaa"' },
  replay: { seed: 7, path: "1:0", site: "too_long@name", testTitle: "CreateChannel: rejects_invalid_input" },
  reproduce: {},
};

const READING: Observation = {
  id: "pattern_reading:ivs:GetChannel:arn",
  kind: "pattern_reading",
  subject: "arn",
  finding: "whole-value",
  observed: 'reads pattern "arn:aws:ivs:[a-z0-9-]+:[0-9]+:channel/[a-zA-Z0-9-]+" at GetChannel.arn as the whole value',
  evidence: [],
  seen: 3,
};

const EXTRA: Observation = {
  id: "undocumented_member:ivs:GetChannel:channel.region",
  kind: "undocumented_member",
  subject: "channel.region",
  observed:
    "GetChannel's 200 body carries channel.region, which the documented schema " +
    "(#/components/schemas/GetChannelResponse) does not list",
  evidence: [],
  seen: 1,
};

/** One failure and two observations, on the sample report's frame. */
function handMade(): ConformanceReport {
  const report = sampleReport();
  const sum = (pass: number, fail: number, observations: number) => ({
    pass,
    fail,
    not_applicable: 0,
    not_run: 0,
    observations,
  });
  report.summary = sum(2, 1, 2);
  report.failures = [
    {
      service: "ivs",
      operation: "CreateChannel",
      check: "rejects_invalid_input",
      id: FAILURE.id,
      signature: FAILURE.signature,
      title: FAILURE.title,
    },
  ];
  report.observations = [
    { service: "ivs", operation: "GetChannel", check: "rejects_invalid_input", ...READING },
    { service: "ivs", operation: "GetChannel", check: "response_schema", ...EXTRA },
  ];
  report.services = {
    ivs: {
      summary: sum(2, 1, 2),
      operations: {
        CreateChannel: {
          checks: { rejects_invalid_input: { status: "fail", reason: FAILURE.title, failure: FAILURE } },
        },
        GetChannel: {
          checks: {
            rejects_invalid_input: { status: "pass", observations: [READING] },
            response_schema: { status: "pass", observations: [EXTRA] },
          },
        },
      },
    },
    "ivs-realtime": { summary: sum(0, 0, 0), operations: {} },
  };
  return report;
}

describe("buildTargetSection on a hand-made report", () => {
  const run =
    "conformance run 2026-01-02T03:04:05.678Z against " +
    "http://127.0.0.1:4566 (ivs), http://127.0.0.1:4566 (ivs-realtime)";

  it("gives one item per failure and observation, each with its replay id and both sides", () => {
    const section = buildTargetSection(written(handMade(), "hand-made.json"));
    expect(section.items.map((i) => [i.kind, i.member, i.replay])).toEqual([
      ["undocumented-member", "GetChannel.output.channel.region", "undocumented_member:ivs:GetChannel:channel.region"],
      ["constraint-not-enforced", "CreateChannel.input.name", "a1b2c3d4e5"],
      ["pattern-reading", "GetChannel.input.arn", "pattern_reading:ivs:GetChannel:arn"],
    ]);
    for (const item of section.items) {
      expect(item.section).toBe("target");
      expect(item.right.source).toBe(run);
      expect(item.left.source).toBe("ivs-api-reference-2025-02-28.txt");
      expect(item.left.line).toBeGreaterThan(0);
    }
    const [, constraint, reading] = section.items;
    // The documented maxLength of CreateChannel.name, where the document states it.
    expect(constraint!.left).toMatchObject({ value: { constraint: "maxLength", documented: 128 } });
    expect(constraint!.summary).toContain('did not reject "aaaa" at /name');
    expect(reading!.left.value).toBe("arn:aws:ivs:[a-z0-9-]+:[0-9]+:channel/[a-zA-Z0-9-]+");
    expect(reading!.right.value).toBe("whole-value");
    expect(section.headline).toBe(
      "http://127.0.0.1:4566 (ivs), http://127.0.0.1:4566 (ivs-realtime), run 2026-01-02T03:04:05.678Z: " +
        "1 undocumented-member, 1 constraint-not-enforced, 1 pattern-reading (1 whole-value)",
    );
  });

  it("reads enum values, statuses and error names out of their failures' titles", () => {
    const report = sampleReport();
    const failure = report.services.ivs!.operations.GetChannel!.checks.response_schema!.failure!;
    failure.title =
      "The success body does not match the documented schema: " +
      '/channel/latencyMode must be equal to one of the allowed values ["NORMAL","LOW"].';
    failure.received = '200 (application/json) {"channel":{"latencyMode":"ULTRA_LOW"}}';
    report.failures[0]!.title = failure.title;
    const stage = report.services["ivs-realtime"]!.operations.GetStage!.checks.status_documented!;
    stage.failure = { ...failure, id: "0000000001", check: "status_documented", service: "ivs-realtime" };
    stage.failure.operation = "GetStage";
    stage.failure.title = "Status 422 is not documented for GetStage.";
    report.failures[1] = { ...report.failures[1]!, id: "0000000001", title: stage.failure.title };
    report.observations = [];
    report.services.ivs!.operations.GetChannel!.checks.rejects_invalid_input!.observations = [];
    report.summary.observations = 0;
    report.services.ivs!.summary.observations = 0;
    const items = buildTargetSection(written(report, "enum.json")).items;
    expect(items.map((i) => [i.kind, i.member, i.right.value, i.replay])).toEqual([
      ["enum-value-undocumented", "GetChannel.output.channel.latencyMode", "ULTRA_LOW", "0123456789"],
      ["status-undocumented", undefined, failure.received, "0000000001"],
    ]);
    expect(items[0]!.left).toEqual({
      source: "ivs-api-reference-2025-02-28.txt",
      line: 5141,
      value: ["NORMAL", "LOW"],
    });
  });

  it("says so when there is no report, without failing", () => {
    expect(buildTargetSection(path.join(dir, "absent.json"))).toEqual({ headline: NO_REPORT, items: [] });
  });
});

describe("buildTargetSection on a real run of the embedded emulator", () => {
  let file: string;
  beforeAll(async () => {
    const emulator = await startEmulator({ port: 0 });
    try {
      const seed = 424242;
      const target = resolveTarget({ IVS_ENDPOINT: emulator.url });
      const env = { ...process.env, CONFORMANCE_RUNS: "10", CONFORMANCE_SEED: String(seed), CONFORMANCE_PATH: "" };
      const startedAt = new Date();
      const ran = await runCells(
        ServiceHarness.create("ivs", target, env),
        (op, check) => ["GetChannel", "ListChannels"].includes(op.name) && check === "rejects_invalid_input",
      );
      const results = new Map<string, CellResult>();
      for (const r of ran) {
        const state = r.outcome.status === "fail" ? "failed" : r.outcome.status === "pass" ? "passed" : "skipped";
        results.set(cellKey(r.service, r.operation, r.check), {
          state,
          record: cellRecord(r.service, r.operation, r.check, r.outcome, { runSeed: seed }),
        });
      }
      const views = SERVICES.map((s) => specView(s, env));
      const report = buildReport({
        specs: views.map((v) => v.spec),
        matrix: views.flatMap(serviceMatrix),
        results,
        sources: readSources(),
        target,
        seed,
        runs: 10,
        startedAt,
        finishedAt: new Date(),
      });
      file = written(report, "emulator.json");
    } finally {
      await closeTransport();
      await emulator.close();
    }
  }, 120_000);

  it("lists the emulator's substring readings of the documented patterns", () => {
    const section = buildTargetSection(file);
    const readings = section.items.filter((i) => i.kind === "pattern-reading");
    expect(readings.map((i) => [i.member, i.right.value, i.replay])).toEqual(
      expect.arrayContaining([
        ["GetChannel.input.arn", "substring", "pattern_reading:ivs:GetChannel:arn"],
        ["ListChannels.input.filterByName", "substring", "pattern_reading:ivs:ListChannels:filterByName"],
      ]),
    );
    expect(readings.every((i) => i.right.value === "substring")).toBe(true);
    expect(section.headline).toMatch(
      /^http:\/\/127\.0\.0\.1:\d+ \(ivs\).*, run .*: 2 pattern-reading \(2 substring\)$/,
    );
    expect(section.items.filter((i) => i.kind !== "pattern-reading")).toEqual([]);
  });
});
