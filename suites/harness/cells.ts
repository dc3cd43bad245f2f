// The conformance matrix of one service: one cell per operation and check, in the order a run
// takes them. State-sensitive suites come first (errors, pagination, lifecycles walk lists that
// the constraint suites would otherwise fill with hundreds of resources).

import type { OperationSpec } from "../../spec/contract/contract.ts";
import { CHECKS, type CheckName } from "./checks/registry.ts";
import type { Outcome } from "./outcome.ts";
import { conflictCell, missingResourceCell, offlineChannelCell } from "./properties/error-statuses.ts";
import { inputCell } from "./properties/input-properties.ts";
import { lifecycleApplies, lifecycleCell } from "./properties/lifecycle.ts";
import { paginationCell } from "./properties/pagination.ts";
import type { ServiceHarness } from "./service-harness.ts";

export interface Cell {
  op: OperationSpec;
  check: CheckName;
  /** `<Operation>: <check>`, the test title. */
  title: string;
  run(h: ServiceHarness): Promise<Outcome>;
}

type Runner = (h: ServiceHarness, op: OperationSpec, check: CheckName) => Promise<Outcome>;

const RUNNERS: Record<CheckName, Runner> = {
  missing_resource_not_found: (h, op) => missingResourceCell(h, op),
  conflict_reported: (h, op) => conflictCell(h, op),
  offline_channel_not_broadcasting: (h, op) => offlineChannelCell(h, op),
  pagination_complete: paginationCell,
  pagination_no_duplicates: paginationCell,
  page_size_respected: paginationCell,
  invalid_token_rejected: paginationCell,
  lifecycle_consistent: lifecycleCell,
  use_after_delete: lifecycleCell,
  accepts_valid_input: inputCell,
  rejects_invalid_input: inputCell,
  status_documented: inputCell,
  not_a_server_error: inputCell,
  error_type_documented: inputCell,
  error_body_shape: inputCell,
  response_schema: inputCell,
  content_type: inputCell,
};

const SUITE_ORDER = ["errors", "pagination", "lifecycle", "constraints", "responses"] as const;

export function serviceCells(
  h: ServiceHarness,
  filter: (op: OperationSpec, check: CheckName) => boolean = () => true,
): Cell[] {
  const cells: Cell[] = [];
  for (const suite of SUITE_ORDER) {
    for (const op of h.spec.operations) {
      for (const def of Object.values(CHECKS)) {
        if (def.suite !== suite || !filter(op, def.name)) continue;
        // Only cells the spec gives something to check become tests; the report lists the rest as
        // not applicable, with notApplicableReason's words.
        if (!def.appliesTo(op) || (def.suite === "lifecycle" && !lifecycleApplies(h, op, def.name))) continue;
        const run = RUNNERS[def.name];
        cells.push({
          op,
          check: def.name,
          title: `${op.name}: ${def.name}`,
          run: (harness) => run(harness, op, def.name),
        });
      }
    }
  }
  return cells;
}

export function notApplicableReason(op: OperationSpec, check: CheckName): string {
  switch (check) {
    case "pagination_complete":
    case "pagination_no_duplicates":
    case "page_size_respected":
    case "invalid_token_rejected":
      return `${op.name} is not paginated (no x-amzn-pagination)`;
    case "missing_resource_not_found":
      return `${op.name} documents no ResourceNotFoundException`;
    case "conflict_reported":
      return `${op.name} documents no ConflictException`;
    case "offline_channel_not_broadcasting":
      return `${op.name} documents no ChannelNotBroadcasting`;
    case "lifecycle_consistent":
      return `${op.name} is not the create operation of a resource with a get or list operation`;
    case "use_after_delete":
      return `${op.name} is not the delete operation of a resource`;
    default:
      return `${check} does not apply to ${op.name}`;
  }
}
