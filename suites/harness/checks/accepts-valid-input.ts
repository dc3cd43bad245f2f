// accepts_valid_input: a request that satisfies every documented constraint (boundary values
// included) is never answered ValidationException.
import { errorNameOf } from "../clients/error-name.ts";
import { defineCheck } from "./define-check.ts";

export const acceptsValidInput = defineCheck({
  name: "accepts_valid_input",
  family: "constraints",
  property: "exchanges",
  cases: ["valid"],
  failsWhen: "a valid request (boundary values included) is answered ValidationException",
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
