// accepts_valid_input: a request that satisfies every documented constraint (boundary values
// included) is never answered ValidationException.
import type { ExchangeContext } from "./context.ts";
import { errorNameOf, fail } from "./helpers.ts";

export function acceptsValidInput(ctx: ExchangeContext): void {
  if (errorNameOf(ctx.exchange) !== "ValidationException") return;
  fail(
    "accepts_valid_input",
    ctx,
    "A request that satisfies every documented constraint was rejected as invalid.",
    "no ValidationException (success, or another documented error)",
  );
}
