// Runs one exchange cell and gathers what was observed in it: what its judges observed while
// judging (sink.ts), and, for the cells that carry one, what an observer sent to find out (pattern
// readings on rejects_invalid_input). The cell's status is never changed by what was observed.
// Nothing is observed on a cell that did not run, nor while one failing case is replayed.
import type { OperationSpec } from "../../../spec/contract/contract.ts";
import type { CheckName } from "../checks/catalogue.ts";
import type { Outcome } from "../outcome.ts";
import { withObservations } from "../outcome.ts";
import type { ServiceHarness } from "../service-harness.ts";
import type { Observation } from "./observation.ts";
import { observePatternReadings } from "./pattern-readings.ts";
import { collectObservations } from "./sink.ts";

type CellObserver = (h: ServiceHarness, op: OperationSpec) => Promise<{ observations: Observation[]; notes: string[] }>;

/** Observers by the cell they report on. */
const CELL_OBSERVERS: Partial<Record<CheckName, CellObserver>> = {
  rejects_invalid_input: observePatternReadings,
};

export async function observedCell(
  h: ServiceHarness,
  op: OperationSpec,
  check: { name: string },
  run: () => Promise<Outcome>,
): Promise<Outcome> {
  const { value: outcome, observations } = await collectObservations(run);
  if (outcome.status === "not_run") return outcome;
  const observer = h.config.path || h.config.site ? undefined : CELL_OBSERVERS[check.name as CheckName];
  const extra = observer ? await observer(h, op) : { observations: [], notes: [] };
  const observed = withObservations(outcome, [...observations, ...extra.observations]);
  return extra.notes.length ? { ...observed, notes: [...(observed.notes ?? []), ...extra.notes] } : observed;
}
