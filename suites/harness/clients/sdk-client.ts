// Well-formed calls go through the official SDK, as a user's would. Its HTTP handler is ours
// (undici, keep-alive, a time limit), its retry strategy the harness's one policy (retry-policy.ts),
// and a middleware next to the handler records the exact bytes exchanged on each attempt, so the
// checks see the wire of the final answer and not the SDK's reading of it. The SDK's Node version
// notice is off in the processes that make clients: a run prints its own, once (node-notice.ts).
import * as ivsSdk from "@aws-sdk/client-ivs";
import * as realtimeSdk from "@aws-sdk/client-ivs-realtime";
import { type HttpRequest, HttpResponse } from "@smithy/protocol-http";
import type { ServiceName } from "../../../spec/contract/service-name.ts";
import type { Credentials } from "../target.ts";
import type { Exchange, ReceivedResponse, SentRequest } from "./exchange.ts";
import { silenceSdkNodeNotice } from "./node-notice.ts";
import type { RetryPolicy } from "./retry-policy.ts";
import { send } from "./transport.ts";
import { queryString } from "./wire-request.ts";

type AnyCommand = { middlewareStack: { add: (mw: unknown, options: Record<string, unknown>) => void } };
type CommandClass = new (input: Record<string, unknown>) => AnyCommand;
type AnyClient = {
  send: (command: AnyCommand) => Promise<unknown>;
  middlewareStack: AnyCommand["middlewareStack"];
  config: { credentials: () => Promise<Credentials> };
};

const MODULES: Record<ServiceName, Record<string, unknown>> = { ivs: ivsSdk, "ivs-realtime": realtimeSdk };

function sdkCommand(service: ServiceName, operation: string): CommandClass | undefined {
  const command = MODULES[service][`${operation}Command`];
  return typeof command === "function" ? (command as CommandClass) : undefined;
}

class TransportFailure extends Error {
  constructor(
    readonly kind: "timeout" | "connection",
    message: string,
  ) {
    super(message);
    this.name = kind === "timeout" ? "TimeoutError" : "NetworkingError";
  }
}

/** The URL an SDK request goes to, query string included. */
function requestUrl(r: HttpRequest): string {
  const port = r.port ? `:${r.port}` : "";
  return `${r.protocol}//${r.hostname}${port}${r.path}${queryString(r.query as Record<string, string | string[]>)}`;
}

/** The text each response body the handler hands the SDK was made from: the recorder reads it back. */
const receivedText = new WeakMap<object, string>();

/** The SDK's HttpHandler contract, over our transport. */
class UndiciHandler {
  readonly metadata = { handlerProtocol: "http/1.1" };
  constructor(
    private readonly timeoutMs: number,
    private readonly connections: number,
  ) {}
  async handle(request: HttpRequest): Promise<{ response: HttpResponse }> {
    const url = requestUrl(request);
    const result = await send({
      url,
      method: request.method,
      headers: request.headers,
      ...(request.body !== undefined
        ? { body: request.body instanceof Uint8Array ? bytes(request.body) : (request.body as string) }
        : {}),
      timeoutMs: this.timeoutMs,
      connections: this.connections,
    });
    if ("error" in result) throw new TransportFailure(result.error.kind, result.error.message);
    const { status, headers, body } = result.response;
    const received = Buffer.from(body);
    receivedText.set(received, body);
    return { response: new HttpResponse({ statusCode: status, headers, body: received }) };
  }
  updateHttpClientConfig(): void {}
  httpHandlerConfigs(): Record<string, never> {
    return {};
  }
  destroy(): void {}
}

export interface SdkOptions {
  service: ServiceName;
  region: string;
  /** Absent for AWS: the SDK resolves the regional endpoint. */
  endpoint?: string;
  /** Static, or a provider (the standard chain, clients/credential-chain.ts); absent: the SDK's default chain. */
  credentials?: Credentials | (() => Promise<Credentials>);
  timeoutMs: number;
  connections: number;
  retry: RetryPolicy;
}

export function createSdkClient(options: SdkOptions): AnyClient {
  // Before the first client: the SDK decides whether to print its notice when one is made.
  silenceSdkNodeNotice();
  const config = {
    region: options.region,
    ...(options.endpoint ? { endpoint: options.endpoint } : {}),
    ...(options.credentials ? { credentials: options.credentials } : {}),
    maxAttempts: options.retry.budget.maxAttempts,
    retryStrategy: options.retry,
    requestHandler: new UndiciHandler(options.timeoutMs, options.connections),
    // Each command class's middleware resolved once, not on every request.
    cacheMiddleware: true,
  };
  const Client = options.service === "ivs" ? ivsSdk.IvsClient : realtimeSdk.IVSRealTimeClient;
  const client = new Client(config) as unknown as AnyClient;
  client.middlewareStack.add(wireRecorder, { step: "deserialize", priority: "low", name: "conformanceWireRecorder" });
  return client;
}

/** What the wire recorder saw of one call: its last attempt's request and answer. */
interface Recording {
  operation: string;
  faithful: (request: SentRequest) => boolean;
  attempts: number;
  request?: SentRequest;
  response?: ReceivedResponse;
  transportError?: Exchange["transportError"];
}

/** Each call's recording, by the input object its command was made with (sendSdk). */
const recordings = new WeakMap<object, Recording>();

/**
 * The wire recorder, next to the handler (innermost of the deserialize step): the exact bytes of
 * each attempt. One middleware on the client, not one per command: the client resolves each
 * command's middleware once (`cacheMiddleware`), and the recorder finds the call it serves by the
 * command's input, which the SDK's middleware pass along as given.
 */
const wireRecorder =
  (next: (args: { input: object; request: HttpRequest }) => Promise<{ response: HttpResponse }>) =>
  async (args: { input: object; request: HttpRequest }) => {
    const rec = recordings.get(args.input);
    if (!rec) throw new Error("conformance: an SDK request whose call the wire recorder does not know");
    const r = args.request;
    rec.attempts++;
    rec.response = undefined;
    rec.transportError = undefined;
    const sentBody = bodyText(r.body);
    rec.request = {
      method: r.method,
      url: requestUrl(r),
      headers: { ...r.headers },
      ...(sentBody !== undefined ? { body: sentBody } : {}),
    };
    if (!rec.faithful(rec.request)) {
      throw new Unfaithful(`the SDK's ${rec.operation} request leaves out members of the input`);
    }
    try {
      const result = await next(args);
      const res = result.response;
      rec.response = {
        status: res.statusCode,
        headers: lower(res.headers),
        // The text the transport decoded, not its bytes decoded again (the same text: it came
        // from a decoder, so it holds no lone surrogate that encoding would change).
        body: receivedText.get(res.body as object) ?? Buffer.from(res.body as Uint8Array).toString("utf8"),
      };
      return result;
    } catch (e) {
      if (e instanceof TransportFailure) rec.transportError = { kind: e.kind, message: e.message };
      throw e;
    }
  };

export interface SdkOutcome {
  exchange?: Exchange;
  /** The SDK refused or could not serialize the input before anything was sent. */
  notSent?: string;
}

class Unfaithful extends Error {}

/** Bytes as a Buffer without calling the SDK's body adapter's string methods (it warns on those). */
const bytes = (body: Uint8Array) => Buffer.from(body.buffer, body.byteOffset, body.byteLength);

const bodyText = (body: unknown): string | undefined => {
  if (typeof body === "string") return body;
  if (body instanceof Uint8Array) return bytes(body).toString("utf8");
  return undefined;
};

/**
 * `faithful` sees the serialized request before it leaves: an SDK older than the spec drops
 * members it does not know, and such a request is not sent at all (the caller sends it raw), so
 * that no operation is ever executed twice.
 */
export async function sendSdk(
  client: AnyClient,
  service: ServiceName,
  operation: string,
  input: Record<string, unknown>,
  faithful: (request: SentRequest) => boolean = () => true,
): Promise<SdkOutcome> {
  const Command = sdkCommand(service, operation);
  if (!Command) return { notSent: `the installed SDK has no ${operation}Command` };
  // The recording is found by the command's input object: a copy of the caller's, so each call has its own.
  const own = { ...input };
  const rec: Recording = { operation, faithful, attempts: 0 };
  recordings.set(own, rec);
  const started = performance.now();
  let sdkErrorName: string | undefined;
  try {
    await client.send(new Command(own));
  } catch (e) {
    if (e instanceof Unfaithful) return { notSent: e.message };
    sdkErrorName = (e as Error).name;
  }
  const ms = performance.now() - started;
  const { request, response, transportError, attempts } = rec;
  if (!request) return { notSent: `the SDK did not send ${operation}: ${sdkErrorName ?? "no request"}` };
  const exchange: Exchange = {
    operation,
    request,
    via: "sdk",
    attempts,
    ms,
    ...(response ? { response } : {}),
    ...(transportError ? { transportError } : {}),
  };
  if (response && response.status >= 300 && sdkErrorName) exchange.sdkErrorName = sdkErrorName;
  return { exchange };
}

const lower = (h: Record<string, string>) =>
  Object.fromEntries(Object.entries(h).map(([k, v]) => [k.toLowerCase(), v]));
