// The harness's handle on one target: both services' endpoints, credentials, the SDK clients and
// the raw client, and the run's settings. `call` sends a well-formed input through the SDK (raw
// when the SDK cannot say it); `raw` sends anything at all. Every request passes the run's safety
// rules first (run-safety/run-guard.ts: read-only mode, the resource budget, the documented rates,
// the registry of what was created), unless the session is the sweeper's own.

import type { OperationSpec } from "../../../spec/contract/contract.ts";
import type { ServiceName } from "../../../spec/contract/service-name.ts";
import type { Input } from "../arbitraries/input-arbitrary.ts";
import type { RunConfig } from "../config.ts";
import { describeResponse } from "../failure.ts";
import { judgedSpec } from "../judged-spec.ts";
import { rememberSecret } from "../redact.ts";
import { type Permit, RunGuard } from "../run-safety/run-guard.ts";
import type { Credentials, Target } from "../target.ts";
import { type CredentialProvider, credentialProvider } from "./credential-chain.ts";
import { type Exchange, parseJsonBody, type SentRequest } from "./exchange.ts";
import { sendRaw } from "./raw-client.ts";
import { RetryPolicy, ThrottledError } from "./retry-policy.ts";
import { createSdkClient, sendSdk } from "./sdk-client.ts";
import { wireRequest } from "./wire-request.ts";

export class Session {
  private readonly clients = new Map<ServiceName, ReturnType<typeof createSdkClient>>();
  private readonly provider: CredentialProvider;
  /** One policy, one retry quota, for every request of the session, SDK or raw. */
  readonly retry: RetryPolicy;
  /** The run's safety rules; absent for the sweeper, which only lists and deletes. */
  readonly guard: RunGuard | undefined;

  constructor(
    readonly target: Target,
    readonly config: RunConfig,
    options: { guarded?: boolean } = {},
  ) {
    this.retry = new RetryPolicy(config.retry);
    this.provider = credentialProvider(target);
    this.guard = options.guarded === false ? undefined : new RunGuard(config.safety, (s) => judgedSpec(s));
  }

  endpoint(service: ServiceName): string {
    const explicit = this.target.endpoints[service];
    if (explicit) return explicit;
    return `https://${judgedSpec(service).endpointPrefix}.${this.target.region}.amazonaws.com`;
  }

  private sdk(service: ServiceName) {
    let client = this.clients.get(service);
    if (!client) {
      client = createSdkClient({
        service,
        region: this.target.region,
        ...(this.target.endpoints[service] ? { endpoint: this.target.endpoints[service] } : {}),
        credentials: this.provider,
        timeoutMs: this.config.timeoutMs,
        connections: this.config.concurrency * 2,
        retry: this.retry,
      });
      this.clients.set(service, client);
    }
    return client;
  }

  /**
   * The credentials requests are signed with, asked of the provider each time (the chain's own memo
   * refreshes temporary credentials before they expire); a secret among them is redacted wherever it shows.
   */
  async credentials(): Promise<Credentials> {
    const c = await this.provider();
    rememberSecret(c.secretAccessKey);
    rememberSecret(c.sessionToken);
    return c;
  }

  /** Sends under the run's safety rules: refused (NotRunError), or sent and its answer settled. */
  private async guarded(op: OperationSpec, input: Input, send: () => Promise<Exchange>): Promise<Exchange> {
    if (!this.guard) return send();
    const permit: Permit = await this.guard.admit(op, input);
    let exchange: Exchange | undefined;
    try {
      exchange = await send();
      return exchange;
    } finally {
      this.guard.settle(op, permit, exchange);
    }
  }

  /** A well-formed input, through the official SDK; raw where the SDK cannot send it faithfully. */
  call(op: OperationSpec, input: Input): Promise<Exchange> {
    return this.guarded(op, input, async () => {
      const outcome = await sendSdk(this.sdk(op.service), op.service, op.name, input, (request) =>
        sentFaithfully(op, input, request),
      );
      return outcome.exchange ? this.final(outcome.exchange) : this.sendRaw(op, input);
    });
  }

  /** Exactly this input on the wire (or this body text, for malformed JSON), signed. */
  raw(op: OperationSpec, input: Input, rawBody?: string): Promise<Exchange> {
    return this.guarded(op, input, () => this.sendRaw(op, input, rawBody));
  }

  private async sendRaw(op: OperationSpec, input: Input, rawBody?: string): Promise<Exchange> {
    const exchange = await sendRaw(wireRequest(op, input, rawBody), {
      operation: op.name,
      baseUrl: this.endpoint(op.service),
      region: this.target.region,
      signingName: judgedSpec(op.service).signingName,
      credentials: await this.credentials(),
      timeoutMs: this.config.timeoutMs,
      connections: this.config.concurrency * 2,
      retry: this.retry,
    });
    return this.final(exchange);
  }

  /** A throttled answer is no answer to judge: past the retry budget, the request's cell is not run. */
  private final(exchange: Exchange): Exchange {
    if (!this.retry.throttled(exchange)) return exchange;
    const attempts = exchange.attempts ?? 1;
    throw new ThrottledError(
      exchange.operation,
      attempts,
      this.config.retry.maxAttempts,
      describeResponse(exchange).slice(0, 200),
    );
  }
}

/** An SDK older than the spec drops members it does not know; then the raw client must send. */
function sentFaithfully(op: OperationSpec, input: Input, request: SentRequest): boolean {
  const bodyMembers = op.input.filter((m) => m.in === "body" && input[m.name] !== undefined);
  if (bodyMembers.length === 0) return true;
  const parsed = parseJsonBody(request.body ?? "");
  if (!parsed.ok || !parsed.value || typeof parsed.value !== "object") return false;
  const sent = parsed.value as Record<string, unknown>;
  return bodyMembers.every((m) => m.wireName in sent);
}
