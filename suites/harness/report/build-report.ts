// The machine-readable result of a run: per service, operation and check, one of pass, fail,
// not_applicable, not_run, each with its reason. Cells without a test are filled from the spec
// (not applicable, with the reason the catalogue gives) or marked not run (filtered out, crashed).
// Markdown, JUnit and HTML renderings are meant to be made from this, not from vitest's output.

import { SERVICES, type ServiceName } from "../../../spec/contract/service-name.ts";
import type { CellRecord } from "../cell-record.ts";
import { notApplicableReason, serviceCells } from "../cells.ts";
import { CHECK_NAMES, CHECKS } from "../checks/registry.ts";
import { Session } from "../clients/session.ts";
import { runConfig } from "../config.ts";
import { DOCUMENTED_RESETS } from "../documented-resets.ts";
import { DOCUMENTED_RULES } from "../documented-rules.ts";
import { judgedSpec } from "../judged-spec.ts";
import type { OutcomeStatus } from "../outcome.ts";
import { ServiceHarness } from "../service-harness.ts";
import type { Target } from "../target.ts";

export interface ReportCell {
  status: OutcomeStatus;
  reason?: string;
  notes?: string[];
  cases?: number;
  message?: string;
  seed?: number;
  path?: string;
}

export interface ConformanceReport {
  tool: "ivs-conformance";
  startedAt: string;
  finishedAt: string;
  durationMs: number;
  target: { kind: string; description: string };
  seed: number;
  runs: number;
  summary: Record<OutcomeStatus, number>;
  checks: Record<string, string>;
  errata: { service: string; id: string; documented: string; applied: string; why: string }[];
  documentedRules: { id: string; service: string; operations: readonly string[]; documented: string }[];
  services: Record<
    string,
    { operations: Record<string, { notImplemented?: string; checks: Record<string, ReportCell> }> }
  >;
}

/** A result vitest gave for a test, when the test left no CellRecord (it crashed, or was filtered). */
export interface TestResultLike {
  service: ServiceName;
  title: string;
  state: "passed" | "failed" | "skipped" | "pending";
  note?: string;
  error?: string;
  record?: CellRecord;
}

const placeholder: Target = {
  kind: "url",
  region: "us-west-2",
  endpoints: { ivs: "http://unused.invalid", "ivs-realtime": "http://unused.invalid" },
  description: "",
};

export function buildReport(
  results: readonly TestResultLike[],
  meta: { startedAt: Date; finishedAt: Date; target: { kind: string; description: string } },
): ConformanceReport {
  const config = runConfig();
  const summary: Record<OutcomeStatus, number> = { pass: 0, fail: 0, not_applicable: 0, not_run: 0 };
  const services: ConformanceReport["services"] = {};
  const byTitle = new Map(results.map((r) => [`${r.service}|${r.title}`, r]));
  for (const service of SERVICES) {
    const spec = judgedSpec(service);
    const h = new ServiceHarness(service, new Session(placeholder, config), config);
    const catalogued = new Set(serviceCells(h).map((c) => c.title));
    const operations: ConformanceReport["services"][string]["operations"] = {};
    for (const op of spec.operations) {
      const checks: Record<string, ReportCell> = {};
      for (const check of CHECK_NAMES) {
        const title = `${op.name}: ${check}`;
        const result = byTitle.get(`${service}|${title}`);
        let cell: ReportCell;
        if (result?.record) {
          const { service: _s, operation: _o, check: _c, ...rest } = result.record;
          cell = rest;
        } else if (result && result.state !== "pending" && result.state !== "skipped") {
          cell =
            result.state === "passed"
              ? { status: "pass" }
              : {
                  status: "fail",
                  reason: "the test failed outside the harness",
                  ...(result.error ? { message: result.error } : {}),
                };
        } else if (catalogued.has(title)) {
          cell = { status: "not_run", reason: result?.note ?? "not selected in this run" };
        } else {
          cell = { status: "not_applicable", reason: notApplicableReason(op, check) };
        }
        summary[cell.status]++;
        checks[check] = cell;
      }
      const notImplemented = Object.values(checks).find(
        (c) => c.status === "not_run" && c.reason?.startsWith("not implemented"),
      )?.reason;
      operations[op.name] = { ...(notImplemented ? { notImplemented } : {}), checks };
    }
    services[service] = { operations };
  }
  return {
    tool: "ivs-conformance",
    startedAt: meta.startedAt.toISOString(),
    finishedAt: meta.finishedAt.toISOString(),
    durationMs: meta.finishedAt.getTime() - meta.startedAt.getTime(),
    target: meta.target,
    seed: config.seed,
    runs: config.runs,
    summary,
    checks: Object.fromEntries(Object.values(CHECKS).map((c) => [c.name, c.failsWhen])),
    errata: SERVICES.flatMap((s) =>
      judgedSpec(s).errata.map((a) => ({
        service: s,
        id: a.erratum.id,
        documented: a.erratum.documented,
        applied: a.erratum.applied,
        why: a.erratum.why,
      })),
    ),
    documentedRules: [
      ...DOCUMENTED_RULES.map((r) => ({
        id: r.id,
        service: r.service,
        operations: r.operations,
        documented: r.documented,
      })),
      ...DOCUMENTED_RESETS.map((r) => ({
        id: r.id,
        service: r.service,
        operations: [r.operation, r.list.operation, r.remove.operation],
        documented: r.documented,
      })),
    ],
    services,
  };
}
