// Runs the cells of a service's matrix against a target: each check's property (properties/), one
// runner per kind of property, derived from the check definitions. The vitest suites run one cell
// per test (define-service-suite.ts); the programmatic runner runs a whole matrix (fault tests,
// benchmarks) and returns every outcome.
import type { OperationSpec } from "../../spec/contract/contract.ts";
import { type CheckName, checksOf } from "./checks/catalogue.ts";
import type { CheckDefinition, PropertyKind } from "./checks/define-check.ts";
import { cellTitle, type MatrixCell, serviceMatrix } from "./matrix.ts";
import { notApplicable, notRun, type Outcome } from "./outcome.ts";
import { batchCell } from "./properties/batches.ts";
import { conflictCell, missingResourceCell, offlineChannelCell } from "./properties/error-statuses.ts";
import { filterCell } from "./properties/filtered-walks.ts";
import { exchangeCell } from "./properties/input-properties.ts";
import { lifecycleCell } from "./properties/lifecycle.ts";
import { tokenCell, walkCell } from "./properties/pagination.ts";
import { redactText } from "./redact.ts";
import { notRunCause } from "./run-safety/not-run-error.ts";
import type { ServiceHarness } from "./service-harness.ts";

type PropertyRunner<P extends PropertyKind> = (
  h: ServiceHarness,
  op: OperationSpec,
  check: CheckDefinition<P>,
) => Promise<Outcome>;

const PROPERTIES: { [P in PropertyKind]: PropertyRunner<P> } = {
  exchanges: exchangeCell,
  page_walks: walkCell,
  filtered_walks: filterCell,
  batches: batchCell,
  unissued_tokens: tokenCell,
  missing_resource: missingResourceCell,
  conflict: conflictCell,
  offline_channel: offlineChannelCell,
  lifecycle: (h, op, check) => lifecycleCell(h, op, check, checksOf("lifecycle")),
};

/**
 * A cell whose own machinery throws (not a conformance failure) is reported, never fatal to the
 * run; a request still throttled after the retry budget, or one the run's safety rules kept from
 * being sent (run-safety/), leaves its cell not run, never failed.
 */
export async function runCell(h: ServiceHarness, cell: MatrixCell): Promise<Outcome> {
  if (cell.notApplicable) return notApplicable(cell.notApplicable);
  const run = PROPERTIES[cell.check.property] as PropertyRunner<PropertyKind>;
  try {
    return await run(h, cell.op, cell.check);
  } catch (e) {
    const cause = notRunCause(e);
    if (cause) return notRun(cause.message);
    return notRun(`the harness could not run this cell: ${redactText((e as Error).stack ?? String(e))}`);
  }
}

export interface CellResult {
  service: string;
  operation: string;
  check: CheckName;
  title: string;
  outcome: Outcome;
  ms: number;
}

/** Runs the applicable cells the filter selects, in matrix order. */
export async function runCells(
  h: ServiceHarness,
  filter: (op: OperationSpec, check: CheckName) => boolean = () => true,
  onResult?: (r: CellResult) => void,
): Promise<CellResult[]> {
  const results: CellResult[] = [];
  for (const cell of serviceMatrix(h)) {
    if (cell.notApplicable || !filter(cell.op, cell.check.name)) continue;
    const started = performance.now();
    const outcome = await runCell(h, cell);
    const title = cellTitle(cell.op.name, cell.check.name);
    const result = { service: h.service, operation: cell.op.name, check: cell.check.name, title, outcome };
    results.push({ ...result, ms: performance.now() - started });
    onResult?.(results.at(-1)!);
  }
  return results;
}
