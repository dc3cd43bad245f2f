// rejects_invalid_input: a request with exactly one documented constraint broken is answered 400
// ValidationException (a 2xx accepts it, a 5xx crashes on it: both fail).
import { errorNameOf } from "../clients/error-name.ts";
import { defineCheck } from "./define-check.ts";

export const rejectsInvalidInput = defineCheck({
  name: "rejects_invalid_input",
  family: "constraints",
  property: "exchanges",
  cases: ["invalid"],
  failsWhen: "a request with exactly one constraint violated is not answered 400 ValidationException",
  judge({ op, exchange, mutation }, fail) {
    const r = exchange.response;
    if (!r) return;
    if (r.status === 400 && errorNameOf(exchange) === "ValidationException") return;
    const how =
      r.status < 300 ? "accepted" : r.status >= 500 ? "answered with a server error" : "answered with another error";
    fail({
      op,
      exchange,
      mutation,
      title: `A request with one constraint broken was ${how}.`,
      documented: "400 ValidationException",
    });
  },
});
