// Typed failures, schemathesis-style: which check, which operation, what was received, what is
// documented, the request (redacted), and how to reproduce it: the fast-check seed and path, the
// vitest filter, and a curl command that resends the exact request.

import type { OperationSpec } from "../../spec/contract/contract.ts";
import type { ServiceName } from "../../spec/contract/service-name.ts";
import type { Exchange } from "./clients/exchange.ts";
import type { AppliedMutation } from "./mutations/mutation.ts";
import { redactHeaders, redactText, redactValue } from "./redact.ts";

export interface FailureDetails {
  check: string;
  service: ServiceName;
  operation: string;
  /** One sentence: what went wrong. */
  title: string;
  received: string;
  documented: string;
  exchange?: Exchange;
  mutation?: AppliedMutation;
  /** Anything else a reader needs (which resource, which page). */
  context?: string;
}

/** What a judge states when a check fails; `received` defaults to a description of the exchange. */
export interface FailureInput {
  op: OperationSpec;
  title: string;
  documented: string;
  exchange?: Exchange | undefined;
  mutation?: AppliedMutation | undefined;
  received?: string;
  context?: string;
}

/** The one way a check fails: throws the typed failure, named for the check. */
export function failCheck(check: string, input: FailureInput): never {
  const { op, exchange, mutation, context } = input;
  throw new ConformanceFailure({
    check,
    service: op.service,
    operation: op.name,
    title: input.title,
    received: input.received ?? describeResponse(exchange),
    documented: input.documented,
    ...(exchange ? { exchange } : {}),
    ...(mutation ? { mutation } : {}),
    ...(context ? { context } : {}),
  });
}

export interface Replay {
  seed: number;
  path?: string;
  /** The vitest test title, `<Operation>: <check>`. */
  testTitle: string;
  /** The mutation site the property was restricted to, if any (CONFORMANCE_SITE). */
  site?: string;
  /** Environment assignments that select the target (`IVS_ENDPOINT='...' `); see RunConfig. */
  env?: string;
}

const MAX_BODY = 1500;
const clip = (text: string) =>
  text.length > MAX_BODY ? `${text.slice(0, MAX_BODY)}... (${text.length} characters)` : text;

export function describeResponse(exchange: Exchange | undefined): string {
  if (!exchange) return "(no exchange)";
  if (exchange.transportError)
    return `no HTTP response (${exchange.transportError.kind}: ${exchange.transportError.message})`;
  const r = exchange.response!;
  const type = r.headers["content-type"] ?? "no content-type";
  const errorType = r.headers["x-amzn-errortype"] ? ` x-amzn-ErrorType: ${r.headers["x-amzn-errortype"]}` : "";
  return `${r.status} (${type})${errorType} ${r.body === "" ? "(empty body)" : clip(redactText(r.body))}`;
}

const shellQuote = (s: string) => `'${s.replaceAll("'", `'\\''`)}'`;

/** curl signs SigV4 itself (--aws-sigv4), so the command resends the request as it was. */
function curlCommand(exchange: Exchange, region: string, signingName = "ivs"): string {
  const { method, url, headers, body } = exchange.request;
  const parts = [
    `curl -i --aws-sigv4 ${shellQuote(`aws:amz:${region}:${signingName}`)} ` +
      '--user "$AWS_ACCESS_KEY_ID:$AWS_SECRET_ACCESS_KEY"',
    `-X ${method}`,
  ];
  const type = headers["content-type"] ?? headers["Content-Type"];
  if (type) parts.push(`-H ${shellQuote(`content-type: ${type}`)}`);
  if (body !== undefined) parts.push(`--data-raw ${shellQuote(clip(redactText(body)))}`);
  parts.push(shellQuote(url));
  return parts.join(" ");
}

function regionOf(exchange: Exchange): string {
  const auth = exchange.request.headers.authorization ?? exchange.request.headers.Authorization ?? "";
  return /Credential=[^/]+\/\d+\/([^/]+)\//.exec(auth)?.[1] ?? "us-west-2";
}

const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The vitest command that replays the case: target and run settings, seed, path, site, test title. */
function vitestCommand(replay: Replay): string {
  const path =
    (replay.path ? ` CONFORMANCE_PATH=${shellQuote(replay.path)}` : "") +
    (replay.site ? ` CONFORMANCE_SITE=${shellQuote(replay.site)}` : "");
  const title = shellQuote(`^${escapeRegex(replay.testTitle)}$`);
  return `${replay.env ?? ""}CONFORMANCE_SEED=${replay.seed}${path} npx vitest run --project conformance -t ${title}`;
}

/**
 * A failure as data, secrets redacted and long values clipped: what the report carries per failing
 * cell, and what the failure message prints (formatFailureRecord), so both say the same thing.
 */
export interface FailureRecord {
  check: string;
  service: ServiceName;
  operation: string;
  title: string;
  received: string;
  documented: string;
  /** The one invalid change the case made; values as JSON text (`(absent)` for none). */
  mutation?: { operator: string; constraint: string; pointer: string; original: string; mutated: string };
  context?: string;
  /** The request that showed it: headers and body redacted, the body clipped. */
  request?: {
    via: "sdk" | "raw";
    method: string;
    url: string;
    headers: Record<string, string>;
    body?: string;
  };
  /** What replays the case (CONFORMANCE_SEED, CONFORMANCE_PATH, CONFORMANCE_SITE, the test title). */
  replay?: { seed: number; path?: string; site?: string; testTitle: string };
  /** Shell commands: the vitest run that replays the case, and curl resending the request. */
  reproduce: { vitest?: string; curl?: string };
}

const jsonText = (value: unknown) =>
  value === undefined ? "(absent)" : clip(JSON.stringify(redactValue(value)) ?? String(value));

export function failureRecord(d: FailureDetails, replay?: Replay): FailureRecord {
  const reproduce: FailureRecord["reproduce"] = {
    ...(replay ? { vitest: vitestCommand(replay) } : {}),
    ...(d.exchange ? { curl: curlCommand(d.exchange, regionOf(d.exchange)) } : {}),
  };
  const m = d.mutation;
  const request = d.exchange?.request;
  return {
    check: d.check,
    service: d.service,
    operation: d.operation,
    // The check's own sentences may quote what the target sent (an assigned stream key, a body).
    title: redactText(d.title),
    received: redactText(d.received),
    documented: redactText(d.documented),
    ...(m
      ? {
          mutation: {
            operator: m.operator,
            constraint: m.constraint,
            pointer: m.pointer,
            original: jsonText(m.original),
            mutated: jsonText(m.mutated),
          },
        }
      : {}),
    ...(d.context ? { context: redactText(d.context) } : {}),
    ...(d.exchange && request
      ? {
          request: {
            via: d.exchange.via,
            method: request.method,
            url: request.url,
            headers: redactHeaders(request.headers),
            ...(request.body !== undefined ? { body: clip(redactText(request.body)) } : {}),
          },
        }
      : {}),
    ...(replay
      ? {
          replay: {
            seed: replay.seed,
            ...(replay.path ? { path: replay.path } : {}),
            ...(replay.site ? { site: replay.site } : {}),
            testTitle: replay.testTitle,
          },
        }
      : {}),
    reproduce,
  };
}

/** What was received and documented, the mutation, the context and the request, one fact a line. */
export function failureFacts(r: FailureRecord): string[] {
  const lines = [`Received:   ${r.received}`, `Documented: ${r.documented}`];
  if (r.mutation) {
    const m = r.mutation;
    lines.push(`Mutation:   ${m.operator} at ${m.pointer} (breaks ${m.constraint}): ${m.original} -> ${m.mutated}`);
  }
  if (r.context) lines.push(`Context:    ${r.context}`);
  if (r.request) {
    const { via, method, url, headers, body } = r.request;
    const how = via === "sdk" ? "official SDK" : "raw, signed";
    lines.push("", `Request (${how}; secrets redacted):`, `  ${method} ${url}`);
    for (const k of ["content-type", "Content-Type"]) if (headers[k]) lines.push(`  ${k}: ${headers[k]}`);
    if (body !== undefined) lines.push(`  ${body}`);
  }
  return lines;
}

/** The shell commands that reproduce it: the vitest run, then curl. */
export const reproduceCommands = (r: FailureRecord): string[] =>
  [r.reproduce.vitest, r.reproduce.curl].filter((c): c is string => c !== undefined);

/** The failure message: the same text for the test's error, the JUnit failure body and the Markdown. */
export function formatFailureRecord(r: FailureRecord): string {
  return [
    `${r.operation}: ${r.check}`,
    `  ${r.title}`,
    "",
    ...failureFacts(r).map((line) => (line ? `  ${line}` : line)),
    "",
    "  Reproduce with:",
    ...reproduceCommands(r).map((c) => `    ${c}`),
  ].join("\n");
}

export class ConformanceFailure extends Error {
  replay?: Replay;
  constructor(readonly details: FailureDetails) {
    super(formatFailureRecord(failureRecord(details)));
    this.name = "ConformanceFailure";
  }
  withReplay(replay: Replay): this {
    this.replay = replay;
    this.message = formatFailureRecord(this.record());
    return this;
  }
  /** The failure as data, with its replay: what the report carries. */
  record(): FailureRecord {
    return failureRecord(this.details, this.replay);
  }
  /**
   * What leaves the worker: vitest serializes a test's error with toJSON for the reporters, and
   * prints its other properties (`--reporter=verbose`). `details` holds the exchange as sent and
   * received (signature, secrets), so only the redacted message goes.
   */
  toJSON(): { name: string; message: string; stack?: string } {
    return { name: this.name, message: this.message, ...(this.stack ? { stack: this.stack } : {}) };
  }
}

export const isConformanceFailure = (e: unknown): e is ConformanceFailure => e instanceof ConformanceFailure;
