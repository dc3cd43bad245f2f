// `npm run bench`: the project's benchmark. Measures the spec build, the emulator's throughput, the
// full default conformance run (wall, CPU of the whole process tree, requests, peak memory), the
// harness's overhead against a raw replay of the same requests, and how the run scales with runs per
// property and shards; prints a table with the goals and writes reports/bench.json. Not part of
// `npm test`; nothing asserts its figures. See README "Benchmark".
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir, totalmem } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { startEmulator } from "../fixtures/emulator/start-emulator.ts";
import { askChild } from "./bench/child.ts";
import { type ConformanceRun, runConformance, runConformanceTogether } from "./bench/conformance-runs.ts";
import { measureEmulator, type OperationLoad, SEEDED_CHANNELS } from "./bench/emulator-load.ts";
import { GOALS, type GoalResult, judgeGoal } from "./bench/goals.ts";
import { parseRecorded } from "./bench/recorded.ts";
import type { ReplayOptions, ReplayResult } from "./bench/replay-client.ts";
import { measureSpecBuild, type SpecBuild } from "./bench/spec-build.ts";
import { grouped, megabytes, ratio, scalingFactor, seconds, times } from "./bench/stats.ts";
import { formatTable, type TableRow } from "./bench/table.ts";

export const PARTS = ["spec", "emulator", "conformance", "efficiency", "scaling"] as const;
type Part = (typeof PARTS)[number];

const USAGE = `usage: npm run bench -- [--quick] [--only <part>[,<part>...]] [--out <file>]
  parts: ${PARTS.join(", ")} (efficiency and scaling also make the default conformance run)
  --quick   2 spec builds instead of 5, 2 s per emulator operation instead of 5, no 4x run
  --out     where the JSON goes (default reports/bench.json)`;

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

function parseBenchArgs(argv: string[]): { quick: boolean; parts: Part[]; out: string } {
  const { values } = parseArgs({
    args: argv,
    options: {
      quick: { type: "boolean", default: false },
      only: { type: "string", multiple: true },
      out: { type: "string" },
      help: { type: "boolean", default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const named = (values.only ?? []).flatMap((v) => v.split(",")).map((v) => v.trim());
  for (const p of named) {
    if (!(PARTS as readonly string[]).includes(p)) throw new Error(`unknown part ${JSON.stringify(p)}\n${USAGE}`);
  }
  const parts = named.length === 0 ? [...PARTS] : PARTS.filter((p) => named.includes(p));
  return { quick: values.quick, parts, out: path.resolve(values.out ?? path.join(root, "reports", "bench.json")) };
}

let args: ReturnType<typeof parseBenchArgs>;
try {
  args = parseBenchArgs(process.argv.slice(2));
} catch (e) {
  console.error(`bench: ${(e as Error).message}`);
  process.exit(2);
}

const concurrency = Number(process.env.CONFORMANCE_CONCURRENCY ?? 16);
const DEFAULT_RUNS = 100;
const benchStarted = performance.now();
const elapsed = () => seconds(performance.now() - benchStarted);
const progress = (line: string) => console.log(`bench [${elapsed()}] ${line}`);
const work = mkdtempSync(path.join(tmpdir(), "ivs-bench-"));
const rows: TableRow[] = [];
const goals: (GoalResult & { figure: string })[] = [];
const result: Record<string, unknown> = {};

function goalRow(row: TableRow, goal: (typeof GOALS)[keyof typeof GOALS], value: number): TableRow {
  const judged = judgeGoal(goal, value);
  goals.push({ ...judged, value: Number(value.toPrecision(4)), figure: `${row.part}: ${row.figure}` });
  return { ...row, goal: judged.goal, met: judged.met };
}

const summary = (r: ConformanceRun) => ({
  wallMs: Math.round(r.wallMs),
  ...(r.cpuMs !== undefined ? { cpuMs: Math.round(r.cpuMs) } : {}),
  requests: r.requests,
  cellsRun: r.cells,
  failed: r.failed,
  peakRssBytes: r.peakRssBytes,
});

let defaultRun: ConformanceRun | undefined;
async function theDefaultRun(): Promise<ConformanceRun> {
  if (defaultRun) return defaultRun;
  progress(`conformance: default run (${DEFAULT_RUNS} runs per property) ...`);
  defaultRun = await runConformance(root, { runsPerProperty: DEFAULT_RUNS, reportDir: path.join(work, "x1") });
  progress(`conformance: default run ${seconds(defaultRun.wallMs)}, ${grouped(defaultRun.requests)} requests`);
  return defaultRun;
}

async function specPart(): Promise<void> {
  const repetitions = args.quick ? 2 : 5;
  progress(`spec: ${repetitions} builds ...`);
  const built: SpecBuild = await measureSpecBuild(root, repetitions);
  result.spec = { repetitions, runsMs: built.runs.map(Math.round), medianMs: Math.round(built.medianMs) };
  rows.push({
    part: "spec build",
    figure: `wall, median of ${repetitions}`,
    value: seconds(built.medianMs),
    note: `runs ${built.runs.map((ms) => (ms / 1000).toFixed(2)).join(", ")} s; ${built.files} files`,
  });
  progress(`spec: median ${seconds(built.medianMs)}`);
}

async function emulatorPart(): Promise<void> {
  const settings = {
    durationMs: args.quick ? 2000 : 5000,
    warmupMs: args.quick ? 500 : 1000,
    connections: 32,
    inFlight: 64,
  };
  progress(`emulator: ${settings.durationMs / 1000} s per operation after ${settings.warmupMs / 1000} s warm-up ...`);
  const loads: OperationLoad[] = await measureEmulator(settings);
  result.emulator = { ...settings, seededChannels: SEEDED_CHANNELS, operations: loads };
  for (const l of loads) {
    rows.push({
      part: "emulator",
      figure: `${l.operation} requests/s`,
      value: grouped(l.requestsPerSecond),
      note: `${grouped(l.requests)} requests, statuses ${JSON.stringify(l.statuses)}`,
    });
  }
  const failures = loads.filter((l) => l.failures > 0).map((l) => l.operation);
  if (failures.length > 0) throw new Error(`emulator: non-200 answers for ${failures.join(", ")}`);
  progress(`emulator: ${loads.map((l) => `${l.operation} ${grouped(l.requestsPerSecond)}/s`).join(", ")}`);
}

async function conformancePart(): Promise<void> {
  const run = await theDefaultRun();
  const cpuPerRequest = run.cpuMs! / run.requests;
  result.conformance = {
    runsPerProperty: DEFAULT_RUNS,
    concurrency,
    ...summary(run),
    cpuMsPerRequest: Number(cpuPerRequest.toFixed(4)),
    requestsPerSecond: Math.round(run.requests / (run.wallMs / 1000)),
  };
  rows.push(
    goalRow(
      {
        part: "conformance",
        figure: "wall, default run",
        value: seconds(run.wallMs),
        note: `${run.cells} cells run, ${run.failed} failed; vitest start-up included`,
      },
      GOALS.fullRunWall,
      run.wallMs,
    ),
    { part: "conformance", figure: "CPU user+system, tree", value: seconds(run.cpuMs!) },
    {
      part: "conformance",
      figure: "requests sent",
      value: grouped(run.requests),
      note: `${grouped(run.requests / (run.wallMs / 1000))} requests/s`,
    },
    goalRow(
      { part: "conformance", figure: "CPU per request", value: `${cpuPerRequest.toFixed(3)} ms` },
      GOALS.cpuPerRequest,
      cpuPerRequest,
    ),
    goalRow(
      {
        part: "conformance",
        figure: "peak RSS, tree",
        value: megabytes(run.peakRssBytes),
        note: "sum over the process tree, sampled every 100 ms",
      },
      GOALS.peakMemory,
      run.peakRssBytes,
    ),
  );
}

async function efficiencyPart(): Promise<void> {
  const recordTo = path.join(work, "requests.jsonl");
  progress("efficiency: recording a default run's requests ...");
  const recordedRun = await runConformance(root, {
    runsPerProperty: DEFAULT_RUNS,
    reportDir: path.join(work, "recorded"),
    recordTo,
  });
  const recorded = parseRecorded(readFileSync(recordTo, "utf8"));
  const base = await theDefaultRun();
  progress(`efficiency: replaying ${grouped(recorded.length)} requests, ${concurrency} in flight ...`);
  const emulator = await startEmulator({ port: 0 });
  let replay: ReplayResult;
  try {
    replay = await askChild<ReplayOptions, ReplayResult>(new URL("./bench/replay-client.ts", import.meta.url), {
      url: emulator.url,
      file: recordTo,
      concurrency,
    });
  } finally {
    await emulator.close();
  }
  const overhead = ratio(base.wallMs, replay.elapsedMs);
  result.efficiency = {
    recordedRequests: recorded.length,
    recordedRunRequests: recordedRun.requests,
    concurrency,
    replay,
    suiteWallMs: Math.round(base.wallMs),
    suiteOverReplay: overhead === undefined ? null : Number(overhead.toFixed(3)),
  };
  rows.push(
    {
      part: "efficiency",
      figure: "raw replay wall",
      value: seconds(replay.elapsedMs),
      note:
        `${grouped(replay.requests)} requests recorded (harness counted ${grouped(recordedRun.requests)}), ` +
        `${concurrency} in flight, ${grouped(replay.requests / (replay.elapsedMs / 1000))} requests/s`,
    },
    overhead === undefined
      ? { part: "efficiency", figure: "suite wall / replay wall", value: "n/a" }
      : goalRow(
          {
            part: "efficiency",
            figure: "suite wall / replay wall",
            value: times(overhead),
            note: `statuses ${JSON.stringify(replay.statuses)}${replay.errors ? `, ${replay.errors} errors` : ""}`,
          },
          GOALS.harnessOverhead,
          overhead,
        ),
  );
  progress(`efficiency: replay ${seconds(replay.elapsedMs)}, suite/replay ${times(overhead)}`);
}

async function scalingPart(): Promise<void> {
  const base = await theDefaultRun();
  const factors = args.quick ? [2] : [2, 4];
  const scaled: Record<string, unknown> = { x1: summary(base) };
  for (const k of factors) {
    progress(`scaling: ${k}x (${DEFAULT_RUNS * k} runs per property) ...`);
    const run = await runConformance(root, { runsPerProperty: DEFAULT_RUNS * k, reportDir: path.join(work, `x${k}`) });
    const factor = scalingFactor(base.wallMs, run.wallMs, k);
    scaled[`x${k}`] = { ...summary(run), wallOverLinear: factor === undefined ? null : Number(factor.toFixed(3)) };
    const row: TableRow = {
      part: "scaling",
      figure: `${k}x runs: wall / (${k} x 1x)`,
      value: times(factor),
      note: `${seconds(run.wallMs)} wall, ${grouped(run.requests)} requests`,
    };
    rows.push(factor === undefined ? row : goalRow(row, GOALS.scaling, factor));
    progress(`scaling: ${k}x ${seconds(run.wallMs)} (${times(factor)} of linear)`);
  }
  progress("scaling: --shard 1/2 and 2/2 at once ...");
  const shards = await runConformanceTogether(root, [
    { runsPerProperty: DEFAULT_RUNS, reportDir: path.join(work, "shard-1"), shard: "1/2" },
    { runsPerProperty: DEFAULT_RUNS, reportDir: path.join(work, "shard-2"), shard: "2/2" },
  ]);
  const shardWall = Math.max(...shards.map((s) => s.wallMs));
  const shardRatio = ratio(shardWall, base.wallMs);
  scaled.shards = {
    wallMs: Math.round(shardWall),
    cpuMs: Math.round(shards[0]!.cpuMs!),
    shards: shards.map((s) => ({ wallMs: Math.round(s.wallMs), requests: s.requests, peakRssBytes: s.peakRssBytes })),
    wallOverDefault: shardRatio === undefined ? null : Number(shardRatio.toFixed(3)),
  };
  rows.push({
    part: "scaling",
    figure: "2 shards at once: wall / 1x",
    value: times(shardRatio),
    note:
      `${seconds(shardWall)} wall (shards ${shards.map((s) => seconds(s.wallMs)).join(", ")}), ` +
      `CPU ${seconds(shards[0]!.cpuMs!)}`,
  });
  result.scaling = scaled;
  progress(`scaling: shards ${seconds(shardWall)} (${times(shardRatio)} of 1x)`);
}

const RUNNERS: Record<Part, () => Promise<void>> = {
  spec: specPart,
  emulator: emulatorPart,
  conformance: conformancePart,
  efficiency: efficiencyPart,
  scaling: scalingPart,
};

const machine = {
  cpuModel: cpus()[0]?.model ?? "unknown",
  cpus: cpus().length,
  totalMemoryBytes: totalmem(),
  node: process.version,
  platform: `${process.platform} ${process.arch}`,
  date: new Date().toISOString(),
  loadAverage1m: Number(loadavg()[0]!.toFixed(2)),
};
progress(
  `${machine.cpus} x ${machine.cpuModel}, ${megabytes(machine.totalMemoryBytes)}, Node ${machine.node}, ` +
    `load ${machine.loadAverage1m}; parts: ${args.parts.join(", ")}${args.quick ? " (quick)" : ""}`,
);
const errors: string[] = [];
try {
  for (const part of args.parts) {
    try {
      await RUNNERS[part]();
    } catch (e) {
      const message = (e as Error).message;
      errors.push(`${part}: ${message}`);
      progress(`${part}: FAILED: ${message}`);
    }
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
const durationMs = performance.now() - benchStarted;
console.log(`\n${formatTable(rows)}\n`);
console.log(
  `goals: ${goals.filter((g) => g.met).length} met, ${goals.filter((g) => !g.met).length} missed; ` +
    `bench took ${seconds(durationMs)}`,
);
mkdirSync(path.dirname(args.out), { recursive: true });
writeFileSync(
  args.out,
  `${JSON.stringify(
    {
      format: "ivs-bench/1",
      machine,
      options: { quick: args.quick, parts: args.parts, concurrency },
      durationMs: Math.round(durationMs),
      ...result,
      goals,
      ...(errors.length ? { errors } : {}),
    },
    null,
    2,
  )}\n`,
);
console.log(`wrote ${path.relative(process.cwd(), args.out)}`);
if (errors.length > 0) {
  for (const e of errors) console.error(`bench: ${e}`);
  process.exitCode = 1;
}
