// The error-status checks: a situation the documentation names an error for is answered with it.
//   missing_resource_not_found        a pattern-valid ARN of a resource that does not exist -> 404 ResourceNotFoundException
//   conflict_reported                 a documented conflict (deleting what another resource uses, importing twice) -> 409 ConflictException
//   offline_channel_not_broadcasting  a stream operation on an existing channel that is offline -> 404 ChannelNotBroadcasting
import type { ExchangeContext } from "./context.ts";
import { errorNameOf, fail } from "./helpers.ts";

function expectError(check: string, ctx: ExchangeContext, status: number, name: string, situation: string): void {
  const r = ctx.exchange.response;
  if (r?.status === status && errorNameOf(ctx.exchange) === name) return;
  fail(check, ctx, `${situation} was not answered ${status} ${name}.`, `${status} ${name}`);
}

export const missingResourceNotFound = (ctx: ExchangeContext, what: string) =>
  expectError(
    "missing_resource_not_found",
    ctx,
    404,
    "ResourceNotFoundException",
    `A request naming ${what}, which does not exist,`,
  );

export const conflictReported = (ctx: ExchangeContext, what: string) =>
  expectError("conflict_reported", ctx, 409, "ConflictException", what);

export const offlineChannelNotBroadcasting = (ctx: ExchangeContext) =>
  expectError(
    "offline_channel_not_broadcasting",
    ctx,
    404,
    "ChannelNotBroadcasting",
    "A stream operation on an existing channel that is not live",
  );
