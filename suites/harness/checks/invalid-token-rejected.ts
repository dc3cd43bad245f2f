// invalid_token_rejected: a nextToken the target never issued is answered 400, not a page and not
// a server error.
import type { ExchangeContext } from "./context.ts";
import { fail } from "./helpers.ts";

export function invalidTokenRejected(ctx: ExchangeContext): void {
  const r = ctx.exchange.response;
  if (r?.status === 400) return;
  fail(
    "invalid_token_rejected",
    ctx,
    "A nextToken the target never issued was not rejected.",
    "400 (ValidationException)",
  );
}
