// The error name as the AWS SDK for JavaScript resolves it for restJson1 (loadRestJsonErrorCode):
// the `x-amzn-ErrorType` header, else the body's `code`, else its `__type`; each cut at `,` and `:`
// and keeping what follows `#` (`aws.ivs#ValidationException:http://...` -> `ValidationException`).
import { type Exchange, parseJsonBody, type ReceivedResponse } from "./exchange.ts";

function sanitizeErrorCode(raw: string): string {
  let value = raw;
  if (value.includes(",")) value = value.split(",")[0]!;
  if (value.includes(":")) value = value.split(":")[0]!;
  if (value.includes("#")) value = value.split("#")[1]!;
  return value.trim();
}

export function resolveErrorName(response: ReceivedResponse): string | undefined {
  const header = response.headers["x-amzn-errortype"];
  if (header) return sanitizeErrorCode(header);
  const parsed = parseJsonBody(response.body);
  if (parsed.ok && parsed.value && typeof parsed.value === "object") {
    const body = parsed.value as Record<string, unknown>;
    if (typeof body.code === "string") return sanitizeErrorCode(body.code);
    if (typeof body.__type === "string") return sanitizeErrorCode(body.__type);
  }
  return undefined;
}

/** The error name of an exchange's response, as the SDK resolves it; undefined without a response. */
export const errorNameOf = (exchange: Exchange) =>
  exchange.response ? resolveErrorName(exchange.response) : undefined;
