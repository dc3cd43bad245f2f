// Observations: what a target did where the documentation leaves the answer open. They sit beside
// pass and fail on a cell (outcome.ts) and in the report, and never fail a run: a failure is always
// the target's fault, and a reading the documents allow is no fault. Each says what was observed,
// with the exchanges that showed it (redacted), under an id that is stable across runs.
//
// Kinds:
// - pattern_reading: how the target reads an unanchored documented pattern, as matching somewhere in
//   the value (Smithy, JSON Schema) or as matching the whole value (observations/pattern-readings.ts);
// - undocumented_member: a 2xx body carries a member the documented schema does not list (AWS adds
//   members over time; the schemas leave additionalProperties open);
// - error_without_message: an error body lacks the message member the SDK's model has
//   (`exceptionMessage`), which the documents do not make required.
import type { OperationSpec } from "../../../spec/contract/contract.ts";
import type { Exchange } from "../clients/exchange.ts";
import { describeResponse } from "../failure.ts";
import { redactText } from "../redact.ts";

export type ObservationKind = "pattern_reading" | "undocumented_member" | "error_without_message";

/** One exchange that showed an observation, as a reader needs it: the request and the answer, redacted. */
export interface Evidence {
  request: string;
  response: string;
}

export interface Observation {
  /** `<kind>:<service>:<operation>:<subject>`: the same observation has the same id in every run. */
  id: string;
  kind: ObservationKind;
  /** What it is about: `CreateChannel.name`, `channel.extra`, `ValidationException`. */
  subject: string;
  /** The kind's short answer where it has one (pattern_reading: whole-value, substring, inconsistent). */
  finding?: string;
  /** One sentence: what the target did. */
  observed: string;
  /** The first exchanges that showed it (at most MAX_EVIDENCE). */
  evidence: Evidence[];
  /** How many distinct exchanges showed it. */
  seen: number;
}

export const MAX_EVIDENCE = 3;
const MAX_TEXT = 1500;
const clip = (text: string) =>
  text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT)}... (${text.length} characters)` : text;

export function evidenceOf(exchange: Exchange): Evidence {
  const { method, url, body } = exchange.request;
  return {
    request: `${method} ${url}${body !== undefined && body !== "" ? ` ${clip(redactText(body))}` : ""}`,
    response: describeResponse(exchange),
  };
}

export interface ObservationInput {
  op: Pick<OperationSpec, "service" | "name">;
  kind: ObservationKind;
  subject: string;
  finding?: string;
  observed: string;
}

export const observationId = ({ op, kind, subject }: Pick<ObservationInput, "op" | "kind" | "subject">) =>
  `${kind}:${op.service}:${op.name}:${subject}`;

export function makeObservation(input: ObservationInput, exchanges: readonly Exchange[]): Observation {
  const { kind, subject, finding, observed } = input;
  return {
    id: observationId(input),
    kind,
    subject,
    ...(finding !== undefined ? { finding } : {}),
    observed,
    evidence: exchanges.slice(0, MAX_EVIDENCE).map(evidenceOf),
    seen: exchanges.length,
  };
}

/** Observations merged by id: the first sentence and evidence kept, sightings added up. */
export function mergeObservations(...lists: readonly (readonly Observation[] | undefined)[]): Observation[] {
  const byId = new Map<string, Observation>();
  for (const list of lists) {
    for (const o of list ?? []) {
      const known = byId.get(o.id);
      if (!known) byId.set(o.id, { ...o, evidence: [...o.evidence] });
      else {
        known.seen += o.seen;
        known.evidence.push(...o.evidence.slice(0, MAX_EVIDENCE - known.evidence.length));
      }
    }
  }
  return [...byId.values()];
}
