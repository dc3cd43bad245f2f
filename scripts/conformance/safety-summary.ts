// After a run, one line per safety rule that kept cells from running (suites/harness/run-safety/):
// the resource budget reached, read-only mode, a missing S3 bucket, so that a reader sees why the
// run did less than asked without reading every cell. Read from the report: the reasons its
// not-run cells give.
import type { ConformanceReport } from "../../suites/harness/report/build-report.ts";

const RULES: { starts: RegExp; line: (n: number) => string }[] = [
  {
    starts: /^resource budget reached: /,
    line: (n) => `the resource budget was reached (CONFORMANCE_MAX_RESOURCES): ${n} cell${n === 1 ? "" : "s"} not run`,
  },
  {
    starts: /^read-only mode: /,
    line: (n) => `read-only mode: ${n} cell${n === 1 ? "" : "s"} that need a write not run`,
  },
  {
    starts: /needs an S3 bucket in the target account/,
    line: (n) => `no S3 bucket configured (CONFORMANCE_S3_BUCKET): ${n} cell${n === 1 ? "" : "s"} not run`,
  },
];

export function safetySummary(report: ConformanceReport): string[] {
  const reasons = Object.values(report.services).flatMap((s) =>
    Object.values(s.operations).flatMap((o) =>
      Object.values(o.checks)
        .filter((c) => c.status === "not_run")
        .map((c) => c.reason ?? ""),
    ),
  );
  return RULES.map((r) => ({ r, n: reasons.filter((reason) => r.starts.test(reason)).length }))
    .filter(({ n }) => n > 0)
    .map(({ r, n }) => r.line(n));
}
