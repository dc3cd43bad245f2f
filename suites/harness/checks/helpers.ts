// Shared by the checks: the documented facts an exchange is compared with, and the failure shape.

import type { OperationSpec } from "../../../spec/contract/contract.ts";
import { resolveErrorName } from "../clients/error-name.ts";
import type { Exchange } from "../clients/exchange.ts";
import { ConformanceFailure, describeResponse, type FailureDetails } from "../failure.ts";
import type { ExchangeContext } from "./context.ts";

export const errorNameOf = (exchange: Exchange) =>
  exchange.response ? resolveErrorName(exchange.response) : undefined;

export function documentedStatuses(op: OperationSpec): string {
  const errors = op.errors.map((e) => `${e.status} ${e.name}`).join(", ");
  return `${op.successStatus} (success)${errors ? `, ${errors}` : ""}`;
}

export function fail(
  check: string,
  ctx: ExchangeContext,
  title: string,
  documented: string,
  extra: Partial<FailureDetails> = {},
): never {
  throw new ConformanceFailure({
    check,
    service: ctx.op.service,
    operation: ctx.op.name,
    title,
    received: describeResponse(ctx.exchange),
    documented,
    exchange: ctx.exchange,
    ...(ctx.mutation ? { mutation: ctx.mutation } : {}),
    ...extra,
  });
}
