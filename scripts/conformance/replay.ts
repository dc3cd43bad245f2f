// `npm run conformance -- --replay <id>`: finds a failure of a report by its id, reruns exactly that
// case (its service's suite file, `-t '^<Operation>: <check>$'`, the seed, fast-check path and
// mutation site that produced it, and the target and run settings the report recorded; never
// credentials, which come from the environment as for any run), and says whether it still fails.

import { ConfigurationError } from "../../suites/harness/configuration-error.ts";
import type { ConformanceReport } from "../../suites/harness/report/build-report.ts";
import type { CellRun } from "../../suites/harness/report/progress-reporter.ts";
import { EXIT, type ExitCode } from "./exit-codes.ts";

export interface ReplayCase {
  id: string;
  service: string;
  operation: string;
  check: string;
  title: string;
  signature: string;
  /** The vitest test title, `<Operation>: <check>`. */
  testTitle: string;
  /** What the rerun's environment must say: target, run settings, seed, path, site. */
  env: Record<string, string>;
}

/** Settings that select the target, size the run or pick the case: the report's, never the caller's. */
export const REPLAYED_VARIABLES = [
  "IVS_TARGET",
  "IVS_ENDPOINT",
  "IVS_REALTIME_ENDPOINT",
  "AWS_REGION",
  "CONFORMANCE_RUNS",
  "CONFORMANCE_ERRATA",
  "CONFORMANCE_SEED",
  "CONFORMANCE_PATH",
  "CONFORMANCE_SITE",
] as const;

/** The `NAME='value' ` assignments that open a recorded reproduce command (config.ts reproduceEnv). */
export function recordedAssignments(command: string): Record<string, string> {
  const out: Record<string, string> = {};
  const assignment = /^([A-Z][A-Z0-9_]*)=('(?:[^']|'\\'')*'|[^\s']*)\s+/;
  let rest = command;
  for (let m = assignment.exec(rest); m; m = assignment.exec(rest)) {
    const [whole, name, raw] = m as unknown as [string, string, string];
    out[name] = raw.startsWith("'") ? raw.slice(1, -1).replaceAll("'\\''", "'") : raw;
    rest = rest.slice(whole.length);
  }
  return out;
}

export function findFailure(report: ConformanceReport, id: string, reportFile: string): ReplayCase {
  const ref = report.failures.find((f) => f.id === id);
  if (!ref) {
    const ids = report.failures.flatMap((f) => (f.id ? [f.id] : []));
    throw new ConfigurationError(
      `no failure ${id} in ${reportFile} (${ids.length ? `its failures: ${ids.join(", ")}` : "it has no failures"}); ` +
        "give the report that printed it with --report <file>",
    );
  }
  const { service, operation, check } = ref;
  const failure = report.services[service]?.operations[operation]?.checks[check]?.failure;
  if (!failure)
    throw new ConfigurationError(`${reportFile}: failure ${id} (${service} ${operation}: ${check}) has no details`);
  const recorded = recordedAssignments(failure.reproduce.vitest ?? "");
  const replay = failure.replay;
  const env: Record<string, string> = {};
  for (const name of ["IVS_TARGET", "IVS_ENDPOINT", "IVS_REALTIME_ENDPOINT", "CONFORMANCE_ERRATA"] as const) {
    if (recorded[name] !== undefined) env[name] = recorded[name];
  }
  if (report.target.kind === "aws") env.IVS_TARGET = "aws";
  if (report.target.kind === "url" && env.IVS_ENDPOINT === undefined) {
    // A failure recorded without a reproduce command: the description names both endpoints.
    const m = /^(\S+) \(ivs\), (\S+) \(ivs-realtime\)$/.exec(report.target.description);
    if (!m)
      throw new ConfigurationError(
        `${reportFile} does not record the target's endpoints (${report.target.description})`,
      );
    env.IVS_ENDPOINT = m[1]!;
    env.IVS_REALTIME_ENDPOINT = m[2]!;
  }
  env.AWS_REGION = report.target.region;
  env.CONFORMANCE_RUNS = String(report.runs);
  env.CONFORMANCE_SEED = String(replay?.seed ?? report.seed);
  if (replay?.path) env.CONFORMANCE_PATH = replay.path;
  if (replay?.site) env.CONFORMANCE_SITE = replay.site;
  return {
    id,
    service,
    operation,
    check,
    title: failure.title,
    signature: failure.signature,
    testTitle: replay?.testTitle ?? `${operation}: ${check}`,
    env,
  };
}

/** The environment of the rerun: the caller's (credentials, limits), with the recorded settings in place. */
export function replayEnvironment(base: NodeJS.ProcessEnv, c: ReplayCase): NodeJS.ProcessEnv {
  const env = { ...base };
  for (const name of REPLAYED_VARIABLES) delete env[name];
  return { ...env, ...c.env };
}

const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

export const testNamePattern = (c: ReplayCase) => `^${escapeRegex(c.testTitle)}$`;

/** What the rerun says of the case, and the exit status: 0 only when it passes now. */
export function replayVerdict(c: ReplayCase, run: CellRun | undefined): { exitCode: ExitCode; lines: string[] } {
  const cell = `${c.service} ${c.testTitle}`;
  if (!run || run.state === "pending") {
    return {
      exitCode: EXIT.fail,
      lines: [`not run: ${cell} is no longer a test of the suite (has the spec changed?)`],
    };
  }
  if (run.state === "passed") return { exitCode: EXIT.pass, lines: [`passes now: ${cell} (failure ${c.id})`] };
  if (run.state === "skipped") return { exitCode: EXIT.fail, lines: [`not run: ${cell}: ${run.note ?? "skipped"}`] };
  const failure = run.record?.failure;
  if (!failure) {
    return { exitCode: EXIT.fail, lines: [`still failing, outside the harness: ${cell}: ${run.note ?? ""}`] };
  }
  if (failure.signature === c.signature) {
    return {
      exitCode: EXIT.fail,
      lines: [`still failing with the same signature: ${cell} (failure ${failure.id})`, `  ${failure.title}`],
    };
  }
  return {
    exitCode: EXIT.fail,
    lines: [
      `still failing, with another signature: ${cell} (failure ${failure.id})`,
      `  now: ${failure.signature}`,
      `  was: ${c.signature}`,
    ],
  };
}
