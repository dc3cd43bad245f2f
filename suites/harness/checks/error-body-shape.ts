// error_body_shape: an error body is a JSON object with the documented error's members.
import { parseJsonBody } from "../clients/exchange.ts";
import { componentValidator, validationErrors } from "../schema-validator.ts";
import type { ExchangeContext } from "./context.ts";
import { errorNameOf, fail } from "./helpers.ts";

export function errorBodyShape(ctx: ExchangeContext): void {
  const r = ctx.exchange.response;
  if (!r || r.status < 300) return;
  const parsed = parseJsonBody(r.body);
  if (!parsed.ok || !parsed.value || typeof parsed.value !== "object" || Array.isArray(parsed.value)) {
    fail(
      "error_body_shape",
      ctx,
      `The ${r.status} error body is not a JSON object.`,
      "a JSON object with the error's members",
    );
  }
  const name = errorNameOf(ctx.exchange);
  if (!name || !ctx.op.errors.some((e) => e.name === name)) return;
  const validate = componentValidator(ctx.op.service, name);
  if (!validate(parsed.value))
    fail(
      "error_body_shape",
      ctx,
      `The ${name} body does not match its documented shape: ${validationErrors(validate)}.`,
      `#/components/schemas/${name}`,
    );
}
