// What a run records per cell, machine-readable (vitest task meta, reports): no secrets, since
// failures and the evidence of observations are redacted when they are made. A failing cell carries
// its failure as data (failure.ts FailureRecord), under an id that names the case (seed, path, site)
// and a signature that names the nonconformance across runs (report/failure-id.ts).
import type { FailureRecord } from "./failure.ts";
import type { Observation } from "./observations/observation.ts";
import type { Outcome, OutcomeStatus } from "./outcome.ts";
import { failureId, failureSignature } from "./report/failure-id.ts";

/** A failure as reports carry it: its id (replay) and signature (baselines), then the failure itself. */
export interface CellFailure extends FailureRecord {
  /** 10 hex digits over service, operation, check, seed, path and site (`--replay <id>`). */
  id: string;
  /** The check and the title with run-specific values masked (baselines). */
  signature: string;
}

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
  /** The failure of a failing cell: received, documented, request, mutation, reproduction. */
  failure?: CellFailure;
  /** What the target did where the documents leave it open (never a failure). */
  observations?: Observation[];
}

/** `runSeed` names the case of a failure that carries no replay of its own. */
export function cellFailure(outcome: Outcome, runSeed: number): CellFailure | undefined {
  const failure = outcome.failure;
  if (!failure) return undefined;
  const record = failure.record();
  const { service, operation, check, title } = record;
  const seed = record.replay?.seed ?? runSeed;
  const { path, site } = record.replay ?? {};
  return {
    id: failureId({ service, operation, check, seed, path, site }),
    signature: failureSignature(check, title),
    ...record,
  };
}

export function cellRecord(
  service: string,
  operation: string,
  check: string,
  outcome: Outcome,
  options: { notes?: string[]; runSeed: number },
): CellRecord {
  const notes = [...(outcome.notes ?? []), ...(options.notes ?? [])];
  const failure = cellFailure(outcome, options.runSeed);
  return {
    service,
    operation,
    check,
    status: outcome.status,
    ...(outcome.reason ? { reason: outcome.reason } : {}),
    ...(notes.length ? { notes } : {}),
    ...(outcome.cases !== undefined ? { cases: outcome.cases } : {}),
    ...(failure ? { failure } : {}),
    ...(outcome.observations?.length ? { observations: outcome.observations } : {}),
  };
}
