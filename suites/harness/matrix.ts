// The conformance matrix of one service: one cell per operation and check, in the order a run takes
// them, each either applicable or not applicable with the check's reason. A pure function of the
// spec (through the SpecView): listing the cells needs no target. State-sensitive families come
// first (errors, pagination and lifecycles walk lists that the constraint properties would
// otherwise fill with hundreds of resources).
import type { OperationSpec } from "../../spec/contract/contract.ts";
import type { ServiceName } from "../../spec/contract/service-name.ts";
import { CHECKS, type Check } from "./checks/catalogue.ts";
import type { CheckFamily, SpecView } from "./checks/define-check.ts";
import { judgedSpec } from "./judged-spec.ts";
import { inferKinds } from "./producers.ts";

export interface MatrixCell {
  service: ServiceName;
  op: OperationSpec;
  check: Check;
  /** Why the check has nothing to judge here; absent when the cell is applicable. */
  notApplicable?: string;
}

const FAMILY_ORDER: readonly CheckFamily[] = ["errors", "pagination", "lifecycle", "constraints", "responses"];

/** `<Operation>: <check>`: the test title and the report's display name of a cell. */
export const cellTitle = (operation: string, check: string) => `${operation}: ${check}`;

/** The stable key of a cell in reports and baselines. */
export const cellKey = (service: string, operation: string, check: string) => `${service}|${operation}|${check}`;

/** The spec the suites judge by, with the resource kinds it implies. */
export function specView(service: ServiceName, env: NodeJS.ProcessEnv = process.env): SpecView {
  const spec = judgedSpec(service, env);
  return { spec, kinds: inferKinds(spec) };
}

export function serviceMatrix(view: SpecView): MatrixCell[] {
  const cells: MatrixCell[] = [];
  for (const family of FAMILY_ORDER) {
    for (const op of view.spec.operations) {
      for (const check of CHECKS) {
        if (check.family !== family) continue;
        const reason = check.notApplicable(op, view);
        cells.push({ service: view.spec.service, op, check, ...(reason ? { notApplicable: reason } : {}) });
      }
    }
  }
  return cells;
}
