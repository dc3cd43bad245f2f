// `npm run drift` as a child process: the reports it writes (the JSON valid against its schema, the
// Markdown a section per comparison), --fail-on and its exit codes, bad arguments as one line.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import type { DriftReport } from "./drift-item.ts";
import { driftReportErrors } from "./validate-drift.ts";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const out = mkdtempSync(path.join(tmpdir(), "drift-"));
afterAll(() => rmSync(out, { recursive: true, force: true }));

function drift(...args: string[]) {
  const r = spawnSync(process.execPath, ["--import", "tsx", "scripts/drift.ts", ...args], {
    cwd: root,
    encoding: "utf8",
    timeout: 60_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

// Section 3 reads a conformance report: a missing one keeps the run independent of earlier runs.
const NO_RUN = ["--report", path.join(out, "no-conformance.json"), "--out-dir", out];

describe("npm run drift", () => {
  it("writes drift.json valid against drift.schema.json, drift.md, and a summary; exit 0", () => {
    const r = drift(...NO_RUN);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    const report = JSON.parse(readFileSync(path.join(out, "drift.json"), "utf8")) as DriftReport;
    expect(driftReportErrors(report)).toEqual([]);
    expect(report.format).toBe("ivs-drift/1");
    expect(report.sections.versions.items.length).toBeGreaterThan(0);
    expect(report.sections.sdk.items.length).toBeGreaterThan(0);
    const md = readFileSync(path.join(out, "drift.md"), "utf8");
    expect(md.match(/^## /gm)).toHaveLength(4);
    expect(md).toContain("| kind | service | operation / member | summary | left | right |");
    expect(r.stdout).toContain(report.sections.versions.headline);
    expect(r.stdout).toContain(report.sections.sdk.headline);
  }, 60_000);

  it("the schema rejects a report without provenance", () => {
    const item = {
      section: "sdk",
      kind: "sdk-only-member",
      service: "ivs",
      summary: "s",
      left: {},
      right: { source: "x" },
    };
    const bad = { format: "ivs-drift/1", generatedAt: new Date().toISOString(), sections: {} };
    const section = { headline: "h", items: [item] };
    Object.assign(bad.sections, { versions: section, sdk: section, target: section, self: section });
    expect(driftReportErrors(bad)).toContain("/sections/versions/items/0/left: must have required property 'source'");
  });

  it("--fail-on a kind the report has: exit 1, saying how many", () => {
    const r = drift(...NO_RUN, "--fail-on", "doc-only-operation,operation-added");
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/^7 items of --fail-on kinds \(doc-only-operation, operation-added\): exit 1$/m);
  }, 60_000);

  it("--fail-on a kind the report does not have: exit 0", () => {
    expect(drift(...NO_RUN, "--fail-on", "doc-only-operation").status).toBe(0);
  }, 60_000);

  it.each([
    [["--fail-on", "NotAKind"], /^drift: --fail-on takes kebab-case item kinds .* "NotAKind"$/],
    [["--fail-on", "no-such-kind"], /^drift: --fail-on: unknown kind no-such-kind; known: operation-added, /],
    [["--bogus"], /^drift: Unknown option '--bogus'/],
    [["extra"], /^drift: unexpected argument "extra"; see --help$/],
  ])(
    "a bad argument (%j): exit 2, one line on stderr",
    (args, message) => {
      const r = drift(...args);
      expect(r.status).toBe(2);
      expect(r.stderr.trim().split("\n")).toHaveLength(1);
      expect(r.stderr.trim()).toMatch(message);
    },
    60_000,
  );
});
