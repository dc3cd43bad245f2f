// Merges the reports of the shards of one run (`npm run conformance -- --shard i/n` each; then
// `--merge reports/shard-*`) into the report of the whole run. Every shard's report lists every cell
// of the matrix; a cell takes the result of the shard that ran it (pass, fail, or not run for a reason
// of its own, such as not implemented), and stays "not selected" only where no shard ran it. The
// shards must be of one run: the same format, seed, runs, target, API versions, errata and checks;
// two shards that both ran a cell are refused. The summaries, the failure and observation lists and
// each operation's notImplemented are recomputed as build-report.ts computes them.

import { ConfigurationError } from "../../suites/harness/configuration-error.ts";
import { basisSummaries } from "../../suites/harness/report/basis-summary.ts";
import type {
  ConformanceReport,
  ReportCell,
  ReportFailureRef,
  ReportObservation,
  ReportService,
  Summary,
} from "../../suites/harness/report/build-report.ts";

/** The reason build-report.ts gives a cell no test ran for: filtered out, or in another shard. */
export const NOT_SELECTED = "not selected in this run";

export interface ShardReport {
  /** Where it was read from, for messages. */
  source: string;
  report: ConformanceReport;
}

const ranHere = (cell: ReportCell) =>
  cell.status === "pass" || cell.status === "fail" || (cell.status === "not_run" && cell.reason !== NOT_SELECTED);

const emptySummary = (): Summary => ({ pass: 0, fail: 0, not_applicable: 0, not_run: 0, observations: 0 });

/** Fields every shard of one run has alike, by the name a message gives them. */
const SAME: [string, (r: ConformanceReport) => unknown][] = [
  ["format", (r) => r.format],
  ["seed", (r) => r.seed],
  ["runs per property", (r) => r.runs],
  ["target", (r) => (r.target.kind === "emulator" ? [r.target.kind, r.target.region] : r.target)],
  ["API versions", (r) => r.spec.apiVersions],
  ["errata", (r) => r.errata],
  ["checks", (r) => r.checks],
];

function assertOneRun(shards: readonly ShardReport[]): void {
  const [first, ...rest] = shards;
  for (const shard of rest) {
    for (const [what, of] of SAME) {
      const a = JSON.stringify(of(first!.report));
      const b = JSON.stringify(of(shard.report));
      if (a !== b) {
        throw new ConfigurationError(
          `${first!.source} and ${shard.source} are not shards of one run: their ${what} differ (${a} vs ${b})`,
        );
      }
    }
  }
}

/** The cells of a report, in its order, as `service\u0000operation\u0000check`. */
function cellKeys(report: ConformanceReport): string[] {
  return Object.entries(report.services).flatMap(([service, s]) =>
    Object.entries(s.operations).flatMap(([operation, o]) =>
      Object.keys(o.checks).map((check) => [service, operation, check].join("\u0000")),
    ),
  );
}

export function mergeReports(shards: readonly ShardReport[]): ConformanceReport {
  if (shards.length === 0) throw new ConfigurationError("--merge found no reports to merge");
  assertOneRun(shards);
  const first = shards[0]!.report;
  const keys = cellKeys(first);
  for (const shard of shards.slice(1)) {
    const other = cellKeys(shard.report);
    if (other.length !== keys.length || other.some((k, i) => k !== keys[i])) {
      throw new ConfigurationError(
        `${shards[0]!.source} and ${shard.source} list different cells: shards of one run list the same matrix`,
      );
    }
  }

  const summary = emptySummary();
  const services: Record<string, ReportService> = {};
  for (const service of Object.keys(first.services)) services[service] = { summary: emptySummary(), operations: {} };
  const failures: ReportFailureRef[] = [];
  const observations: ReportObservation[] = [];
  for (const key of keys) {
    const [service, operation, check] = key.split("\u0000") as [string, string, string];
    const at = { service, operation, check };
    let cell: ReportCell | undefined;
    let from: string | undefined;
    for (const { source, report } of shards) {
      const candidate = report.services[service]!.operations[operation]!.checks[check]!;
      if (!ranHere(candidate)) {
        cell ??= candidate;
        continue;
      }
      if (from !== undefined) {
        throw new ConfigurationError(
          `${service} ${operation}: ${check} ran in both ${from} and ${source}: merge the shards of one run, ` +
            "each run with its own --shard i/n",
        );
      }
      cell = candidate;
      from = source;
    }
    const s = services[service]!;
    for (const counts of [summary, s.summary]) {
      counts[cell!.status]++;
      counts.observations += cell!.observations?.length ?? 0;
    }
    for (const o of cell!.observations ?? []) observations.push({ ...at, ...o });
    if (cell!.status === "fail") {
      const f = cell!.failure;
      failures.push({
        ...at,
        ...(f ? { id: f.id, signature: f.signature } : {}),
        title: f?.title ?? cell!.reason ?? "",
      });
    }
    const basis = first.services[service]!.operations[operation]?.basis;
    s.operations[operation] ??= { ...(basis ? { basis } : {}), checks: {} };
    const op = s.operations[operation]!;
    op.checks[check] = cell!;
    if (!op.notImplemented && cell!.status === "not_run" && cell!.reason?.startsWith("not implemented")) {
      op.notImplemented = cell!.reason;
    }
  }

  // Counted again from the merged cells, where the shards carry the counts (every run's report does).
  for (const [name, s] of Object.entries(services))
    if (first.services[name]!.byBasis) s.byBasis = basisSummaries(first.spec.sdkOnly[name] ?? [], s.operations);

  const started = Math.min(...shards.map((s) => Date.parse(s.report.startedAt)));
  const finished = Math.max(...shards.map((s) => Date.parse(s.report.finishedAt)));
  const descriptions = [...new Set(shards.map((s) => s.report.target.description))];
  return {
    ...first,
    startedAt: new Date(started).toISOString(),
    finishedAt: new Date(finished).toISOString(),
    durationMs: finished - started,
    // Embedded emulators differ only by their port; name each when the shards ran their own.
    target: { ...first.target, description: descriptions.join("; ") },
    summary,
    failures,
    observations,
    services,
  };
}
