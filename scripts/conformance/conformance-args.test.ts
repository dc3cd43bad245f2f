import { execFile } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { REPORT_DIR, REPORT_FILES } from "../../suites/harness/report/report-files.ts";
import { type ConformanceArgs, DEFAULT_REPORT, DEFAULT_REPORT_DIR, parseConformanceArgs } from "./conformance-args.ts";

type RunArgs = Extract<ConformanceArgs, { mode: "run" }>;
const run = (more: Partial<RunArgs> = {}): RunArgs => ({ mode: "run", filters: [], reportDir: "reports", ...more });

const table: [string, { given: string[]; want: ReturnType<typeof parseConformanceArgs> }][] = [
  ["nothing: every service", { given: [], want: run() }],
  [
    "a service, alone (the first argument is kept)",
    { given: ["ivs-realtime"], want: run({ filters: ["suites/ivs-realtime.test.ts"] }) },
  ],
  ["ivs selects its own suite only", { given: ["ivs"], want: run({ filters: ["suites/ivs.test.ts"] }) }],
  [
    "a filter and a title pattern, in any order",
    {
      given: ["-t", "^CreateChannel: ", "ivs"],
      want: run({ filters: ["suites/ivs.test.ts"], testNamePattern: "^CreateChannel: " }),
    },
  ],
  [
    "a long option",
    { given: ["--test-name=Channel", "suites/x"], want: run({ filters: ["suites/x"], testNamePattern: "Channel" }) },
  ],
  ["help", { given: ["-h"], want: { mode: "help" } }],
  [
    "a shard, whose reports go to their own directory",
    { given: ["--shard", "2/3"], want: run({ shard: { index: 2, count: 3 }, reportDir: "reports/shard-2-of-3" }) },
  ],
  [
    "a shard with its reports where asked",
    {
      given: ["--shard=1/2", "--report-dir", "out/a"],
      want: run({ shard: { index: 1, count: 2 }, reportDir: "out/a" }),
    },
  ],
  [
    "a run judged against a baseline",
    {
      given: ["ivs", "--baseline", "ci/baseline.json"],
      want: run({ filters: ["suites/ivs.test.ts"], baseline: { kind: "check", file: "ci/baseline.json" } }),
    },
  ],
  [
    "a run that rewrites a baseline",
    { given: ["--update-baseline", "b.json"], want: run({ baseline: { kind: "update", file: "b.json" } }) },
  ],
  [
    "a read-only run",
    { given: ["ivs", "--read-only"], want: run({ filters: ["suites/ivs.test.ts"], readOnly: true }) },
  ],
  [
    "a replay, from the last report",
    {
      given: ["--replay", "0a1b2c3d4e"],
      want: { mode: "replay", id: "0a1b2c3d4e", report: "reports/conformance.json" },
    },
  ],
  [
    "a replay from another report",
    {
      given: ["--replay", "0a1b2c3d4e", "--report", "ci/conformance.json"],
      want: { mode: "replay", id: "0a1b2c3d4e", report: "ci/conformance.json" },
    },
  ],
  [
    "a merge of shard reports, judged against a baseline",
    {
      given: ["--merge", "reports/shard-1-of-2", "reports/shard-2-of-2", "--baseline", "b.json"],
      want: {
        mode: "merge",
        inputs: ["reports/shard-1-of-2", "reports/shard-2-of-2"],
        reportDir: "reports",
        baseline: { kind: "check", file: "b.json" },
      },
    },
  ],
];

describe("parseConformanceArgs", () => {
  it("reads replays from where the report writer writes", () => {
    expect(DEFAULT_REPORT_DIR).toBe(REPORT_DIR);
    expect(DEFAULT_REPORT).toBe(path.posix.join(REPORT_DIR, REPORT_FILES.json));
  });
  it.each(table)("%s", (_, { given, want }) => expect(parseConformanceArgs(given)).toEqual(want));
  it.each([
    ["an unknown option", ["--seed", "1"], /Unknown option '--seed'/],
    ["-t without a pattern", ["-t"], /argument missing/],
    ["a pattern that is no regular expression", ["-t", "("], /-t must be a regular expression, but received "\("/],
    ["a shard that is not i/n", ["--shard", "2"], /--shard must be <i>\/<n> with 1 <= i <= n .* received "2"/],
    ["a shard past the count", ["--shard", "3/2"], /--shard must be <i>\/<n>/],
    ["shard zero", ["--shard", "0/2"], /--shard must be <i>\/<n>/],
    ["both baseline options", ["--baseline", "a", "--update-baseline", "b"], /exclude each other/],
    ["an id that is not 10 hex digits", ["--replay", "xyz"], /--replay takes a failure id .* received "xyz"/],
    ["a replay with filters", ["--replay", "0a1b2c3d4e", "ivs", "-t", "x"], /--replay .* takes no -t, filters/],
    ["a report without a replay", ["--report", "r.json"], /--report names the report --replay reads/],
    ["a merge of nothing", ["--merge"], /--merge needs the shard reports/],
    ["a merge with a shard", ["--merge", "a", "--shard", "1/2"], /--merge .* takes no --shard/],
    ["a read-only replay", ["--replay", "0a1b2c3d4e", "--read-only"], /--replay .* takes no --read-only/],
  ])("refuses %s", (_, given, message) => expect(() => parseConformanceArgs(given)).toThrow(message));
});

// Each starts the entry point in a child process; none gets as far as a test.
describe.concurrent("npm run conformance (the entry point)", { timeout: 60_000 }, () => {
  const entry = fileURLToPath(new URL("../conformance.ts", import.meta.url));
  const tsx = fileURLToPath(new URL("../../node_modules/.bin/tsx", import.meta.url));
  const root = fileURLToPath(new URL("../..", import.meta.url));
  const start = (args: string[], env: NodeJS.ProcessEnv = {}) =>
    new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
      execFile(
        tsx,
        [entry, ...args],
        { cwd: root, env: { ...process.env, CI: "1", ...env } },
        (error, stdout, stderr) => resolve({ status: error ? (error.code as number) : 0, stdout, stderr }),
      );
    });

  it("prints its usage with --help and exits 0", async () => {
    const run = await start(["--help"]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("Usage: npm run conformance -- [filters] [options]");
    expect(run.stdout).toContain("Exit status:");
  });
  it("exits 2 with one line naming a bad argument, and starts no run", async () => {
    const run = await start(["--runs", "5"]);
    expect(run.status).toBe(2);
    expect(run.stderr.split("\n")[0]).toMatch(/^conformance: Unknown option '--runs'/);
  });
  it.each([
    [
      "a seed that is not an integer",
      { CONFORMANCE_SEED: "abc" },
      'conformance: CONFORMANCE_SEED must be an integer, but received "abc"',
    ],
    [
      "a target nothing listens at",
      { IVS_ENDPOINT: "http://127.0.0.1:9" },
      "conformance: cannot reach the target at http://127.0.0.1:9 (ivs): connection refused; is it running?",
    ],
  ])("exits 2 with one line, no stack, on %s, before any test", async (_, env, line) => {
    const run = await start(["ivs", "--report-dir", "reports/never-written"], env);
    expect(run.status).toBe(2);
    expect(run.stderr.split("\n").filter((l) => l.startsWith("conformance:"))).toEqual([line]);
    expect(`${run.stdout}${run.stderr}`).not.toMatch(/\n\s+at |❯|Error|cells|Conformance reports/);
  });
  it("exits 2 naming the report it searched for an unknown failure id", async () => {
    const run = await start(["--replay", "ffffffffff", "--report", "reports/no-such-report.json"]);
    expect(run.status).toBe(2);
    expect(run.stderr.split("\n").filter((l) => l.startsWith("conformance:"))).toEqual([
      "conformance: no report at reports/no-such-report.json; " +
        "run `npm run conformance` first, or name one with --report",
    ]);
  });
});
