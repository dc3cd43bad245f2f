// The one-screen summary `npm run spec` prints: per service, what the spec holds.
import { type ApiModel, isSdkOnly, type Member, type TypeRef } from "../model/api-model.ts";

export interface ServiceSummary {
  service: string;
  operations: number;
  /** Operations no document states, taken from the SDK's model (`x-amzn-documented: false`). */
  sdkOnly: string[];
  members: number;
  constraints: Record<string, number>;
  errors: number;
  errorBindings: number;
  paginated: number;
  reconciled: number;
  history: number;
}

function countType(t: TypeRef, constraints: Record<string, number>, members: { n: number }): void {
  for (const [kind, fact] of Object.entries(t.constraints)) if (fact) constraints[kind] = (constraints[kind] ?? 0) + 1;
  for (const m of t.members ?? []) countMember(m, constraints, members);
  for (const sub of [t.items, t.key, t.value]) if (sub) countType(sub, constraints, members);
}

function countMember(m: Member, constraints: Record<string, number>, members: { n: number }): void {
  members.n++;
  countType(m.type, constraints, members);
}

export function summarize(model: ApiModel): ServiceSummary {
  const constraints: Record<string, number> = {};
  const members = { n: 0 };
  const ops = Object.values(model.operations);
  for (const op of ops) for (const m of [...op.input, ...op.output]) countMember(m, constraints, members);
  for (const s of Object.values(model.shapes)) for (const m of s.members) countMember(m, constraints, members);
  return {
    service: model.service,
    operations: ops.length,
    sdkOnly: ops
      .filter(isSdkOnly)
      .map((o) => o.name)
      .sort(),
    members: members.n,
    constraints: Object.fromEntries(Object.entries(constraints).sort()),
    errors: new Set(ops.flatMap((o) => (o.errors ?? []).map((e) => e.name))).size,
    errorBindings: ops.reduce((n, o) => n + (o.errors?.length ?? 0), 0),
    paginated: ops.filter((o) => o.pagination).length,
    reconciled: model.reconciliations.length,
    history: model.history.length,
  };
}

export function formatSummary(rows: ServiceSummary[]): string {
  const lines = [
    "service        ops (documented + SDK-only)  members  constraints (by kind)                          " +
      "errors (bindings)  paginated  reconciled  history",
  ];
  for (const r of rows) {
    const kinds =
      Object.entries(r.constraints)
        .map(([k, n]) => `${k} ${n}`)
        .join(", ") || "none";
    const ops = `${r.operations} (${r.operations - r.sdkOnly.length} + ${r.sdkOnly.length})`;
    lines.push(
      `${r.service.padEnd(14)} ${ops.padEnd(28)}  ${String(r.members).padStart(7)}  ` +
        `${kinds.padEnd(45)}  ${`${r.errors} (${r.errorBindings})`.padEnd(17)}  ` +
        `${String(r.paginated).padStart(9)}  ${String(r.reconciled).padStart(10)}  ${String(r.history).padStart(7)}`,
    );
  }
  for (const r of rows)
    if (r.sdkOnly.length)
      lines.push(`\n${r.service} SDK-only (from the SDK's model, provenance sdk): ${r.sdkOnly.join(", ")}`);
  return lines.join("\n");
}
