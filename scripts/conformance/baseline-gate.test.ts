// End to end, through the real entry point (`npm run conformance`, in a child process) against the
// emulator behind the fault proxy: a baseline recorded with a fault passes the gate while the fault
// is there, and fails it, naming the nonconformance, once the fault is gone; a failure of the report
// replays as still failing with the fault and as passing without it. Runs are small: GetChannel's
// cells only, 5 runs per property.
import { execFile } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FAULTS } from "../../fixtures/faults/catalogue.ts";
import { type FaultyTarget, startFaultyTarget } from "../../fixtures/faults/fault-proxy.ts";
import type { ConformanceReport } from "../../suites/harness/report/build-report.ts";
import { EXIT } from "./exit-codes.ts";

const root = fileURLToPath(new URL("../..", import.meta.url));
const entry = path.join(root, "scripts/conformance.ts");
const tsx = path.join(root, "node_modules/.bin/tsx");

let target: FaultyTarget;
let dir: string;
beforeAll(async () => {
  target = await startFaultyTarget();
  dir = mkdtempSync(path.join(tmpdir(), "conformance-gate-"));
});
afterAll(async () => {
  await target?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

function conformance(args: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  const env = { ...process.env, CI: "1", IVS_ENDPOINT: target.url, CONFORMANCE_RUNS: "5" };
  return new Promise((resolve) => {
    execFile(tsx, [entry, ...args], { cwd: root, env }, (error, stdout, stderr) =>
      resolve({ status: error ? Number(error.code) : 0, stdout, stderr }),
    );
  });
}

describe("npm run conformance -- --baseline (the gate, end to end)", () => {
  it("passes on known nonconformances, fails once one is gone, and replays a failure", async () => {
    const fault = FAULTS.find((f) => f.name === "wrong_content_type")!;
    const baseline = path.join(dir, "baseline.json");
    const reports = path.join(dir, "reports");
    const cells = ["ivs", "-t", "^GetChannel: ", "--report-dir", reports];

    target.setFault(fault);
    const recorded = await conformance([...cells, "--update-baseline", baseline]);
    expect(recorded.status, recorded.stderr).toBe(EXIT.pass);
    const text = readFileSync(baseline, "utf8");
    expect(text).toContain(
      '{"check":"content_type","operation":"GetChannel","service":"ivs",' +
        '"signature":"content_type: A <n> body came as text/plain."}',
    );

    const gated = await conformance([...cells, "--baseline", baseline]);
    expect(gated.status, `${gated.stdout}\n${gated.stderr}`).toBe(EXIT.pass);
    expect(gated.stdout).toMatch(/: 0 new, 0 no longer present, [1-9]\d* known and still present/);
    const withFault = path.join(dir, "with-fault.json");
    copyFileSync(path.join(reports, "conformance.json"), withFault);
    const report = JSON.parse(readFileSync(withFault, "utf8")) as ConformanceReport;
    const id = report.failures.find((f) => f.check === "content_type")!.id!;

    const stillFailing = await conformance(["--replay", id, "--report", withFault]);
    expect(stillFailing.status, stillFailing.stderr).toBe(EXIT.fail);
    expect(stillFailing.stdout).toContain("still failing with the same signature: ivs GetChannel: content_type");

    target.setFault(undefined);
    const fixed = await conformance([...cells, "--baseline", baseline]);
    expect(fixed.status, `${fixed.stdout}\n${fixed.stderr}`).toBe(EXIT.fail);
    expect(fixed.stdout).toContain("known nonconformance no longer present: ivs GetChannel: content_type: ");

    const passes = await conformance(["--replay", id, "--report", withFault]);
    expect(passes.status, passes.stderr).toBe(EXIT.pass);
    expect(passes.stdout).toContain(`passes now: ivs GetChannel: content_type (failure ${id})`);
  }, 120_000);
});
