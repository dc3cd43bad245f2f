// response_schema: a 2xx body validates against the documented success schema (ajv); where the
// documented success has no content (204), the body is empty. Members the schema does not list
// validate (the spec's structures leave additionalProperties open, and AWS adds members over time):
// each is recorded as an observation (undocumented_member), never a failure.
import { parseJsonBody } from "../clients/exchange.ts";
import { observe } from "../observations/sink.ts";
import { undocumentedMembers } from "../observations/undocumented-members.ts";
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
    if (!validate(parsed.value)) {
      return fail({
        op,
        exchange,
        mutation,
        title: `The success body does not match the documented schema: ${validationErrors(validate)}.`,
        documented: op.successRef,
      });
    }
    for (const member of undocumentedMembers(op.successSchema!, parsed.value)) {
      observe(
        {
          op,
          kind: "undocumented_member",
          subject: member,
          observed:
            `${op.name}'s ${r.status} body carries ${member}, which the documented schema (${op.successRef}) ` +
            "does not list",
        },
        exchange,
      );
    }
  },
});
