import { describe, expect, it } from "vitest";
import { basisSummaries } from "../../suites/harness/report/basis-summary.ts";
import type { ConformanceReport } from "../../suites/harness/report/build-report.ts";
import { sampleReport } from "../../suites/harness/report/sample-report.ts";
import { reportErrors } from "../../suites/harness/report/validate-report.ts";
import { mergeReports, NOT_SELECTED } from "./merge-reports.ts";
import { type HandMadeCell, handMadeReport } from "./test-support/hand-made-report.ts";

const SIG = "content_type: A <n> body came as text/plain.";

/** The matrix of the run: four cells, two per service, one of them not applicable. */
const ran: HandMadeCell[] = [
  { service: "ivs", operation: "GetChannel", check: "content_type", status: "fail", signature: SIG, id: "aaaaaaaaaa" },
  { service: "ivs", operation: "GetChannel", check: "pagination_complete", status: "not_applicable", reason: "n/a" },
  {
    service: "ivs-realtime",
    operation: "GetStage",
    check: "content_type",
    status: "not_run",
    reason: "not implemented by the target: 404",
  },
  { service: "ivs-realtime", operation: "GetStage", check: "response_schema", status: "pass" },
];
const notSelected = (c: HandMadeCell): HandMadeCell =>
  c.status === "not_applicable" ? c : { ...c, status: "not_run", reason: NOT_SELECTED };
const shard = (service: string, startedAt: string, finishedAt: string) =>
  handMadeReport(
    ran.map((c) => (c.service === service ? c : notSelected(c))),
    { startedAt, finishedAt, durationMs: Date.parse(finishedAt) - Date.parse(startedAt) },
  );

describe("mergeReports", () => {
  const a = shard("ivs", "2026-01-01T00:00:00.000Z", "2026-01-01T00:00:30.000Z");
  const b = shard("ivs-realtime", "2026-01-01T00:00:02.000Z", "2026-01-01T00:00:40.000Z");

  it("takes each cell from the shard that ran it and recomputes summaries, failures and notImplemented", () => {
    const merged = mergeReports([
      { source: "shard-1", report: a },
      { source: "shard-2", report: b },
    ]);
    const want = handMadeReport(ran, {
      startedAt: "2026-01-01T00:00:00.000Z",
      finishedAt: "2026-01-01T00:00:40.000Z",
      durationMs: 40_000,
    });
    expect(merged).toEqual(want);
    expect(merged.summary).toEqual({ pass: 1, fail: 1, not_applicable: 1, not_run: 1, observations: 0 });
    expect(merged.services["ivs-realtime"]!.operations.GetStage!.notImplemented).toBe(
      "not implemented by the target: 404",
    );
    expect(reportErrors(merged)).toEqual([]);
    // In either order.
    expect(
      mergeReports([
        { source: "2", report: b },
        { source: "1", report: a },
      ]).services,
    ).toEqual(want.services);
  });

  it("gives back the report writer's own sample when the other shard selected nothing", () => {
    const sample = sampleReport();
    const empty = structuredClone(sample) as ConformanceReport;
    for (const s of Object.values(empty.services)) {
      for (const o of Object.values(s.operations)) {
        for (const [check, c] of Object.entries(o.checks)) {
          if (c.status !== "not_applicable") o.checks[check] = { status: "not_run", reason: NOT_SELECTED };
        }
      }
    }
    expect(
      mergeReports([
        { source: "empty", report: empty },
        { source: "sample", report: sample },
      ]),
    ).toEqual(sample);
  });

  it("counts documented and SDK-only operations again from the merged cells", () => {
    const withBasis = (report: ConformanceReport) => {
      const r = structuredClone(report);
      r.spec.sdkOnly["ivs-realtime"] = ["GetStage"];
      r.services["ivs-realtime"]!.operations.GetStage!.basis = "sdk";
      r.services.ivs!.operations.GetChannel!.basis = "documents";
      for (const [name, s] of Object.entries(r.services))
        s.byBasis = basisSummaries(r.spec.sdkOnly[name] ?? [], s.operations);
      return r;
    };
    const merged = mergeReports([
      { source: "shard-1", report: withBasis(a) },
      { source: "shard-2", report: withBasis(b) },
    ]);
    expect(merged.services["ivs-realtime"]!.operations.GetStage!.basis).toBe("sdk");
    expect(merged.services["ivs-realtime"]!.byBasis).toEqual({
      documents: { operations: 0, pass: 0, fail: 0, not_applicable: 0, not_run: 0, observations: 0 },
      sdk: { operations: 1, pass: 1, fail: 0, not_applicable: 0, not_run: 1, observations: 0 },
    });
    expect(merged.services.ivs!.byBasis?.documents).toMatchObject({ operations: 1, fail: 1, not_applicable: 1 });
    expect(reportErrors(merged)).toEqual([]);
  });

  it("keeps not selected a cell no shard ran", () => {
    const merged = mergeReports([
      { source: "1", report: a },
      { source: "1 again, filtered", report: shard("none", a.startedAt, a.finishedAt) },
    ]);
    expect(merged.services["ivs-realtime"]!.operations.GetStage!.checks.response_schema).toEqual({
      status: "not_run",
      reason: NOT_SELECTED,
    });
  });

  it.each([
    [
      "a cell that ran in two shards",
      () => [a, a],
      /ivs GetChannel: content_type ran in both x0 and x1: merge the shards of one run/,
    ],
    [
      "shards of runs with other seeds",
      () => [a, { ...b, seed: 8 }],
      /x0 and x1 are not shards of one run: their seed differ/,
    ],
    [
      "shards against other targets",
      () => [
        a,
        { ...b, target: { ...b.target, description: "http://elsewhere (ivs), http://elsewhere (ivs-realtime)" } },
      ],
      /their target differ/,
    ],
    [
      "shards listing other cells",
      () => [a, handMadeReport(ran.slice(1).map(notSelected))],
      /x0 and x1 list different cells/,
    ],
  ])("refuses %s, as a configuration error", (_, reports, message) => {
    const shards = reports().map((report, i) => ({ source: `x${i}`, report }));
    expect(() => mergeReports(shards)).toThrow(message);
    expect(() => mergeReports(shards)).toThrow(expect.objectContaining({ name: "ConfigurationError" }));
  });
});
