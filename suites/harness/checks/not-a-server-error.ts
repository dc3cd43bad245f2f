// not_a_server_error: no request, valid or not, is answered 5xx (a documented 500 included: the
// spec allows it as an outage, not as an answer to a request), nor left without an answer.
import type { ExchangeContext } from "./context.ts";
import { fail } from "./helpers.ts";

export function notAServerError(ctx: ExchangeContext): void {
  const { exchange } = ctx;
  if (exchange.transportError) {
    fail(
      "not_a_server_error",
      ctx,
      `${ctx.op.name} gave no HTTP response.`,
      "an HTTP response (success or a documented 4xx error)",
    );
  }
  const status = exchange.response!.status;
  if (status >= 500) {
    const what = ctx.mutation ? "an invalid request (one constraint broken)" : "a request the spec allows";
    fail(
      "not_a_server_error",
      ctx,
      `${ctx.op.name} answered ${what} with a server error.`,
      ctx.mutation ? "400 ValidationException" : "a 2xx or a documented 4xx",
    );
  }
}
