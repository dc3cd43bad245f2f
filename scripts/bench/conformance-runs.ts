// Conformance runs as the benchmark makes them: `scripts/conformance.ts` in a child process (node with
// tsx's loader, as `npm run conformance` without npm's own process), against the embedded emulator,
// reports to a directory of the benchmark's, measured by run-measured.ts. Requests are the harness's
// count per cell, summed from the run's conformance.json.
import { readFileSync } from "node:fs";
import path from "node:path";
import { type Command, type Measured, runMeasured } from "./run-measured.ts";

export interface ConformanceRun extends Measured {
  requests: number;
  cells: number;
  failed: number;
}

export interface RunSpec {
  runsPerProperty: number;
  reportDir: string;
  shard?: string;
  /** CONFORMANCE_RECORD: the file every request is appended to. */
  recordTo?: string;
}

/** Settings that would point a run elsewhere or narrow it; the benchmark measures the default run. */
const CLEARED = [
  "IVS_ENDPOINT",
  "IVS_REALTIME_ENDPOINT",
  "IVS_TARGET",
  "CONFORMANCE_PATH",
  "CONFORMANCE_SITE",
  "CONFORMANCE_RECORD",
  "CONFORMANCE_RUNS",
];

export function conformanceCommand(root: string, spec: RunSpec): Command {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of CLEARED) delete env[name];
  env.CONFORMANCE_RUNS = String(spec.runsPerProperty);
  if (spec.recordTo) env.CONFORMANCE_RECORD = spec.recordTo;
  return {
    command: process.execPath,
    args: [
      "--import",
      "tsx",
      path.join(root, "scripts", "conformance.ts"),
      "--report-dir",
      spec.reportDir,
      ...(spec.shard ? ["--shard", spec.shard] : []),
    ],
    env,
    cwd: root,
  };
}

interface ReportShape {
  services: Record<
    string,
    { operations: Record<string, { checks: Record<string, { status: string; requests?: number }> }> }
  >;
}

/** Requests, cells that ran and failures, from a conformance.json. */
export function countReport(json: string): { requests: number; cells: number; failed: number } {
  const report = JSON.parse(json) as ReportShape;
  let requests = 0;
  let cells = 0;
  let failed = 0;
  for (const service of Object.values(report.services)) {
    for (const operation of Object.values(service.operations)) {
      for (const cell of Object.values(operation.checks)) {
        requests += cell.requests ?? 0;
        if (cell.status === "pass" || cell.status === "fail") cells++;
        if (cell.status === "fail") failed++;
      }
    }
  }
  return { requests, cells, failed };
}

function finish(spec: RunSpec, m: Measured): ConformanceRun {
  if (m.exitCode !== 0) {
    throw new Error(
      `conformance run (${spec.runsPerProperty} runs per property${spec.shard ? `, shard ${spec.shard}` : ""}) ` +
        `exited ${m.exitCode}:\n${m.tail}`,
    );
  }
  return { ...m, ...countReport(readFileSync(path.join(spec.reportDir, "conformance.json"), "utf8")) };
}

export async function runConformance(root: string, spec: RunSpec): Promise<ConformanceRun> {
  const [m] = await runMeasured([conformanceCommand(root, spec)]);
  return finish(spec, m!);
}

/** Several runs at once (shards); wall time is until the last one ends, CPU the group's. */
export async function runConformanceTogether(root: string, specs: readonly RunSpec[]): Promise<ConformanceRun[]> {
  const measured = await runMeasured(specs.map((s) => conformanceCommand(root, s)));
  return measured.map((m, i) => finish(specs[i]!, m));
}
