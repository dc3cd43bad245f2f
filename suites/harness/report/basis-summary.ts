// The counts of one service's operations by what their verdicts rest on: the documents, or the SDK's
// model alone (../sdk-only.ts). Computed from the cells and the list of SDK-only operations only, so
// that the report writer and every renderer count alike, also for a report another tool put together.
import { type Basis, basisOf } from "../sdk-only.ts";
import type { ReportOperation, Summary } from "./build-report.ts";

/** One basis's operations, their cells by status, and the observations made on them. */
export type BasisSummary = Summary & { operations: number };
export type BasisSummaries = Record<Basis, BasisSummary>;

/** The bases in the order reports show them. */
export const BASES: readonly Basis[] = ["documents", "sdk"];

const empty = (): BasisSummary => ({ operations: 0, pass: 0, fail: 0, not_applicable: 0, not_run: 0, observations: 0 });

/** An operation's basis: the one it carries, else whether `sdkOnly` lists it. */
export const reportBasis = (name: string, operation: ReportOperation, sdkOnly: readonly string[]): Basis =>
  operation.basis ?? basisOf({ documented: !sdkOnly.includes(name) });

export function basisSummaries(
  sdkOnly: readonly string[],
  operations: Readonly<Record<string, ReportOperation>>,
): BasisSummaries {
  const out: BasisSummaries = { documents: empty(), sdk: empty() };
  for (const [name, operation] of Object.entries(operations)) {
    const counts = out[reportBasis(name, operation, sdkOnly)];
    counts.operations++;
    for (const cell of Object.values(operation.checks)) {
      counts[cell.status]++;
      counts.observations += cell.observations?.length ?? 0;
    }
  }
  return out;
}
