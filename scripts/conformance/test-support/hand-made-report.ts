// Hand-made reports for the baseline, merge and replay tests: the header of the report writer's own
// sample (suites/harness/report/sample-report.ts) and the cells given, with the summaries, the
// failure list and the observation list computed from them as build-report.ts does.
import type { ConformanceReport, ReportCell, Summary } from "../../../suites/harness/report/build-report.ts";
import { sampleReport } from "../../../suites/harness/report/sample-report.ts";

export interface HandMadeCell {
  service: string;
  operation: string;
  check: string;
  status: ReportCell["status"];
  reason?: string;
  /** For a failing cell: its failure's signature (none: a failure outside the harness). */
  signature?: string;
  id?: string;
}

const emptySummary = (): Summary => ({ pass: 0, fail: 0, not_applicable: 0, not_run: 0, observations: 0 });

export function failureOf(c: HandMadeCell): NonNullable<ReportCell["failure"]> {
  const title = c.signature!.replace(/^[^:]+: /, "");
  return {
    id: c.id ?? "0000000000",
    signature: c.signature!,
    check: c.check,
    service: c.service as "ivs",
    operation: c.operation,
    title,
    received: "200 (text/plain) {}",
    documented: "application/json",
    replay: { seed: 7, path: "1:0", testTitle: `${c.operation}: ${c.check}` },
    reproduce: {
      vitest:
        "IVS_ENDPOINT='http://127.0.0.1:4566' IVS_REALTIME_ENDPOINT='http://127.0.0.1:4566' CONFORMANCE_RUNS='5' " +
        "CONFORMANCE_SEED=7 CONFORMANCE_PATH='1:0' npx vitest run --project conformance " +
        `-t '^${c.operation}: ${c.check}$'`,
    },
  };
}

function cellOf(c: HandMadeCell): ReportCell {
  if (c.status === "fail" && c.signature) return { status: "fail", reason: failureOf(c).title, failure: failureOf(c) };
  if (c.status === "fail") {
    return { status: "fail", reason: "the test failed outside the harness", message: "TypeError: boom" };
  }
  if (c.status === "pass") return { status: "pass", cases: 5 };
  return { status: c.status, reason: c.reason ?? (c.status === "not_run" ? "not selected in this run" : "n/a") };
}

export function handMadeReport(
  cells: readonly HandMadeCell[],
  over: Partial<ConformanceReport> = {},
): ConformanceReport {
  const base = sampleReport();
  const summary = emptySummary();
  const services: ConformanceReport["services"] = {};
  const failures: ConformanceReport["failures"] = [];
  for (const c of cells) {
    const cell = cellOf(c);
    services[c.service] ??= { summary: emptySummary(), operations: {} };
    const service = services[c.service]!;
    summary[cell.status]++;
    service.summary[cell.status]++;
    service.operations[c.operation] ??= { checks: {} };
    const operation = service.operations[c.operation]!;
    operation.checks[c.check] = cell;
    if (cell.status === "not_run" && cell.reason?.startsWith("not implemented"))
      operation.notImplemented ??= cell.reason;
    if (cell.status === "fail") {
      const f = cell.failure;
      failures.push({
        service: c.service,
        operation: c.operation,
        check: c.check,
        ...(f ? { id: f.id, signature: f.signature } : {}),
        title: f?.title ?? cell.reason!,
      });
    }
  }
  return { ...base, summary, failures, observations: [], services, ...over };
}
