// The run's safety rules end to end, offline: the real entry point (`npm run conformance`, in a
// child process) against an emulator each test starts, with the modes that stand in for AWS.
// - `--auth`: every request the suite sends verifies (the emulator answers no 403), and a wrong
//   secret key is a configuration error: exit 2, one line, no stack;
// - `--throttle`: a run of the throttled operation's cells finishes with no cell failed or left
//   not run by throttling (the client paces to the documented rates); the emulator throttles only
//   PutMetadata, the one operation the documents give rates for, so its cells are all a run's throttling;
// - a run killed (SIGKILL, the whole process tree) leaves only resources tagged with its run id
//   (or the children of those), and `npm run sweep -- --yes` then leaves none; a run stopped with
//   SIGTERM removes what it created itself and exits 143;
// - the resource budget stops creating: the cells it could not run are not run with its reason;
// - `--read-only` sends only reading operations, reads the resources that exist, and leaves every
//   cell that needs a write not run.
// Runs are small: a few operations' cells, 3 runs per property (10 for PutMetadata's pacing; 50 for the
// runs stopped halfway, which never finish).
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { DEFAULT_CREDENTIALS } from "../../fixtures/emulator/auth.ts";
import type { Exchange as EmulatorExchange } from "../../fixtures/emulator/server.ts";
import { type RunningEmulator, startEmulator } from "../../fixtures/emulator/start-emulator.ts";
import { SERVICES } from "../../spec/contract/service-name.ts";
import { Session } from "../../suites/harness/clients/session.ts";
import { runConfig } from "../../suites/harness/config.ts";
import { judgedSpec } from "../../suites/harness/judged-spec.ts";
import type { ConformanceReport, ReportCell } from "../../suites/harness/report/build-report.ts";
import { newRunId } from "../../suites/harness/run-safety/run-id.ts";
import { RUN_TAG_KEY } from "../../suites/harness/run-safety/run-tag.ts";
import { type Listed, listFamilies } from "../../suites/harness/run-safety/sweep-resources.ts";
import { resolveTarget } from "../../suites/harness/target.ts";
import { EXIT } from "./exit-codes.ts";

const root = fileURLToPath(new URL("../..", import.meta.url));
const dirs: string[] = [];
const emulators: RunningEmulator[] = [];
afterAll(async () => {
  for (const e of emulators) await e.close();
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

async function emulator(options: Parameters<typeof startEmulator>[0] = {}) {
  const seen: EmulatorExchange[] = [];
  const e = await startEmulator({ port: 0, ...options, onExchange: (x) => seen.push(x) });
  emulators.push(e);
  return { url: e.url, seen };
}

interface Finished {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/**
 * A child in a process group of its own, so that a test can kill it with every process it started;
 * node with tsx's loader, as `npm run conformance` and `npm run sweep` start it (package.json).
 */
function start(
  script: string,
  args: string[],
  env: Record<string, string>,
): { child: ChildProcess; done: Promise<Finished> } {
  const child = spawn(process.execPath, ["--import", "tsx", path.join(root, script), ...args], {
    cwd: root,
    env: { ...process.env, CI: "1", ...env },
    detached: true,
  });
  let stdout = "";
  let stderr = "";
  child.stdout!.on("data", (d) => (stdout += d));
  child.stderr!.on("data", (d) => (stderr += d));
  const done = new Promise<Finished>((resolve) =>
    child.on("close", (status, signal) => resolve({ status, signal, stdout, stderr })),
  );
  return { child, done };
}

function conformance(url: string, args: string[], env: Record<string, string> = {}) {
  const reports = mkdtempSync(path.join(tmpdir(), "run-safety-"));
  dirs.push(reports);
  const run = start("scripts/conformance.ts", [...args, "--report-dir", reports], {
    IVS_ENDPOINT: url,
    CONFORMANCE_RUNS: "3",
    ...env,
  });
  const report = () => JSON.parse(readFileSync(path.join(reports, "conformance.json"), "utf8")) as ConformanceReport;
  /** Every report file the run wrote, as text. */
  const written = () => readdirSync(reports).map((f) => readFileSync(path.join(reports, f), "utf8"));
  return { ...run, report, written };
}

function cells(report: ConformanceReport): (ReportCell & { title: string })[] {
  return Object.values(report.services).flatMap((s) =>
    Object.entries(s.operations).flatMap(([op, o]) =>
      Object.entries(o.checks).map(([check, c]) => ({ ...c, title: `${op}: ${check}` })),
    ),
  );
}

/** A session of the test's own with the emulator, outside any run's rules. */
function session(url: string): Session {
  const env = { IVS_ENDPOINT: url };
  const target = resolveTarget(env);
  return new Session(target, runConfig(env, target), { guarded: false });
}

/** Every resource the emulator holds, listed through the spec's own listings, with its run tag. */
async function resources(url: string): Promise<(Listed & { family: string })[]> {
  const s = session(url);
  const all: (Listed & { family: string })[] = [];
  for (const service of SERVICES) {
    const { items } = await listFamilies(s, judgedSpec(service));
    for (const [family, listed] of items) all.push(...listed.map((l) => ({ ...l, family })));
  }
  return all;
}

const runTag = (r: Listed) => (r.tags as Record<string, string> | undefined)?.[RUN_TAG_KEY];

/** Resolves once the emulator has answered each operation with a 2xx at least as many times as given. */
function created(seen: EmulatorExchange[], counts: Record<string, number>): Promise<void> {
  const done = () =>
    Object.entries(counts).every(
      ([operation, n]) => seen.filter((x) => x.operation === operation && x.status === 200).length >= n,
    );
  return new Promise((resolve) => {
    const poll = setInterval(() => {
      if (!done()) return;
      clearInterval(poll);
      resolve();
    }, 50);
  });
}

const CREDENTIALS = { AWS_ACCESS_KEY_ID: DEFAULT_CREDENTIALS.accessKeyId };

describe("running safely (the real entry point against the emulator's modes)", () => {
  it.concurrent("with --auth, every request verifies; a wrong secret key is a configuration error", async () => {
    const { url, seen } = await emulator({ auth: true });
    const good = conformance(url, ["ivs", "-t", "^(CreateChannel|GetChannel|ListChannels): "], {
      ...CREDENTIALS,
      AWS_SECRET_ACCESS_KEY: DEFAULT_CREDENTIALS.secretAccessKey,
    });
    const ok = await good.done;
    expect(ok.status, ok.stderr).toBe(EXIT.pass);
    expect(seen.length).toBeGreaterThan(50);
    expect(seen.filter((x) => x.status === 403)).toEqual([]);
    const report = good.report();
    // The secret key signed every request, and shows in no output and no report.
    const secret = DEFAULT_CREDENTIALS.secretAccessKey;
    expect(good.written()).toHaveLength(4);
    expect([ok.stdout, ok.stderr, ...good.written()].filter((text) => text.includes(secret))).toEqual([]);
    expect(report.summary.fail).toBe(0);
    expect(report.summary.pass).toBeGreaterThan(10);

    const bad = conformance(url, ["ivs", "-t", "^GetChannel: "], {
      ...CREDENTIALS,
      AWS_SECRET_ACCESS_KEY: "not-the-secret-access-key",
    });
    const refused = await bad.done;
    expect(refused.status).toBe(EXIT.configuration);
    const lines = refused.stderr.trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      new RegExp(
        "^conformance: the target refused the run's credentials: ivs \\w+ answered 403 " +
          '\\(application/json\\) x-amzn-ErrorType: AccessDeniedException \\{"exceptionMessage":"The request ' +
          "signature does not match",
      ),
    );
    expect(refused.stderr).not.toContain("not-the-secret-access-key");
  }, 120_000);

  it.concurrent("with --throttle, no cell fails or is left not run because of throttling", async () => {
    const { url, seen } = await emulator({ throttle: true });
    const run = conformance(url, ["ivs", "-t", "^PutMetadata: "], { CONFORMANCE_RUNS: "10" });
    const finished = await run.done;
    expect(finished.status, finished.stderr).toBe(EXIT.pass);
    const all = cells(run.report()).filter((c) => c.title.startsWith("PutMetadata: "));
    expect(all.filter((c) => c.status === "fail")).toEqual([]);
    expect(all.filter((c) => c.reason?.startsWith("throttled"))).toEqual([]);
    expect(all.filter((c) => c.status === "pass").length).toBeGreaterThan(3);
    expect(seen.filter((x) => x.operation === "PutMetadata").length).toBeGreaterThan(20);
  }, 120_000);

  it.concurrent("a run killed halfway leaves only its tagged resources, and the sweep removes them", async () => {
    const { url, seen } = await emulator();
    const runId = newRunId();
    // Both services: families of each, found and removed from the contract alone.
    const run = conformance(
      url,
      ["-t", "^(CreateChannel|CreateRecordingConfiguration|CreateStage|StartComposition): "],
      {
        CONFORMANCE_RUN_ID: runId,
        CONFORMANCE_RUNS: "50",
      },
    );
    await created(seen, { CreateChannel: 3, CreateStage: 3, StartComposition: 1 });
    process.kill(-run.child.pid!, "SIGKILL");
    expect((await run.done).signal).toBe("SIGKILL");

    const left = await resources(url);
    expect([...new Set(left.map((r) => r.family))]).toEqual(
      expect.arrayContaining(["channel", "stream-key", "stage", "composition"]),
    );
    const tagged = new Set(left.filter((r) => runTag(r) === runId).map((r) => r.arn));
    const untagged = left.filter((r) => !tagged.has(r.arn) && !(r.parentArn && tagged.has(r.parentArn)));
    expect(untagged).toEqual([]);

    const listing = start("scripts/sweep.ts", [], { IVS_ENDPOINT: url });
    const listed = await listing.done;
    expect(listed.status, listed.stderr).toBe(0);
    expect(listed.stdout).toContain(`run ${runId}: ${left.length} resources`);
    expect(await resources(url)).toHaveLength(left.length);

    const sweep = start("scripts/sweep.ts", ["--yes"], { IVS_ENDPOINT: url });
    const swept = await sweep.done;
    expect(swept.status, swept.stderr).toBe(0);
    expect(await resources(url)).toEqual([]);
  }, 120_000);

  it.concurrent("a run stopped with SIGTERM removes what it created and exits 143", async () => {
    const { url, seen } = await emulator();
    const run = conformance(url, ["-t", "^(CreateChannel|CreateStage|StartComposition): "], {
      CONFORMANCE_RUNS: "50",
    });
    await created(seen, { CreateChannel: 3, CreateStage: 3, StartComposition: 1 });
    run.child.kill("SIGTERM");
    const stopped = await run.done;
    expect(stopped.status, stopped.stderr).toBe(143);
    expect(stopped.stdout).toMatch(/cleanup of run \S+: [1-9]\d* resources removed\n/);
    expect(stopped.stderr).toMatch(/cleanup of run \S+: 0 resources removed\n/);
    expect(await resources(url)).toEqual([]);
  }, 120_000);

  it.concurrent("the budget stops creating: the cells it could not run are not run with its reason", async () => {
    const { url, seen } = await emulator();
    const run = conformance(url, ["ivs", "-t", "^(CreateChannel|GetChannel|DeleteChannel): "], {
      CONFORMANCE_MAX_RESOURCES: "4",
    });
    const finished = await run.done;
    expect(finished.status, finished.stderr).toBe(EXIT.pass);
    const all = cells(run.report());
    expect(all.filter((c) => c.status === "fail")).toEqual([]);
    const stopped = all.filter((c) => c.reason?.startsWith("resource budget reached: "));
    expect(stopped.length).toBeGreaterThan(0);
    expect(stopped[0]!.reason).toBe(
      "resource budget reached: this run has created the 4 resources CONFORMANCE_MAX_RESOURCES allows, " +
        "and creates no more (raise it to run this cell)",
    );
    expect(finished.stdout).toContain(
      `the resource budget was reached (CONFORMANCE_MAX_RESOURCES): ${stopped.length} cells not run\n`,
    );
    const channels = seen.filter((x) => x.operation === "CreateChannel" && x.status === 200);
    expect(channels.length).toBeLessThanOrEqual(4);
    expect(await resources(url)).toEqual([]);
  }, 120_000);

  it.concurrent("--read-only sends only reads, reads what exists, and leaves every write not run", async () => {
    const { url, seen } = await emulator();
    const ivs = judgedSpec("ivs");
    for (const name of ["existing-1", "existing-2"])
      expect((await session(url).call(ivs.operation("CreateChannel"), { name })).response?.status).toBe(200);
    const before = seen.length;
    const run = conformance(url, ["ivs", "--read-only", "-t", "^(CreateChannel|GetChannel|DeleteChannel): "]);
    const finished = await run.done;
    expect(finished.status, finished.stderr).toBe(EXIT.pass);
    // The global setup's reachability probe (GET /) is no operation of either service.
    const sent = seen.slice(before).filter((x) => x.service !== "");
    expect(sent.length).toBeGreaterThan(20);
    expect(sent.filter((x) => !/^(Get|List|BatchGet)[A-Z]/.test(x.operation))).toEqual([]);
    const all = cells(run.report());
    expect(all.filter((c) => c.status === "fail")).toEqual([]);
    expect(all.filter((c) => c.title.startsWith("GetChannel: ") && c.status === "pass").length).toBeGreaterThan(3);
    const writes = all.filter((c) => /^(CreateChannel|DeleteChannel): /.test(c.title) && c.status === "not_run");
    expect(writes.length).toBeGreaterThan(3);
    expect(finished.stdout).toMatch(/read-only mode: \d+ cells that need a write not run\n/);
    expect(writes.map((c) => c.reason)).toContain(
      "read-only mode: CreateChannel writes (CONFORMANCE_READ_ONLY, --read-only)",
    );
    expect(await resources(url)).toHaveLength(4);
  }, 120_000);
});
