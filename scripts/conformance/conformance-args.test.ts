import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parseConformanceArgs } from "./conformance-args.ts";

const table: [string, { given: string[]; want: ReturnType<typeof parseConformanceArgs> }][] = [
  ["nothing: every service", { given: [], want: { help: false, filters: [] } }],
  [
    "a service, alone (the first argument is kept)",
    { given: ["ivs-realtime"], want: { help: false, filters: ["suites/ivs-realtime.test.ts"] } },
  ],
  ["ivs selects its own suite only", { given: ["ivs"], want: { help: false, filters: ["suites/ivs.test.ts"] } }],
  [
    "a filter and a title pattern, in any order",
    {
      given: ["-t", "^CreateChannel: ", "ivs"],
      want: { help: false, filters: ["suites/ivs.test.ts"], testNamePattern: "^CreateChannel: " },
    },
  ],
  [
    "a long option",
    {
      given: ["--test-name=Channel", "suites/x"],
      want: { help: false, filters: ["suites/x"], testNamePattern: "Channel" },
    },
  ],
  ["help", { given: ["-h"], want: { help: true, filters: [] } }],
];

describe("parseConformanceArgs", () => {
  it.each(table)("%s", (_, { given, want }) => expect(parseConformanceArgs(given)).toEqual(want));
  it.each([
    ["an unknown option", ["--seed", "1"], /Unknown option '--seed'/],
    ["-t without a pattern", ["-t"], /argument missing/],
    ["a pattern that is no regular expression", ["-t", "("], /-t must be a regular expression, but received "\("/],
  ])("refuses %s", (_, given, message) => expect(() => parseConformanceArgs(given)).toThrow(message));
});

describe("npm run conformance (the entry point)", () => {
  const entry = fileURLToPath(new URL("../conformance.ts", import.meta.url));
  const tsx = fileURLToPath(new URL("../../node_modules/.bin/tsx", import.meta.url));
  it("prints its usage with --help and exits 0", () => {
    const run = spawnSync(tsx, [entry, "--help"], { encoding: "utf8" });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("Usage: npm run conformance -- [filters] [options]");
  });
  it("exits 2 with one line naming a bad argument, and starts no run", () => {
    const run = spawnSync(tsx, [entry, "--runs", "5"], { encoding: "utf8" });
    expect(run.status).toBe(2);
    expect(run.stderr.split("\n")[0]).toMatch(/^conformance: Unknown option '--runs'/);
  });
});
