// response_schema: a 2xx body validates against the documented success schema (ajv); where the
// documented success has no content (204), the body is empty.
import { parseJsonBody } from "../clients/exchange.ts";
import { componentValidator, validationErrors } from "../schema-validator.ts";
import type { ExchangeContext } from "./context.ts";
import { fail } from "./helpers.ts";

export function responseSchema(ctx: ExchangeContext): void {
  const r = ctx.exchange.response;
  if (!r || r.status < 200 || r.status >= 300) return;
  const { op } = ctx;
  if (!op.successRef) {
    if (r.body.trim() !== "")
      fail(
        "response_schema",
        ctx,
        `${op.name} documents no response body, but one was sent.`,
        `${op.successStatus} with an empty body`,
      );
    return;
  }
  const parsed = parseJsonBody(r.body);
  if (!parsed.ok) fail("response_schema", ctx, "The success body is not JSON.", op.successRef);
  const validate = componentValidator(op.service, op.successRef);
  if (!validate(parsed.value))
    fail(
      "response_schema",
      ctx,
      `The success body does not match the documented schema: ${validationErrors(validate)}.`,
      op.successRef,
    );
}
