import { describe, expect, it } from "vitest";
import { recordLine } from "../../suites/harness/clients/transport.ts";
import { countReport } from "./conformance-runs.ts";
import { GOALS, judgeGoal } from "./goals.ts";
import { descendants, parseStat } from "./proc.ts";
import { parseRecorded } from "./recorded.ts";
import { grouped, median, ratio, scalingFactor, times } from "./stats.ts";
import { formatTable } from "./table.ts";

describe("median and ratios", () => {
  it("takes the middle value, or the mean of the middle two", () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([7])).toBe(7);
    expect(median([])).toBeNaN();
  });
  it("does not reorder its input", () => {
    const values = [3, 1, 2];
    median(values);
    expect(values).toEqual([3, 1, 2]);
  });
  it("divides only by a positive finite number", () => {
    expect(ratio(30, 10)).toBe(3);
    expect(ratio(1, 0)).toBeUndefined();
    expect(ratio(1, Number.NaN)).toBeUndefined();
  });
  it("compares a scaled run to linear", () => {
    expect(scalingFactor(10_000, 20_000, 2)).toBe(1);
    expect(scalingFactor(10_000, 30_000, 4)).toBe(0.75);
    expect(scalingFactor(0, 30_000, 4)).toBeUndefined();
  });
  it("prints figures", () => {
    expect(grouped(1234567.4)).toBe("1,234,567");
    expect(grouped(999)).toBe("999");
    expect(times(2.345)).toBe("2.35x");
    expect(times(undefined)).toBe("n/a");
  });
});

describe("goals", () => {
  it("judges each figure against its goal", () => {
    expect(judgeGoal(GOALS.fullRunWall, 8000).met).toBe(true);
    expect(judgeGoal(GOALS.fullRunWall, 8001).met).toBe(false);
    expect(judgeGoal(GOALS.cpuPerRequest, 0.41)).toEqual({
      id: "cpu-per-request",
      goal: "<= 0.4 ms",
      value: 0.41,
      met: false,
    });
    expect(judgeGoal(GOALS.harnessOverhead, 3).met).toBe(true);
    expect(judgeGoal(GOALS.peakMemory, 400 * 1024 * 1024).met).toBe(false);
    expect(judgeGoal(GOALS.scaling, 0.9).met).toBe(true);
  });
});

describe("formatTable", () => {
  it("pads columns, right-aligns values and says pass or MISS", () => {
    const table = formatTable([
      { part: "spec build", figure: "wall", value: "0.40 s" },
      { part: "conformance", figure: "wall, default run", value: "45.10 s", goal: "<= 8 s", met: false },
      { part: "conformance", figure: "CPU per request", value: "0.3 ms", goal: "<= 0.4 ms", met: true, note: "n" },
    ]);
    expect(table.split("\n")).toEqual([
      "part         figure               value  goal       met   note",
      "-----------  -----------------  -------  ---------  ----  ----",
      "spec build   wall                0.40 s",
      "conformance  wall, default run  45.10 s  <= 8 s     MISS",
      "conformance  CPU per request     0.3 ms  <= 0.4 ms  pass  n",
    ]);
  });
});

describe("recorded requests", () => {
  it("round-trips what the transport records, without the signature", () => {
    const line = recordLine({
      url: "http://127.0.0.1:4566/ListChannels?x=1",
      method: "POST",
      headers: {
        "content-type": "application/json",
        authorization: "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/...",
        "X-Amz-Date": "20261128T000000Z",
        "x-amz-security-token": "token",
        "x-amz-content-sha256": "abc",
        "x-amz-user-agent": "harness",
      },
      body: '{"maxResults":1}',
    });
    expect(line.endsWith("\n")).toBe(true);
    expect(line).not.toMatch(/AKIDEXAMPLE|token|20261128T/);
    expect(parseRecorded(line)).toEqual([
      {
        method: "POST",
        path: "/ListChannels?x=1",
        headers: { "content-type": "application/json", "x-amz-user-agent": "harness" },
        body: '{"maxResults":1}',
      },
    ]);
  });
  it("keeps binary bodies and requests without one", () => {
    const text =
      recordLine({ url: "http://h/a", method: "POST", headers: {}, body: new Uint8Array([0, 255, 1]) }) +
      "\n" +
      recordLine({ url: "http://h/tags/arn%3Aaws", method: "GET", headers: {} });
    const [binary, bodiless] = parseRecorded(text);
    expect(binary!.body).toEqual(new Uint8Array([0, 255, 1]));
    expect(bodiless).toEqual({ method: "GET", path: "/tags/arn%3Aaws", headers: {} });
  });
  it("drops signature headers a recording should not have carried", () => {
    const [r] = parseRecorded('{"method":"POST","path":"/x","headers":{"Authorization":"secret","a":"b"}}');
    expect(r!.headers).toEqual({ a: "b" });
  });
  it("names the line of a malformed request", () => {
    expect(() => parseRecorded('{"method":"POST","path":"/x"}\n{nope')).toThrow(/line 2: not JSON/);
    expect(() => parseRecorded('{"method":"POST","path":"x"}')).toThrow(/line 1: no path/);
    expect(() => parseRecorded('{"path":"/x"}')).toThrow(/line 1: no method/);
    expect(() => parseRecorded('{"method":"GET","path":"/x","headers":{"a":1}}')).toThrow(/header a/);
  });
});

describe("/proc", () => {
  const stat = (pid: number, ppid: number, name = "node") =>
    `${pid} (${name}) S ${ppid} 1 1 0 -1 4194560 100 0 0 0 250 50 7 3 20 0 11 0 123 1000000 2048 18446744073709551615`;
  it("reads CPU ticks, the parent and RSS, whatever the command name holds", () => {
    expect(parseStat(stat(42, 7, "vitest (fork) 1"))).toEqual({
      pid: 42,
      ppid: 7,
      utime: 250,
      stime: 50,
      cutime: 7,
      cstime: 3,
      rssPages: 2048,
    });
    expect(() => parseStat("garbage")).toThrow(/not a \/proc/);
  });
  it("finds a process tree by parent links", () => {
    const stats = [stat(1, 0), stat(10, 1), stat(11, 10), stat(12, 10), stat(13, 11), stat(20, 1)].map((s) =>
      parseStat(s),
    );
    expect(descendants(10, stats).map((s) => s.pid)).toEqual([10, 11, 12, 13]);
    expect(descendants(99, stats)).toEqual([]);
  });
});

describe("countReport", () => {
  it("sums requests and counts the cells that ran", () => {
    const report = {
      services: {
        ivs: {
          operations: {
            GetChannel: {
              checks: {
                a: { status: "pass", requests: 10 },
                b: { status: "fail", requests: 5 },
                c: { status: "not_applicable" },
              },
            },
          },
        },
        "ivs-realtime": { operations: { GetStage: { checks: { a: { status: "not_run", requests: 1 } } } } },
      },
    };
    expect(countReport(JSON.stringify(report))).toEqual({ requests: 16, cells: 2, failed: 1 });
  });
});
