// HTTP for both clients: one undici Agent with keep-alive (connections are reused across the many
// small requests of a run), a time limit on every request, and a count of requests for benchmarks.
// With CONFORMANCE_RECORD=<file>, every request is appended to that file as one JSON line (method,
// path and query, headers without the signature, body) for `npm run bench` to replay.
import { appendFileSync } from "node:fs";
import { Agent, request } from "undici";
import { learnSecrets } from "../redact.ts";
import type { ReceivedResponse, TransportErrorKind } from "./exchange.ts";

let agent: Agent | undefined;
let sent = 0;

/**
 * The process's one Agent, made on first use with that caller's connection limit; later callers
 * share it as made (every client of a run asks for the same limit: RunConfig.concurrency x 2).
 */
function sharedAgent(connections: number): Agent {
  agent ??= new Agent({ connections, keepAliveTimeout: 10_000, pipelining: 1 });
  return agent;
}

/** Requests sent by this process so far (benchmarks read the difference). */
export const requestsSent = () => sent;

export async function closeTransport(): Promise<void> {
  const a = agent;
  agent = undefined;
  await a?.close();
}

export interface HttpCall {
  url: string;
  method: string;
  headers: Record<string, string>;
  body?: string | Uint8Array;
  timeoutMs: number;
  connections: number;
}

export type HttpResult = { response: ReceivedResponse } | { error: { kind: TransportErrorKind; message: string } };

/** Headers a recording leaves out: the SigV4 signature and its inputs, and what undici sets itself. */
export const UNRECORDED: ReadonlySet<string> = new Set([
  "authorization",
  "x-amz-date",
  "x-amz-security-token",
  "x-amz-content-sha256",
  "host",
  "content-length",
  "connection",
  "transfer-encoding",
]);

/** One recorded request as a JSON line; never a credential (the replay target runs without --auth). */
export function recordLine(call: Pick<HttpCall, "url" | "method" | "headers" | "body">): string {
  const url = new URL(call.url);
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(call.headers)) if (!UNRECORDED.has(k.toLowerCase())) headers[k] = v;
  const body =
    call.body === undefined
      ? {}
      : typeof call.body === "string"
        ? { body: call.body }
        : { bodyBase64: Buffer.from(call.body).toString("base64") };
  return `${JSON.stringify({ method: call.method, path: url.pathname + url.search, headers, ...body })}\n`;
}

const recordTo = process.env.CONFORMANCE_RECORD;

export async function send(call: HttpCall): Promise<HttpResult> {
  sent++;
  // One write per line, to a file opened for appending: the workers' lines do not interleave.
  if (recordTo) appendFileSync(recordTo, recordLine(call));
  const signal = AbortSignal.timeout(call.timeoutMs);
  try {
    const res = await request(call.url, {
      method: call.method as "GET",
      headers: call.headers,
      ...(call.body !== undefined ? { body: call.body } : {}),
      dispatcher: sharedAgent(call.connections),
      headersTimeout: call.timeoutMs,
      bodyTimeout: call.timeoutMs,
      signal,
    });
    const body = await res.body.text();
    // Whatever secret the target hands out is redacted wherever it shows up later (redact.ts).
    learnSecrets(body);
    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries(res.headers))
      if (v !== undefined) headers[k.toLowerCase()] = Array.isArray(v) ? v.join(", ") : v;
    return { response: { status: res.statusCode, headers, body } };
  } catch (e) {
    const err = e as Error & { code?: string };
    const timedOut =
      signal.aborted ||
      err.name === "TimeoutError" ||
      err.code === "UND_ERR_HEADERS_TIMEOUT" ||
      err.code === "UND_ERR_BODY_TIMEOUT";
    return {
      error: timedOut
        ? { kind: "timeout", message: `no answer within ${call.timeoutMs} ms` }
        : { kind: "connection", message: `${err.code ?? err.name}: ${err.message}` },
    };
  }
}
