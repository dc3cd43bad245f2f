// The lifecycle checks, comparing a model of what should exist with what the target says.
//   lifecycle_consistent  get/list disagree with what was created or updated
//   use_after_delete      a deleted resource can still be read, updated, tagged or listed

import type { OperationSpec } from "../../../spec/contract/contract.ts";
import type { Exchange } from "../clients/exchange.ts";
import { ConformanceFailure, describeResponse } from "../failure.ts";

export function lifecycleFailure(
  check: "lifecycle_consistent" | "use_after_delete",
  op: OperationSpec,
  exchange: Exchange | undefined,
  title: string,
  documented: string,
  context: string,
): never {
  throw new ConformanceFailure({
    check,
    service: op.service,
    operation: op.name,
    title,
    received: describeResponse(exchange),
    documented,
    ...(exchange ? { exchange } : {}),
    context,
  });
}
