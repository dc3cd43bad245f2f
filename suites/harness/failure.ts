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

function formatFailure(d: FailureDetails, replay?: Replay): string {
  const lines = [
    `${d.operation}: ${d.check}`,
    `  ${d.title}`,
    "",
    `  Received:   ${d.received}`,
    `  Documented: ${d.documented}`,
  ];
  if (d.mutation) {
    const m = d.mutation;
    const original = clip(JSON.stringify(redactValue(m.original)) ?? "(absent)");
    const mutated = clip(JSON.stringify(redactValue(m.mutated)));
    lines.push(`  Mutation:   ${m.operator} at ${m.pointer} (breaks ${m.constraint}): ${original} -> ${mutated}`);
  }
  if (d.context) lines.push(`  Context:    ${d.context}`);
  if (d.exchange) {
    const { method, url, headers, body } = d.exchange.request;
    lines.push(
      "",
      `  Request (${d.exchange.via === "sdk" ? "official SDK" : "raw, signed"}; secrets redacted):`,
      `    ${method} ${url}`,
    );
    const shown = redactHeaders(headers);
    for (const k of ["content-type", "Content-Type"]) if (shown[k]) lines.push(`    ${k}: ${shown[k]}`);
    if (body !== undefined) lines.push(`    ${clip(redactText(body))}`);
  }
  lines.push("", "  Reproduce with:");
  if (replay) {
    const path =
      (replay.path ? ` CONFORMANCE_PATH=${shellQuote(replay.path)}` : "") +
      (replay.site ? ` CONFORMANCE_SITE=${shellQuote(replay.site)}` : "");
    const title = shellQuote(`^${escapeRegex(replay.testTitle)}$`);
    lines.push(
      `    ${replay.env ?? ""}CONFORMANCE_SEED=${replay.seed}${path} npx vitest run --project conformance -t ${title}`,
    );
  }
  if (d.exchange) lines.push(`    ${curlCommand(d.exchange, regionOf(d.exchange))}`);
  return lines.join("\n");
}

const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

export class ConformanceFailure extends Error {
  replay?: Replay;
  constructor(readonly details: FailureDetails) {
    super(formatFailure(details));
    this.name = "ConformanceFailure";
  }
  withReplay(replay: Replay): this {
    this.replay = replay;
    this.message = formatFailure(this.details, replay);
    return this;
  }
}

export const isConformanceFailure = (e: unknown): e is ConformanceFailure => e instanceof ConformanceFailure;
