// Limits the documentation states per parent resource, with the way it documents to make room:
// CreateChannel already makes the channel's one stream key, so CreateStreamKey on it fails unless
// the existing key is deleted first. Where the suite needs a fresh resource under such a parent,
// it follows the documented reset (list the parent's resources, delete each) before creating.

import type { OperationSpec } from "../../spec/contract/contract.ts";
import type { OperationInput, OperationName } from "../../spec/contract/operation-types.ts";
import type { ServiceName } from "../../spec/contract/service-name.ts";
import type { Input } from "./arbitraries/input-arbitrary.ts";
import { type Exchange, parseJsonBody, succeeded } from "./clients/exchange.ts";
import { describeResponse } from "./failure.ts";

export interface DocumentedReset {
  id: string;
  service: ServiceName;
  /** The producer the limit applies to. */
  operation: string;
  /** Its input member naming the parent that holds at most `limit` resources. */
  parentMember: string;
  limit: number;
  /** How the existing resources are found: a list scoped by the parent. */
  list: { operation: string; parentMember: string };
  /** How each is removed: a delete taking the resource's ARN. */
  remove: { operation: string; member: string };
  /** The documentation's words, and where they are. */
  documented: string;
}

type MemberOf<S extends ServiceName, N extends OperationName<S>> = keyof OperationInput<S, N> & string;

/** A reset whose operations and members are checked against the generated types (a rename fails `tsc`). */
function reset<
  S extends ServiceName,
  const P extends OperationName<S>,
  const L extends OperationName<S>,
  const R extends OperationName<S>,
>(r: {
  id: string;
  service: S;
  operation: P;
  parentMember: MemberOf<S, P>;
  limit: number;
  list: { operation: L; parentMember: MemberOf<S, L> };
  remove: { operation: R; member: MemberOf<S, R> };
  documented: string;
}): DocumentedReset {
  return r;
}

export const DOCUMENTED_RESETS: readonly DocumentedReset[] = [
  reset({
    id: "stream-key-reset",
    service: "ivs",
    operation: "CreateStreamKey",
    parentMember: "channelArn",
    limit: 1,
    list: { operation: "ListStreamKeys", parentMember: "channelArn" },
    remove: { operation: "DeleteStreamKey", member: "arn" },
    documented:
      "API reference, CreateStreamKey (spec/sources/ivs-api-reference-2025-02-28.txt line 1459): " +
      '"CreateChannel creates a stream key. If you subsequently use CreateStreamKey on the same channel, ' +
      "it will fail because a stream key already exists and there is a limit of 1 stream key per channel. " +
      'To reset the stream key on a channel, use DeleteStreamKey and then CreateStreamKey."',
  }),
];

export const resetFor = (op: OperationSpec): DocumentedReset | undefined =>
  DOCUMENTED_RESETS.find((r) => r.service === op.service && r.operation === op.name);

/** The reset whose list is `op`: no parent holds more than `limit` of that list's items. */
export const limitListedBy = (op: OperationSpec): DocumentedReset | undefined =>
  DOCUMENTED_RESETS.find((r) => r.service === op.service && r.list.operation === op.name);

type Call = (op: OperationSpec, input: Input) => Promise<Exchange>;

/**
 * Before `op` on `input`, deletes what the parent already holds, as documented. Returns the ARNs
 * deleted, or why the reset could not be done (a failed list or delete, named with its answer).
 */
export async function applyReset(
  operations: readonly OperationSpec[],
  op: OperationSpec,
  input: Input,
  call: Call,
): Promise<{ deleted: string[] } | { failure: string }> {
  const reset = resetFor(op);
  const parent = reset ? input[reset.parentMember] : undefined;
  if (!reset || typeof parent !== "string") return { deleted: [] };
  const list = operations.find((o) => o.name === reset.list.operation);
  const remove = operations.find((o) => o.name === reset.remove.operation);
  if (!list?.pagination || !remove)
    return {
      failure:
        `the reset ${reset.id} needs ${reset.list.operation} (paginated) and ${reset.remove.operation}, ` +
        "which the spec does not have",
    };
  const listed = await call(list, { [reset.list.parentMember]: parent });
  const parsed = succeeded(listed) ? parseJsonBody(listed.response!.body) : undefined;
  if (!parsed?.ok)
    return {
      failure: `the reset ${reset.id} could not list ${parent}: ${list.name} answered ${describeResponse(listed)}`,
    };
  const items = (parsed.value as Record<string, unknown> | null)?.[list.pagination.items];
  const deleted: string[] = [];
  for (const item of Array.isArray(items) ? (items as Record<string, unknown>[]) : []) {
    if (typeof item?.arn !== "string") continue;
    const removed = await call(remove, { [reset.remove.member]: item.arn });
    const status = removed.response?.status ?? 0;
    if (status < 200 || status >= 300)
      return {
        failure:
          `the reset ${reset.id} could not delete ${item.arn}: ` +
          `${remove.name} answered ${describeResponse(removed)}`,
      };
    deleted.push(item.arn);
  }
  return { deleted };
}
