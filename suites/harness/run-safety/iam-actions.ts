// The IAM actions a run needs, from the spec's operations: one action per operation, named
// `<signing name>:<Operation>` as the API reference states for PutMetadata ("must sign PutMetadata
// requests with a signature generated from an IAM user account that has the ivs:PutMetadata
// permission", ivs-api-reference-2025-02-28.txt line 462). Both services sign as `ivs` (their
// specs' info["x-amzn-service"].signingName). A full run sends every operation, cleanup and
// `npm run sweep` included; a read-only run only the reading ones (operation-access.ts).
import type { ServiceSpec } from "../../../spec/contract/contract.ts";
import { isReadOperation } from "./operation-access.ts";

export function iamActions(specs: readonly ServiceSpec[], readOnly: boolean): string[] {
  const actions = new Set<string>();
  for (const spec of specs)
    for (const op of spec.operations)
      if (!readOnly || isReadOperation(op)) actions.add(`${spec.signingName}:${op.name}`);
  return [...actions].sort();
}

/** A ready IAM policy document allowing exactly these actions. */
export function iamPolicy(actions: readonly string[]): string {
  return JSON.stringify(
    { Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: actions, Resource: "*" }] },
    null,
    2,
  );
}
