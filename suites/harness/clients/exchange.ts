// One request and what came back: the unit every check looks at.
export interface SentRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: string;
}

export interface ReceivedResponse {
  status: number;
  /** Lower-cased names. */
  headers: Record<string, string>;
  body: string;
}

export type TransportErrorKind = "timeout" | "connection";

export interface Exchange {
  operation: string;
  request: SentRequest;
  response?: ReceivedResponse;
  /** No HTTP response at all: the connection failed or the time limit passed. */
  transportError?: { kind: TransportErrorKind; message: string };
  /** Which client sent it: the official SDK, or a raw signed request. */
  via: "sdk" | "raw";
  /** The error name the SDK resolved, for SDK calls that failed. */
  sdkErrorName?: string;
  /**
   * Times the request was sent (retry-policy.ts): the request and response recorded are the last
   * attempt's, the answer the checks judge. Absent when the harness did not send it.
   */
  attempts?: number;
  /** From the first attempt to the final answer, retries and their waits included. */
  ms: number;
}

/** Whether the target answered with a 2xx. */
export const succeeded = (e: Pick<Exchange, "response">): boolean =>
  !!e.response && e.response.status >= 200 && e.response.status < 300;

export const mediaType = (headers: Record<string, string>) =>
  (headers["content-type"] ?? "").split(";")[0]!.trim().toLowerCase();

export function parseJsonBody(body: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(body) };
  } catch {
    return { ok: false };
  }
}
