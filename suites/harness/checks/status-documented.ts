// status_documented: the status is the documented success status or a documented error's status.
import type { ExchangeContext } from "./context.ts";
import { documentedStatuses, fail } from "./helpers.ts";

export function statusDocumented(ctx: ExchangeContext): void {
  const r = ctx.exchange.response;
  if (!r) return;
  if (r.status === ctx.op.successStatus || ctx.op.errors.some((e) => e.status === r.status)) return;
  fail(
    "status_documented",
    ctx,
    `Status ${r.status} is not documented for ${ctx.op.name}.`,
    documentedStatuses(ctx.op),
  );
}
