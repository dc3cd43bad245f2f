import { describe, expect, it } from "vitest";
import { reportErrors } from "../../suites/harness/report/validate-report.ts";
import {
  BASELINE_FORMAT,
  type Baseline,
  type BaselineEntry,
  describeVerdict,
  formatBaseline,
  judge,
  parseBaseline,
  updatedBaseline,
} from "./baseline.ts";
import { EXIT } from "./exit-codes.ts";
import { type HandMadeCell, handMadeReport } from "./test-support/hand-made-report.ts";

const SIG = "content_type: A <n> body came as text/plain.";
const OTHER = "content_type: A <n> body came as text/html.";

const cell = (status: HandMadeCell["status"], more: Partial<HandMadeCell> = {}): HandMadeCell => ({
  service: "ivs",
  operation: "GetChannel",
  check: "content_type",
  status,
  ...more,
});
const entry = (more: Partial<BaselineEntry> = {}): BaselineEntry => ({
  service: "ivs",
  operation: "GetChannel",
  check: "content_type",
  signature: SIG,
  ...more,
});
const baselineOf = (nonconformances: BaselineEntry[]): Baseline => ({
  format: BASELINE_FORMAT,
  target: "http://127.0.0.1:4566 (ivs), http://127.0.0.1:4566 (ivs-realtime)",
  apiVersions: { ivs: "2020-07-14", "ivs-realtime": "2020-07-14" },
  nonconformances,
});

type Want = { new: number; gone: number; known: number; notJudged: string[]; exit: number };
const table: [string, { cells: HandMadeCell[]; baseline: BaselineEntry[]; want: Want }][] = [
  [
    "nothing listed, nothing failing",
    { cells: [cell("pass")], baseline: [], want: { new: 0, gone: 0, known: 0, notJudged: [], exit: EXIT.pass } },
  ],
  [
    "a failure the baseline does not list is new",
    {
      cells: [cell("fail", { signature: SIG })],
      baseline: [],
      want: { new: 1, gone: 0, known: 0, notJudged: [], exit: EXIT.fail },
    },
  ],
  [
    "a listed failure still present is known and passes the gate",
    {
      cells: [cell("fail", { signature: SIG })],
      baseline: [entry()],
      want: { new: 0, gone: 0, known: 1, notJudged: [], exit: EXIT.pass },
    },
  ],
  [
    "a listed failure whose cell now passes is gone",
    { cells: [cell("pass")], baseline: [entry()], want: { new: 0, gone: 1, known: 0, notJudged: [], exit: EXIT.fail } },
  ],
  [
    "a cell failing another way: the new signature is new, the listed one gone",
    {
      cells: [cell("fail", { signature: OTHER })],
      baseline: [entry()],
      want: { new: 1, gone: 1, known: 0, notJudged: [], exit: EXIT.fail },
    },
  ],
  [
    "a listed cell filtered out is not judged",
    {
      cells: [cell("not_run")],
      baseline: [entry()],
      want: { new: 0, gone: 0, known: 0, notJudged: ["not selected in this run"], exit: EXIT.pass },
    },
  ],
  [
    "a listed cell the target no longer implements is not judged",
    {
      cells: [cell("not_run", { reason: "not implemented by the target: 404" })],
      baseline: [entry()],
      want: { new: 0, gone: 0, known: 0, notJudged: ["not implemented by the target: 404"], exit: EXIT.pass },
    },
  ],
  [
    "a listed cell now not applicable is not judged",
    {
      cells: [cell("not_applicable", { reason: "no body" })],
      baseline: [entry()],
      want: { new: 0, gone: 0, known: 0, notJudged: ["not applicable: no body"], exit: EXIT.pass },
    },
  ],
  [
    "a listed cell the report does not have is not judged",
    {
      cells: [cell("pass")],
      baseline: [entry({ operation: "GetGone" })],
      want: { new: 0, gone: 0, known: 0, notJudged: ["no such cell in this report"], exit: EXIT.pass },
    },
  ],
  [
    "a failure outside the harness has its title for a signature, and is new",
    { cells: [cell("fail")], baseline: [entry()], want: { new: 1, gone: 1, known: 0, notJudged: [], exit: EXIT.fail } },
  ],
  [
    "known, new and not judged at once: the new one fails the gate",
    {
      cells: [
        cell("fail", { signature: SIG }),
        cell("fail", { operation: "ListChannels", signature: OTHER }),
        cell("not_run", { operation: "GetStream" }),
      ],
      baseline: [entry(), entry({ operation: "GetStream" })],
      want: { new: 1, gone: 0, known: 1, notJudged: ["not selected in this run"], exit: EXIT.fail },
    },
  ],
];

describe("judge (a report against a baseline)", () => {
  it.each(table)("%s", (_, { cells, baseline, want }) => {
    const report = handMadeReport(cells);
    expect(reportErrors(report)).toEqual([]);
    const v = judge(report, baselineOf(baseline));
    expect({
      new: v.new.length,
      gone: v.gone.length,
      known: v.known.length,
      notJudged: v.notJudged.map((e) => e.why),
      exit: v.exitCode,
    }).toEqual(want);
  });

  it("names a known nonconformance no longer present, and what it did not judge", () => {
    const report = handMadeReport([cell("pass"), cell("not_run", { operation: "GetStream" })]);
    const baseline = baselineOf([entry(), entry({ operation: "GetStream" })]);
    const lines = describeVerdict(judge(report, baseline), "ci/baseline.json", report, baseline);
    expect(lines).toContain(
      "known nonconformance no longer present: ivs GetChannel: content_type: A <n> body came as text/plain. " +
        "(remove it from ci/baseline.json, or rewrite it with --update-baseline)",
    );
    expect(lines).toContain("  not judged: ivs GetStream: content_type: not selected in this run");
    expect(lines.some((l) => l.startsWith("note:"))).toBe(false);
  });

  it("notes a baseline recorded against another target", () => {
    const report = handMadeReport([cell("pass")]);
    const baseline = { ...baselineOf([]), target: "AWS us-east-1" };
    expect(describeVerdict(judge(report, baseline), "b.json", report, baseline)[0]).toBe(
      "note: b.json was recorded against AWS us-east-1 (ivs 2020-07-14, ivs-realtime 2020-07-14); this run is " +
        `against ${report.target.description} (ivs 2020-07-14, ivs-realtime 2020-07-14)`,
    );
  });
});

describe("updatedBaseline", () => {
  it("lists each failing cell's signature, sorted, under a header naming the target and API versions", () => {
    const report = handMadeReport([
      cell("fail", { operation: "ListChannels", signature: OTHER }),
      cell("fail", { signature: SIG }),
      cell("pass", { operation: "GetStream" }),
    ]);
    const { baseline, kept } = updatedBaseline(report);
    expect(kept).toBe(0);
    expect(formatBaseline(baseline)).toBe(
      [
        "{",
        `  "format": "${BASELINE_FORMAT}",`,
        '  "target": "http://127.0.0.1:4566 (ivs), http://127.0.0.1:4566 (ivs-realtime)",',
        '  "apiVersions": {"ivs":"2020-07-14","ivs-realtime":"2020-07-14"},',
        '  "nonconformances": [',
        `    {"check":"content_type","operation":"GetChannel","service":"ivs","signature":"${SIG}"},`,
        `    {"check":"content_type","operation":"ListChannels","service":"ivs","signature":"${OTHER}"}`,
        "  ]",
        "}",
        "",
      ].join("\n"),
    );
    expect(parseBaseline(formatBaseline(baseline), "b.json")).toEqual(baseline);
  });

  it("keeps what it knew of cells that did not run, and replaces what it knew of cells that ran", () => {
    const previous = baselineOf([
      entry({ operation: "GetStream" }),
      entry({ operation: "GetChannel", signature: OTHER }),
      entry({ operation: "ListChannels" }),
    ]);
    const report = handMadeReport([
      cell("not_run", { operation: "GetStream" }),
      cell("fail", { signature: SIG }),
      cell("pass", { operation: "ListChannels" }),
    ]);
    const { baseline, kept } = updatedBaseline(report, previous);
    expect(kept).toBe(1);
    expect(baseline.nonconformances).toEqual([entry(), entry({ operation: "GetStream" })]);
  });

  it("names the embedded emulator without its port", () => {
    const report = handMadeReport([], {
      target: { kind: "emulator", region: "us-west-2", description: "the reference emulator, embedded at http://x:1" },
    });
    expect(updatedBaseline(report).baseline.target).toBe("the reference emulator, embedded");
  });
});

describe("parseBaseline", () => {
  it.each([
    ["text that is not JSON", "{", /the baseline b\.json is not JSON .*; rewrite it with --update-baseline/],
    ["another format", '{"format":"x"}', /is not an ivs-conformance-baseline\/1 baseline \(its format is "x"\)/],
    [
      "an entry without a signature",
      `{"format":"${BASELINE_FORMAT}","nonconformances":[{"service":"ivs","operation":"A","check":"c"}]}`,
      /nonconformances\[0\] is not \{ service, operation, check, signature \}/,
    ],
  ])("refuses %s, as a configuration error", (_, text, message) => {
    expect(() => parseBaseline(text, "b.json")).toThrow(message);
    expect(() => parseBaseline(text, "b.json")).toThrow(expect.objectContaining({ name: "ConfigurationError" }));
  });
});
