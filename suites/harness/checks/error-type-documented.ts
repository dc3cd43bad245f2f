// error_type_documented: an error response names an error (as the SDK resolves the name) that the
// operation documents, with the status documented for it.
import type { ExchangeContext } from "./context.ts";
import { errorNameOf, fail } from "./helpers.ts";

export function errorTypeDocumented(ctx: ExchangeContext): void {
  const r = ctx.exchange.response;
  if (!r || r.status < 300) return;
  const documented = ctx.op.errors.map((e) => `${e.name} (${e.status})`).join(", ") || "no errors";
  const name = errorNameOf(ctx.exchange);
  if (!name)
    fail(
      "error_type_documented",
      ctx,
      `The ${r.status} response names no error (no x-amzn-ErrorType header, no code or __type in the body).`,
      documented,
    );
  const error = ctx.op.errors.find((e) => e.name === name);
  if (!error) fail("error_type_documented", ctx, `Error ${name} is not documented for ${ctx.op.name}.`, documented);
  if (error.status !== r.status)
    fail(
      "error_type_documented",
      ctx,
      `${name} came with status ${r.status}, documented as ${error.status}.`,
      `${name} (${error.status})`,
    );
}
