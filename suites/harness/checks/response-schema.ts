// response_schema: a 2xx body validates against the documented success schema (ajv); where the
// documented success has no content (204), the body is empty.
import { parseJsonBody } from "../clients/exchange.ts";
import { componentValidator, validationErrors } from "../schema-validator.ts";
import { defineCheck } from "./define-check.ts";

export const responseSchema = defineCheck({
  name: "response_schema",
  family: "responses",
  property: "exchanges",
  failsWhen:
    "a 2xx body does not validate against the documented schema (ajv), or a documented empty body is not empty",
  judge({ op, exchange, mutation }, fail) {
    const r = exchange.response;
    if (!r || r.status < 200 || r.status >= 300) return;
    if (!op.successRef) {
      if (r.body.trim() === "") return;
      return fail({
        op,
        exchange,
        mutation,
        title: `${op.name} documents no response body, but one was sent.`,
        documented: `${op.successStatus} with an empty body`,
      });
    }
    const parsed = parseJsonBody(r.body);
    if (!parsed.ok)
      return fail({ op, exchange, mutation, title: "The success body is not JSON.", documented: op.successRef });
    const validate = componentValidator(op.service, op.successRef);
    if (validate(parsed.value)) return;
    return fail({
      op,
      exchange,
      mutation,
      title: `The success body does not match the documented schema: ${validationErrors(validate)}.`,
      documented: op.successRef,
    });
  },
});
