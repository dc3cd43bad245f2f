// not_a_server_error: no request, valid or not, is answered 5xx (a documented 500 included: the
// spec allows it as an outage, not as an answer to a request), nor left without an answer. A body
// that is not JSON at all is no constraint's case, but a server error on it is still one; so is a
// body (or a nested object) of another JSON type than an object (mutations/body-shapes.ts).
import { describeBodyShape } from "../mutations/body-shapes.ts";
import { defineCheck } from "./define-check.ts";

export const notAServerError = defineCheck({
  name: "not_a_server_error",
  family: "responses",
  property: "exchanges",
  cases: ["valid", "invalid", "malformed_json", "wrong_body_shape"],
  failsWhen: "a 5xx (or no answer) answers a request the spec allows, or any invalid one",
  judge({ op, exchange, mutation, bodyShape, malformedBody }, fail) {
    if (exchange.transportError) {
      return fail({
        op,
        exchange,
        mutation,
        title: `${op.name} gave no HTTP response.`,
        documented: "an HTTP response (success or a documented 4xx error)",
      });
    }
    if (exchange.response!.status < 500) return;
    const what = bodyShape
      ? describeBodyShape(bodyShape)
      : malformedBody !== undefined
        ? `a body that is not JSON (${JSON.stringify(malformedBody)})`
        : mutation
          ? "an invalid request (one constraint broken)"
          : "a request the spec allows";
    return fail({
      op,
      exchange,
      mutation,
      title: `${op.name} answered ${what} with a server error.`,
      documented:
        bodyShape || malformedBody !== undefined
          ? "a documented 4xx"
          : mutation
            ? "400 ValidationException"
            : "a 2xx or a documented 4xx",
    });
  },
});
