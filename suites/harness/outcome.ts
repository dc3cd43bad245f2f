// The result of one `<Operation>: <check>` cell of the conformance matrix: a status (pass, fail,
// not applicable, not run) and, beside it, what the target was observed doing where the
// documentation leaves the answer open (observations/observation.ts). Observations never change
// the status: a cell with observations that passed still passes.
import type { ConformanceFailure } from "./failure.ts";
import { mergeObservations, type Observation } from "./observations/observation.ts";

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
  /** What the target did where the documents leave it open; never a failure. */
  observations?: Observation[];
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

/** The outcome with these observations added (merged by id); its status is untouched. */
export function withObservations(outcome: Outcome, observations: readonly Observation[]): Outcome {
  const merged = mergeObservations(outcome.observations, observations);
  return merged.length ? { ...outcome, observations: merged } : outcome;
}

/** Runs a list of parts of one cell in order: the first failure wins, notes and observations accumulate. */
export async function combine(parts: (() => Promise<Outcome>)[]): Promise<Outcome> {
  const notes: string[] = [];
  const observations: Observation[] = [];
  let cases = 0;
  let anyPass = false;
  const reasons: string[] = [];
  for (const part of parts) {
    const o = await part();
    notes.push(...(o.notes ?? []));
    observations.push(...(o.observations ?? []));
    cases += o.cases ?? 0;
    if (o.status === "fail") return withObservations({ ...o, notes }, observations);
    if (o.status === "pass") anyPass = true;
    else if (o.reason) reasons.push(o.reason);
  }
  if (anyPass) return withObservations(pass(cases, [...notes, ...reasons]), observations);
  return withObservations(notApplicable(reasons.join("; ") || "nothing to check"), observations);
}
