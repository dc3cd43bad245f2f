// Whether a target implements an operation at all, judged from one well-formed request. Only strong
// evidence counts, so that a target's real mistakes are never hidden as "not implemented":
//
// - no HTTP answer: a refused or reset connection, or nothing within the time limit;
// - a 404, 405 or 501 whose body is not JSON (an HTML page, text, nothing): a web server's or a
//   router's answer, not the service's;
// - an error that says the operation is unknown: `UnknownOperationException` (AWS's restJson1
//   services and the reference emulator, for a route that is no operation), `UnknownOperation`,
//   `InvalidAction` (query-protocol services, moto), `NotImplemented` (S3), or LocalStack's
//   `InternalFailure` with 501 ("API action ... not yet implemented or pro feature").
//
// Anything else, a JSON error with an undocumented name included, is an implementation: its cells
// run, and the checks judge the answer (`error_type_documented` fails an undocumented name).

import type { OperationSpec } from "../../spec/contract/contract.ts";
import { resolveErrorName } from "./clients/error-name.ts";
import type { Exchange } from "./clients/exchange.ts";
import { parseJsonBody } from "./clients/exchange.ts";
import { describeResponse } from "./failure.ts";

/** Error names that say the operation does not exist, and the statuses they count with (any when absent). */
const UNKNOWN_OPERATION: Record<string, readonly number[] | undefined> = {
  UnknownOperationException: undefined,
  UnknownOperation: undefined,
  InvalidAction: undefined,
  NotImplemented: undefined,
  InternalFailure: [501],
};

/** Statuses with which a router or web server says that nothing answers at this path. */
const NO_ROUTE = [404, 405, 501];

function strongEvidence(probe: Exchange): boolean {
  const r = probe.response!;
  if (r.status < 400) return false;
  const name = resolveErrorName(r);
  if (name !== undefined && Object.hasOwn(UNKNOWN_OPERATION, name)) {
    const statuses = UNKNOWN_OPERATION[name];
    if (!statuses || statuses.includes(r.status)) return true;
  }
  if (!NO_ROUTE.includes(r.status)) return false;
  const parsed = parseJsonBody(r.body);
  return !(parsed.ok && parsed.value !== null && typeof parsed.value === "object");
}

export function notImplementedReason(op: OperationSpec, probe: Exchange): string | undefined {
  if (probe.transportError)
    return (
      `not implemented by the target: ${op.method} ${op.path} got no HTTP response ` +
      `(${probe.transportError.kind}: ${probe.transportError.message})`
    );
  if (!strongEvidence(probe)) return undefined;
  return `not implemented by the target: ${op.method} ${op.path} answered ${describeResponse(probe).slice(0, 200)}`;
}
