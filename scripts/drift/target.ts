// Section 3 of the drift report: the documentation against a target, read from a conformance report
// (`ivs-conformance/1`, validated by readReport). Each item names the documented side (document and
// line, from the published spec) and the run (startedAt, target), with the failure or observation id
// that replays it. Only what the run recorded becomes an item: members the target returns undocumented,
// enum values outside the documented set, documented constraints not enforced, statuses and error
// names not documented, and how the target reads unanchored patterns.
import { existsSync } from "node:fs";
import path from "node:path";
import type { OperationSpec, ServiceSpec, Source } from "../../spec/contract/contract.ts";
import { SERVICES, type ServiceName } from "../../spec/contract/service-name.ts";
import type { CellFailure } from "../../suites/harness/cell-record.ts";
import type { ConformanceReport, ReportObservation } from "../../suites/harness/report/build-report.ts";
import { REPORT_DIR, REPORT_FILES, readReport } from "../../suites/harness/report/report-files.ts";
import type { DriftItem, DriftSectionReport, DriftSide } from "./drift-item.ts";
import { inputSchemaAtPointer, publishedSpecs, schemaAtPointer, sourceOf } from "./self-schemas.ts";

export const DEFAULT_REPORT = path.join(REPORT_DIR, REPORT_FILES.json);
export const NO_REPORT = "no conformance report: run `npm run conformance` first";

/** The kinds of this section, in headline order. */
export const TARGET_KINDS = [
  "undocumented-member",
  "enum-value-undocumented",
  "constraint-not-enforced",
  "status-undocumented",
  "error-undocumented",
  "pattern-reading",
] as const;

const ENUM_ERROR = /^(\S+) must be equal to one of the allowed values (\[.*\])$/;

interface Context {
  report: ConformanceReport;
  run: string;
  specs: Map<string, ServiceSpec>;
}

const sideOf = (source: Source | undefined, value?: unknown): DriftSide => ({
  source: source?.doc ?? "the published spec",
  ...(source?.line !== undefined ? { line: source.line } : {}),
  ...(value !== undefined ? { value } : {}),
});

function operationOf(ctx: Context, service: string, name: string): OperationSpec | undefined {
  try {
    return ctx.specs.get(service)?.operation(name);
  } catch {
    return undefined;
  }
}

const isService = (s: string): s is ServiceName => (SERVICES as readonly string[]).includes(s);

/** The failures of a run, whole (each cell holds its failure), in the report's order. */
function failuresOf(report: ConformanceReport): CellFailure[] {
  const out: CellFailure[] = [];
  for (const ref of report.failures) {
    const f = report.services[ref.service]?.operations[ref.operation]?.checks[ref.check]?.failure;
    if (f) out.push(f);
  }
  return out;
}

/** The JSON body of a `received` line (`200 (application/json) {...}`), when it is whole. */
function receivedBody(received: string): unknown {
  const at = received.indexOf("{");
  if (at < 0) return undefined;
  try {
    return JSON.parse(received.slice(at));
  } catch {
    return undefined;
  }
}

function valueAt(body: unknown, pointer: string): unknown {
  let at = body;
  for (const seg of pointer.split("/").slice(1)) {
    if (at === null || typeof at !== "object") return undefined;
    at = (at as Record<string, unknown>)[seg];
  }
  return at;
}

function failureItems(ctx: Context, f: CellFailure): DriftItem[] {
  if (!isService(f.service)) return [];
  const op = operationOf(ctx, f.service, f.operation);
  const base = { section: "target" as const, service: f.service, operation: f.operation, replay: f.id };
  const right = (value: unknown): DriftSide => ({ source: ctx.run, value });
  if (f.check === "response_schema") {
    const errors = f.title.replace(/^The success body does not match the documented schema: /, "").replace(/\.$/, "");
    const body = receivedBody(f.received);
    return errors.split("; ").flatMap((e): DriftItem[] => {
      const m = ENUM_ERROR.exec(e);
      if (!m) return [];
      const pointer = m[1]!;
      const allowed: unknown = JSON.parse(m[2]!);
      const value = valueAt(body, pointer);
      const member = `${f.operation}.output${pointer.replace(/\//g, ".")}`;
      return [
        {
          ...base,
          kind: "enum-value-undocumented",
          member,
          summary:
            `${f.operation} returned ${value === undefined ? "a value" : JSON.stringify(value)} at ${pointer}, ` +
            `outside the documented values ${JSON.stringify(allowed)}.`,
          left: sideOf(sourceOf(schemaAtPointer(op?.successSchema, pointer), "enum") ?? op?.source, allowed),
          right: right(value ?? f.received),
        },
      ];
    });
  }
  if (f.check === "rejects_invalid_input" && f.mutation) {
    const m = f.mutation;
    const member = `${f.operation}.input${m.pointer.replace(/\//g, ".")}`;
    const schema = op ? inputSchemaAtPointer(op, m.pointer) : undefined;
    const documented = schema ? (schema as Record<string, unknown>)[m.constraint] : undefined;
    return [
      {
        ...base,
        kind: "constraint-not-enforced",
        member,
        summary:
          `${f.operation} did not reject ${m.mutated} at ${m.pointer}, which breaks the documented ` +
          `${m.constraint}${documented !== undefined ? ` ${JSON.stringify(documented)}` : ""}: ${f.title}`,
        left: sideOf(sourceOf(schema, m.constraint) ?? op?.source, {
          constraint: m.constraint,
          ...(documented !== undefined ? { documented } : {}),
        }),
        right: right({ sent: m.mutated, operator: m.operator, received: f.received }),
      },
    ];
  }
  if (f.check === "status_documented" || f.check === "error_type_documented") {
    return [
      {
        ...base,
        kind: f.check === "status_documented" ? "status-undocumented" : "error-undocumented",
        summary: `${f.operation}: ${f.title}`,
        left: sideOf(op?.source, f.documented),
        right: right(f.received),
      },
    ];
  }
  return [];
}

function observationItem(ctx: Context, o: ReportObservation): DriftItem | undefined {
  if (!isService(o.service)) return undefined;
  if (o.kind !== "undocumented_member" && o.kind !== "pattern_reading") return undefined;
  const op = operationOf(ctx, o.service, o.operation);
  const base = { section: "target" as const, service: o.service, operation: o.operation, replay: o.id };
  if (o.kind === "undocumented_member") {
    return {
      ...base,
      kind: "undocumented-member",
      member: `${o.operation}.output.${o.subject}`,
      summary: `${o.observed}.`.replace(/\.\.$/, "."),
      left: sideOf(op?.source, op?.successRef ? { schema: op.successRef } : undefined),
      right: { source: ctx.run, value: o.subject },
    };
  }
  const subject = o.subject.startsWith(`${o.operation}.`) ? o.subject.slice(o.operation.length + 1) : o.subject;
  const pointer = `/${subject.replace(/\[\]/g, "/0").replace(/\./g, "/")}`;
  const schema = op ? inputSchemaAtPointer(op, pointer) : undefined;
  const judged = /pattern "((?:[^"\\]|\\.)*)"/.exec(o.observed)?.[1]?.replace(/\\(.)/g, "$1");
  const erratum =
    judged !== undefined && judged !== schema?.pattern
      ? ctx.report.errata.find((e) => e.documented === schema?.pattern && e.applied === judged)
      : undefined;
  const by = erratum
    ? ` The run judged by erratum ${erratum.id} (${erratum.applied}), not the document's pattern.`
    : "";
  return {
    ...base,
    kind: "pattern-reading",
    member: `${o.operation}.input.${subject}`,
    summary: `The target ${o.observed} (finding: ${o.finding ?? "none"}).${by}`,
    left: sideOf(sourceOf(schema, "pattern") ?? op?.source, schema?.pattern),
    right: { source: ctx.run, value: o.finding ?? o.observed },
  };
}

/** Section 3 from a conformance report; a missing report is a section saying so, with no items. */
export function buildTargetSection(reportPath: string = DEFAULT_REPORT): DriftSectionReport {
  if (!existsSync(reportPath)) return { headline: NO_REPORT, items: [] };
  const report = readReport(reportPath);
  const ctx: Context = {
    report,
    run: `conformance run ${report.startedAt} against ${report.target.description}`,
    specs: new Map(publishedSpecs().map((s) => [s.service, s])),
  };
  const items = [
    ...report.observations.flatMap((o) => observationItem(ctx, o) ?? []),
    ...failuresOf(report).flatMap((f) => failureItems(ctx, f)),
  ].sort((a, b) => TARGET_KINDS.indexOf(a.kind as never) - TARGET_KINDS.indexOf(b.kind as never));
  return { headline: targetHeadline(report, items), items };
}

function targetHeadline(report: ConformanceReport, items: readonly DriftItem[]): string {
  const counts = TARGET_KINDS.map((k) => [k, items.filter((i) => i.kind === k).length] as const).filter(([, n]) => n);
  const readings = new Map<string, number>();
  for (const i of items) {
    if (i.kind !== "pattern-reading") continue;
    const f = String(i.right.value);
    readings.set(f, (readings.get(f) ?? 0) + 1);
  }
  const byReading = [...readings].map(([f, n]) => `${n} ${f}`).join(", ");
  const parts = counts.map(([k, n]) => (k === "pattern-reading" ? `${n} ${k} (${byReading})` : `${n} ${k}`));
  return (
    `${report.target.description}, run ${report.startedAt}: ` +
    `${parts.length ? parts.join(", ") : "no disagreement with the documentation recorded"}`
  );
}
