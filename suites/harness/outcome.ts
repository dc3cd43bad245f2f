// The result of one `<Operation>: <check>` cell of the conformance matrix.
import type { ConformanceFailure } from "./failure.ts";

export type OutcomeStatus = "pass" | "fail" | "not_applicable" | "not_run";

export interface Outcome {
  status: OutcomeStatus;
  /** Why a cell is not applicable or not run; for a failure, its one-line title. */
  reason?: string;
  failure?: ConformanceFailure;
  /** Partial applicability and other facts a reader of a passing cell should know. */
  notes?: string[];
  /** Cases generated and requests sent for this cell. */
  cases?: number;
}

export const pass = (cases: number, notes: string[] = []): Outcome => ({
  status: "pass",
  cases,
  ...(notes.length ? { notes } : {}),
});
export const notApplicable = (reason: string): Outcome => ({ status: "not_applicable", reason });
export const notRun = (reason: string): Outcome => ({ status: "not_run", reason });
export const failed = (failure: ConformanceFailure, notes: string[] = []): Outcome => ({
  status: "fail",
  reason: failure.details.title,
  failure,
  ...(notes.length ? { notes } : {}),
});

/** Runs a list of parts of one cell in order: the first failure wins, notes accumulate. */
export async function combine(parts: (() => Promise<Outcome>)[]): Promise<Outcome> {
  const notes: string[] = [];
  let cases = 0;
  let anyPass = false;
  const reasons: string[] = [];
  for (const part of parts) {
    const o = await part();
    notes.push(...(o.notes ?? []));
    cases += o.cases ?? 0;
    if (o.status === "fail") return { ...o, notes };
    if (o.status === "pass") anyPass = true;
    else if (o.reason) reasons.push(o.reason);
  }
  if (anyPass) return pass(cases, [...notes, ...reasons]);
  return notApplicable(reasons.join("; ") || "nothing to check");
}
