// rejects_invalid_input: a request with exactly one documented constraint broken is answered 400
// ValidationException (a 2xx accepts it, a 5xx crashes on it: both fail).
import type { ExchangeContext } from "./context.ts";
import { errorNameOf, fail } from "./helpers.ts";

export function rejectsInvalidInput(ctx: ExchangeContext): void {
  const r = ctx.exchange.response;
  if (!r) return;
  if (r.status === 400 && errorNameOf(ctx.exchange) === "ValidationException") return;
  const how =
    r.status < 300 ? "accepted" : r.status >= 500 ? "answered with a server error" : "answered with another error";
  fail("rejects_invalid_input", ctx, `A request with one constraint broken was ${how}.`, "400 ValidationException");
}
