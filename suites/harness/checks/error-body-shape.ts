// error_body_shape: an error body is a JSON object with the documented error's members. The
// error's message member (`exceptionMessage`, from the SDK's model) is judged only as the documents
// state it: required and absent fails (schema validation); not required and absent is recorded as an
// observation (error_without_message), never a failure.
import { errorNameOf } from "../clients/error-name.ts";
import { parseJsonBody } from "../clients/exchange.ts";
import { judgedSpec } from "../judged-spec.ts";
import { messageMember } from "../observations/error-message.ts";
import { observe } from "../observations/sink.ts";
import { componentValidator, validationErrors } from "../schema-validator.ts";
import { defineCheck } from "./define-check.ts";

export const errorBodyShape = defineCheck({
  name: "error_body_shape",
  family: "responses",
  property: "exchanges",
  failsWhen: "an error body is not JSON with the error's members",
  judge({ op, exchange, mutation }, fail) {
    const r = exchange.response;
    if (!r || r.status < 300) return;
    const parsed = parseJsonBody(r.body);
    if (!parsed.ok || !parsed.value || typeof parsed.value !== "object" || Array.isArray(parsed.value)) {
      return fail({
        op,
        exchange,
        mutation,
        title: `The ${r.status} error body is not a JSON object.`,
        documented: "a JSON object with the error's members",
      });
    }
    const name = errorNameOf(exchange);
    if (!name || !op.errors.some((e) => e.name === name)) return;
    const validate = componentValidator(op.service, name);
    if (!validate(parsed.value)) {
      return fail({
        op,
        exchange,
        mutation,
        title: `The ${name} body does not match its documented shape: ${validationErrors(validate)}.`,
        documented: `#/components/schemas/${name}`,
      });
    }
    const message = messageMember(judgedSpec(op.service).component(name));
    if (message && !message.required && !(message.name in parsed.value)) {
      observe(
        {
          op,
          kind: "error_without_message",
          subject: name,
          observed:
            `${op.name}'s ${r.status} ${name} body has no ${message.name} ` +
            "(the SDK's model has the member; the documents do not require it)",
        },
        exchange,
      );
    }
  },
});
