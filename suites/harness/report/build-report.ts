// The machine-readable result of a run (format REPORT_FORMAT, `conformance.schema.json` beside this
// file): per service, operation and check, one of pass, fail, not_applicable, not_run, each with its
// reason, a failing cell's failure as data (id, signature, received, documented, the redacted
// request, the mutation, the reproduce commands), and what the target was observed doing where the
// documents leave the answer open (observations: per cell, and all of them in one top-level list).
// Every operation says what its verdicts rest on (`basis`: the documents, or the SDK's model alone for
// an operation no document states: ../sdk-only.ts), and each service counts the two apart (`byBasis`).
// A pure function of the matrix (which cells exist and why some do not apply: ../matrix.ts), of the
// specs judged by (API versions, errata), the source documents, and the results the run recorded,
// keyed by cell (service, operation, check). A cell with no result is not run: filtered out, or
// crashed. The Markdown, JUnit and HTML renderings are made from this (render-*.ts), never from
// vitest's output.
import type { OperationSpec, ServiceSpec } from "../../../spec/contract/contract.ts";
import type { CellFailure, CellRecord } from "../cell-record.ts";
import { CHECKS } from "../checks/catalogue.ts";
import { DOCUMENTED_RESETS } from "../documented-resets.ts";
import { ALL_RULES } from "../documented-rules.ts";
import { cellKey, type MatrixCell } from "../matrix.ts";
import type { Observation } from "../observations/observation.ts";
import type { OutcomeStatus } from "../outcome.ts";
import { type Basis, basisOf } from "../sdk-only.ts";
import type { Target } from "../target.ts";
import { type BasisSummaries, basisSummaries } from "./basis-summary.ts";
import type { SourceDocument } from "./sources.ts";

/** The report's format and version; a change that breaks readers makes it `ivs-conformance/2`. */
export const REPORT_FORMAT = "ivs-conformance/1";

export const STATUSES: readonly OutcomeStatus[] = ["pass", "fail", "not_applicable", "not_run"];

export interface ReportCell {
  status: OutcomeStatus;
  /** Why it is not applicable or not run; for a failure, its title. */
  reason?: string;
  notes?: string[];
  cases?: number;
  requests?: number;
  ms?: number;
  /** A failing cell's failure, as data. */
  failure?: CellFailure;
  /** The error of a test that failed outside the harness (it has no structured failure). */
  message?: string;
  observations?: Observation[];
}

/** Cells by status, and the observations made on them. */
export type Summary = Record<OutcomeStatus, number> & { observations: number };

/** One observation of the run, with the cell it was made on. Never a failure. */
export interface ReportObservation extends Observation {
  service: string;
  operation: string;
  check: string;
}

/** One failure of the run, with its cell: an index into `services` (the cell holds the whole failure). */
export interface ReportFailureRef {
  service: string;
  operation: string;
  check: string;
  id?: string;
  signature?: string;
  title: string;
}

export interface ReportOperation {
  /**
   * What its verdicts rest on: the documents, or the SDK's model alone (`spec.sdkOnly` lists those).
   * Every run writes it; a report put together by another tool may leave it to `spec.sdkOnly`.
   */
  basis?: Basis;
  /** Why the target is taken not to implement it (its cells are not run). */
  notImplemented?: string;
  checks: Record<string, ReportCell>;
}

export interface ReportService {
  summary: Summary;
  /** The counts of the documented operations and of the SDK-only ones, apart (basis-summary.ts). */
  byBasis?: BasisSummaries;
  operations: Record<string, ReportOperation>;
}

export interface ReportErratum {
  service: string;
  id: string;
  document: string;
  lines: number[];
  where: string;
  keyword: string;
  documented: string;
  applied: string;
  why: string;
}

export interface ConformanceReport {
  format: typeof REPORT_FORMAT;
  tool: "ivs-conformance";
  startedAt: string;
  finishedAt: string;
  durationMs: number;
  /** What was tested; never credentials. */
  target: { kind: string; region: string; description: string };
  spec: {
    /** Per service, the API version its spec documents (`info.version`). */
    apiVersions: Record<string, string>;
    /** The documents the specs were built from (spec/sources/manifest.json). */
    sources: SourceDocument[];
    /** Per service, the operations no document states, judged by the SDK's model alone (sorted). */
    sdkOnly: Record<string, string[]>;
  };
  seed: number;
  runs: number;
  summary: Summary;
  /** Every failure of the run, in matrix order. */
  failures: ReportFailureRef[];
  /** Every observation of the run, in matrix order (each also on its cell). */
  observations: ReportObservation[];
  checks: Record<string, { family: string; failsWhen: string }>;
  /** The documentation errata the run judged by (none with CONFORMANCE_ERRATA=off). */
  errata: ReportErratum[];
  documentedRules: { id: string; service: string; operations: readonly string[]; documented: string }[];
  services: Record<string, ReportService>;
}

/** What the run recorded for one cell: its CellRecord, or what vitest said of a test that left none. */
export interface CellResult {
  state: "passed" | "failed" | "skipped" | "pending";
  /** vitest's skip note, or the error of a test that failed outside the harness. */
  note?: string;
  record?: CellRecord;
}

export interface ReportInput {
  /** The specs judged by (errata applied as the run applied them), one per service, in report order. */
  specs: readonly (Pick<ServiceSpec, "service" | "apiVersion" | "errata"> & {
    operations: readonly Pick<OperationSpec, "name" | "documented">[];
  })[];
  /** Every cell of every service, in matrix order. */
  matrix: readonly MatrixCell[];
  /** Results by cellKey. */
  results: ReadonlyMap<string, CellResult>;
  sources: readonly SourceDocument[];
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

const emptySummary = (): Summary => ({ pass: 0, fail: 0, not_applicable: 0, not_run: 0, observations: 0 });

export function buildReport(input: ReportInput): ConformanceReport {
  const summary = emptySummary();
  const services: ConformanceReport["services"] = {};
  for (const spec of input.specs) {
    services[spec.service] = { summary: emptySummary(), operations: {} };
  }
  const observations: ReportObservation[] = [];
  const failures: ReportFailureRef[] = [];
  for (const cell of input.matrix) {
    const at = { service: cell.service, operation: cell.op.name, check: cell.check.name };
    const report = reportCell(cell, input.results.get(cellKey(at.service, at.operation, at.check)));
    const service = services[cell.service];
    if (!service) throw new Error(`buildReport: a cell of ${cell.service}, but no spec of it`);
    for (const counts of [summary, service.summary]) {
      counts[report.status]++;
      counts.observations += report.observations?.length ?? 0;
    }
    for (const o of report.observations ?? []) observations.push({ ...at, ...o });
    if (report.status === "fail") {
      const f = report.failure;
      failures.push({
        ...at,
        ...(f ? { id: f.id, signature: f.signature } : {}),
        title: f?.title ?? report.reason ?? "",
      });
    }
    service.operations[at.operation] ??= { basis: basisOf(cell.op), checks: {} };
    const operation = service.operations[at.operation]!;
    operation.checks[at.check] = report;
    if (!operation.notImplemented && report.status === "not_run" && report.reason?.startsWith("not implemented")) {
      operation.notImplemented = report.reason;
    }
  }
  const sdkOnly = Object.fromEntries(
    input.specs.map((s) => [s.service, s.operations.filter((o) => !o.documented).map((o) => o.name)]),
  );
  for (const [name, service] of Object.entries(services)) {
    service.byBasis = basisSummaries(sdkOnly[name] ?? [], service.operations);
  }
  const { kind, region, description } = input.target;
  return {
    format: REPORT_FORMAT,
    tool: "ivs-conformance",
    startedAt: input.startedAt.toISOString(),
    finishedAt: input.finishedAt.toISOString(),
    durationMs: input.finishedAt.getTime() - input.startedAt.getTime(),
    target: { kind, region, description },
    spec: {
      apiVersions: Object.fromEntries(input.specs.map((s) => [s.service, s.apiVersion])),
      sources: input.sources.map((s) => ({ ...s })),
      sdkOnly,
    },
    seed: input.seed,
    runs: input.runs,
    summary,
    failures,
    observations,
    checks: Object.fromEntries(CHECKS.map((c) => [c.name, { family: c.family, failsWhen: c.failsWhen }])),
    errata: input.specs.flatMap((s) =>
      s.errata.map(({ erratum: e }) => ({
        service: e.service,
        id: e.id,
        document: e.document,
        lines: e.lines,
        where: e.where,
        keyword: e.keyword,
        documented: e.documented,
        applied: e.applied,
        why: e.why,
      })),
    ),
    documentedRules: [
      ...ALL_RULES.map((r) => ({
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
