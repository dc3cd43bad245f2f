// What a run records per cell, machine-readable (vitest task meta, reports): no secrets, since
// failure messages and the evidence of observations are redacted when they are made.
import type { Observation } from "./observations/observation.ts";
import type { Outcome, OutcomeStatus } from "./outcome.ts";

export interface CellRecord {
  service: string;
  operation: string;
  check: string;
  status: OutcomeStatus;
  reason?: string;
  notes?: string[];
  cases?: number;
  /** HTTP requests this cell sent (resources it made included). */
  requests?: number;
  ms?: number;
  /** The full failure message: received, documented, request, reproduction. */
  message?: string;
  seed?: number;
  path?: string;
  /** What the target did where the documents leave it open (never a failure). */
  observations?: Observation[];
}

export function cellRecord(
  service: string,
  operation: string,
  check: string,
  outcome: Outcome,
  extraNotes: string[] = [],
): CellRecord {
  const notes = [...(outcome.notes ?? []), ...extraNotes];
  const replay = outcome.failure?.replay;
  return {
    service,
    operation,
    check,
    status: outcome.status,
    ...(outcome.reason ? { reason: outcome.reason } : {}),
    ...(notes.length ? { notes } : {}),
    ...(outcome.cases !== undefined ? { cases: outcome.cases } : {}),
    ...(outcome.failure ? { message: outcome.failure.message } : {}),
    ...(replay ? { seed: replay.seed, ...(replay.path ? { path: replay.path } : {}) } : {}),
    ...(outcome.observations?.length ? { observations: outcome.observations } : {}),
  };
}
