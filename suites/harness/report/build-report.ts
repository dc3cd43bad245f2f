// The machine-readable result of a run: per service, operation and check, one of pass, fail,
// not_applicable, not_run, each with its reason, and what the target was observed doing where the
// documents leave the answer open (observations: per cell, and all of them in one top-level list).
// A pure function of the matrix (which cells exist and why some do not apply: ../matrix.ts) and of
// the results the run recorded, keyed by cell (service, operation, check). A cell with no result
// is not run: filtered out, or crashed. Markdown, JUnit and HTML renderings are meant to be made
// from this, not from vitest's output.
import type { AppliedErratum } from "../../../spec/contract/errata.ts";
import type { CellRecord } from "../cell-record.ts";
import { CHECKS } from "../checks/catalogue.ts";
import { DOCUMENTED_RESETS } from "../documented-resets.ts";
import { DOCUMENTED_RULES } from "../documented-rules.ts";
import { cellKey, type MatrixCell } from "../matrix.ts";
import type { Observation } from "../observations/observation.ts";
import type { OutcomeStatus } from "../outcome.ts";
import type { Target } from "../target.ts";

export interface ReportCell {
  status: OutcomeStatus;
  reason?: string;
  notes?: string[];
  cases?: number;
  requests?: number;
  ms?: number;
  message?: string;
  seed?: number;
  path?: string;
  observations?: Observation[];
}

/** One observation of the run, with the cell it was made on. Never a failure. */
export interface ReportObservation extends Observation {
  service: string;
  operation: string;
  check: string;
}

export interface ConformanceReport {
  tool: "ivs-conformance";
  startedAt: string;
  finishedAt: string;
  durationMs: number;
  target: { kind: string; region: string; description: string };
  seed: number;
  runs: number;
  summary: Record<OutcomeStatus, number>;
  /** Every observation of the run, in matrix order (each also on its cell). */
  observations: ReportObservation[];
  checks: Record<string, { family: string; failsWhen: string }>;
  errata: {
    service: string;
    id: string;
    document: string;
    lines: number[];
    documented: string;
    applied: string;
    why: string;
  }[];
  documentedRules: { id: string; service: string; operations: readonly string[]; documented: string }[];
  services: Record<
    string,
    { operations: Record<string, { notImplemented?: string; checks: Record<string, ReportCell> }> }
  >;
}

/** What the run recorded for one cell: its CellRecord, or what vitest said of a test that left none. */
export interface CellResult {
  state: "passed" | "failed" | "skipped" | "pending";
  /** vitest's skip note, or the error of a test that failed outside the harness. */
  note?: string;
  record?: CellRecord;
}

export interface ReportInput {
  /** Every cell of every service, in matrix order. */
  matrix: readonly MatrixCell[];
  /** Results by cellKey. */
  results: ReadonlyMap<string, CellResult>;
  errata: readonly AppliedErratum[];
  target: Target;
  seed: number;
  runs: number;
  startedAt: Date;
  finishedAt: Date;
}

function reportCell(cell: MatrixCell, result: CellResult | undefined): ReportCell {
  if (cell.notApplicable) return { status: "not_applicable", reason: cell.notApplicable };
  if (result?.record) {
    const { service: _s, operation: _o, check: _c, ...rest } = result.record;
    return rest;
  }
  if (result?.state === "failed") {
    return {
      status: "fail",
      reason: "the test failed outside the harness",
      ...(result.note ? { message: result.note } : {}),
    };
  }
  if (result?.state === "passed") return { status: "pass" };
  return { status: "not_run", reason: result?.note ?? "not selected in this run" };
}

export function buildReport(input: ReportInput): ConformanceReport {
  const summary: Record<OutcomeStatus, number> = { pass: 0, fail: 0, not_applicable: 0, not_run: 0 };
  const services: ConformanceReport["services"] = {};
  const observations: ReportObservation[] = [];
  for (const cell of input.matrix) {
    const report = reportCell(cell, input.results.get(cellKey(cell.service, cell.op.name, cell.check.name)));
    summary[report.status]++;
    for (const o of report.observations ?? [])
      observations.push({ service: cell.service, operation: cell.op.name, check: cell.check.name, ...o });
    services[cell.service] ??= { operations: {} };
    const operations = services[cell.service]!.operations;
    operations[cell.op.name] ??= { checks: {} };
    const operation = operations[cell.op.name]!;
    operation.checks[cell.check.name] = report;
    if (!operation.notImplemented && report.status === "not_run" && report.reason?.startsWith("not implemented")) {
      operation.notImplemented = report.reason;
    }
  }
  const { kind, region, description } = input.target;
  return {
    tool: "ivs-conformance",
    startedAt: input.startedAt.toISOString(),
    finishedAt: input.finishedAt.toISOString(),
    durationMs: input.finishedAt.getTime() - input.startedAt.getTime(),
    target: { kind, region, description },
    seed: input.seed,
    runs: input.runs,
    summary,
    observations,
    checks: Object.fromEntries(CHECKS.map((c) => [c.name, { family: c.family, failsWhen: c.failsWhen }])),
    errata: input.errata.map(({ erratum: e }) => ({
      service: e.service,
      id: e.id,
      document: e.document,
      lines: e.lines,
      documented: e.documented,
      applied: e.applied,
      why: e.why,
    })),
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
