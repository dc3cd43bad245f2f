// content_type: every response body (success or error) is sent as application/json.
import { mediaType } from "../clients/exchange.ts";
import type { ExchangeContext } from "./context.ts";
import { fail } from "./helpers.ts";

export function contentType(ctx: ExchangeContext): void {
  const r = ctx.exchange.response;
  if (!r || r.body === "") return;
  const type = mediaType(r.headers);
  if (type !== "application/json")
    fail("content_type", ctx, `A ${r.status} body came as ${type || "no content type"}.`, "application/json");
}
