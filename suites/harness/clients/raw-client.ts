// Raw signed requests, for what the SDK cannot send (a wrong type, a missing required member,
// malformed JSON) and for operations the installed SDK does not know. Signed with SigV4 through
// @smithy/signature-v4, never by hand.
import { Sha256 } from "@aws-crypto/sha256-js";
import { HttpRequest } from "@smithy/protocol-http";
import { SignatureV4 } from "@smithy/signature-v4";
import type { Credentials } from "../target.ts";
import type { Exchange } from "./exchange.ts";
import type { RetryPolicy } from "./retry-policy.ts";
import { send } from "./transport.ts";
import { queryString, type WireRequest } from "./wire-request.ts";

export interface RawOptions {
  operation: string;
  baseUrl: string;
  region: string;
  signingName: string;
  credentials: Credentials;
  timeoutMs: number;
  connections: number;
  /** Retries throttling and transient answers as the SDK clients do; each attempt is signed afresh. */
  retry: RetryPolicy;
}

export async function sendRaw(wire: WireRequest, options: RawOptions): Promise<Exchange> {
  const started = performance.now();
  const exchange = await options.retry.send(() => sendOnce(wire, options));
  exchange.ms = performance.now() - started;
  return exchange;
}

/**
 * One signer per credentials, service and region: SignatureV4 caches the signing key it derives for
 * a day and scope, which a signer made per request would derive again every time.
 */
const signers = new WeakMap<Credentials, Map<string, SignatureV4>>();

function signerFor(options: RawOptions): SignatureV4 {
  let byScope = signers.get(options.credentials);
  if (!byScope) {
    byScope = new Map();
    signers.set(options.credentials, byScope);
  }
  const scope = `${options.signingName}|${options.region}`;
  const cached = byScope.get(scope);
  if (cached) return cached;
  const signer = new SignatureV4({
    service: options.signingName,
    region: options.region,
    credentials: options.credentials,
    sha256: Sha256,
  });
  byScope.set(scope, signer);
  return signer;
}

async function sendOnce(wire: WireRequest, options: RawOptions): Promise<Exchange> {
  const base = new URL(options.baseUrl);
  const prefix = base.pathname.replace(/\/$/, "");
  const headers: Record<string, string> = { host: base.host };
  if (wire.body !== undefined) headers["content-type"] = "application/json";
  const unsigned = new HttpRequest({
    protocol: base.protocol,
    hostname: base.hostname,
    ...(base.port ? { port: Number(base.port) } : {}),
    method: wire.method,
    path: prefix + wire.path,
    query: wire.query,
    headers,
    ...(wire.body !== undefined ? { body: wire.body } : {}),
  });
  const signed = (await signerFor(options).sign(unsigned)) as HttpRequest;
  const url = `${base.origin}${prefix}${wire.path}${queryString(wire.query)}`;
  const started = performance.now();
  const result = await send({
    url,
    method: wire.method,
    headers: signed.headers,
    ...(wire.body !== undefined ? { body: wire.body } : {}),
    timeoutMs: options.timeoutMs,
    connections: options.connections,
  });
  const request = {
    method: wire.method,
    url,
    headers: signed.headers,
    ...(wire.body !== undefined ? { body: wire.body } : {}),
  };
  const ms = performance.now() - started;
  return "error" in result
    ? { operation: options.operation, request, transportError: result.error, via: "raw", ms }
    : { operation: options.operation, request, response: result.response, via: "raw", ms };
}
