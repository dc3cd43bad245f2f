// accepts_valid_input: a request that satisfies every documented constraint (boundary values
// included) is never answered ValidationException. An operation no document states has no
// documented constraint: where the SDK's model leaves a member's valid values open (a name, an
// ARN, a number without range), no request is known to be valid, so there is nothing to judge.
import { errorNameOf } from "../clients/error-name.ts";
import { sdkStatesNoConstraints, unstatedValidity } from "../sdk-only.ts";
import { defineCheck } from "./define-check.ts";

export const acceptsValidInput = defineCheck({
  name: "accepts_valid_input",
  family: "constraints",
  property: "exchanges",
  cases: ["valid"],
  failsWhen: "a valid request (boundary values included) is answered ValidationException",
  notApplicable(op) {
    if (op.documented) return undefined;
    const open = unstatedValidity(op);
    return open.length
      ? `${sdkStatesNoConstraints(op)}, so no value of ${open.join(", ")} is known to be valid`
      : undefined;
  },
  judge({ op, exchange, mutation }, fail) {
    if (errorNameOf(exchange) !== "ValidationException") return;
    fail({
      op,
      exchange,
      mutation,
      title: "A request that satisfies every documented constraint was rejected as invalid.",
      documented: "no ValidationException (success, or another documented error)",
    });
  },
});
