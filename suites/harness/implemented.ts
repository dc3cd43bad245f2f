// Whether a target implements an operation at all, judged from one well-formed request. A
// third-party emulator that lacks an operation answers with an HTML 404, a 501, an unknown
// operation error, a reset connection or nothing: those operations are reported "not implemented"
// and their checks not run, instead of failing every check for the same reason.

import type { OperationSpec } from "../../spec/contract/contract.ts";
import { resolveErrorName } from "./clients/error-name.ts";
import type { Exchange } from "./clients/exchange.ts";
import { parseJsonBody } from "./clients/exchange.ts";
import { describeResponse } from "./failure.ts";

export function notImplementedReason(op: OperationSpec, probe: Exchange): string | undefined {
  if (probe.transportError)
    return (
      `not implemented by the target: ${op.method} ${op.path} got no HTTP response ` +
      `(${probe.transportError.kind}: ${probe.transportError.message})`
    );
  const r = probe.response!;
  if (![404, 405, 501].includes(r.status)) return undefined;
  const parsed = parseJsonBody(r.body);
  const isObject = parsed.ok && parsed.value !== null && typeof parsed.value === "object";
  const name = resolveErrorName(r);
  // A documented error (ResourceNotFoundException for a valid but unknown ARN) is an implementation.
  if (isObject && name && op.errors.some((e) => e.name === name)) return undefined;
  return `not implemented by the target: ${op.method} ${op.path} answered ${describeResponse(probe).slice(0, 200)}`;
}
