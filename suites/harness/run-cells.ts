// The programmatic runner: runs a service's cells outside vitest (fault tests, benchmarks) and
// returns every outcome. The vitest suites run the same cells, one test each.

import type { OperationSpec } from "../../spec/contract/contract.ts";
import { type Cell, serviceCells } from "./cells.ts";
import type { CheckName } from "./checks/registry.ts";
import type { Outcome } from "./outcome.ts";
import type { ServiceHarness } from "./service-harness.ts";

export interface CellResult {
  service: string;
  operation: string;
  check: CheckName;
  title: string;
  outcome: Outcome;
  ms: number;
}

export async function runCells(
  h: ServiceHarness,
  filter?: (op: OperationSpec, check: CheckName) => boolean,
  onResult?: (r: CellResult) => void,
): Promise<CellResult[]> {
  const results: CellResult[] = [];
  for (const cell of serviceCells(h, filter)) {
    const started = performance.now();
    const outcome = await runCell(h, cell);
    const result = {
      service: h.service,
      operation: cell.op.name,
      check: cell.check,
      title: cell.title,
      outcome,
      ms: performance.now() - started,
    };
    results.push(result);
    onResult?.(result);
  }
  return results;
}

/** A cell whose own machinery throws (not a conformance failure) is reported, never fatal to the run. */
export async function runCell(h: ServiceHarness, cell: Cell): Promise<Outcome> {
  try {
    return await cell.run(h);
  } catch (e) {
    return { status: "not_run", reason: `the harness could not run this cell: ${(e as Error).stack ?? String(e)}` };
  }
}
