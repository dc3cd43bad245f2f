// How a target reads the documented patterns. The documents print patterns without anchors
// (`[a-zA-Z0-9-_]*`, `arn:aws:ivs:[a-z0-9-]+:[0-9]+:channel/[a-zA-Z0-9-]+`); Smithy and JSON
// Schema read such a pattern as "matches somewhere in the value", while the service very likely
// enforces it on the whole value (older published models wrote `^...$`). Both readings are
// reasonable, so the suite judges neither: valid inputs match as a whole, invalid ones nowhere.
// A value between the readings (matched somewhere, not as a whole) is sent only here, a few per
// pattern site with everything else valid, and what the target did becomes an observation on the
// operation's rejects_invalid_input cell: whole-value (answered 400 ValidationException),
// substring (accepted), or inconsistent (anything else, or a mix), with the exchanges as evidence.
import fc from "fast-check";
import type { OperationSpec } from "../../../spec/contract/contract.ts";
import type { Input } from "../arbitraries/input-arbitrary.ts";
import { betweenReadings, partialMatchCandidates } from "../arbitraries/partial-match.ts";
import { describePath } from "../arbitraries/value-path.ts";
import { errorNameOf } from "../clients/error-name.ts";
import type { Exchange } from "../clients/exchange.ts";
import { mapConcurrent } from "../concurrency.ts";
import { avoidsConflicts, rulesFor, satisfiesRules } from "../documented-rules.ts";
import { invalidCaseArbitrary } from "../mutations/invalid-case.ts";
import type { MutationSite } from "../mutations/mutation.ts";
import { violations } from "../mutations/violations.ts";
import type { ServiceHarness } from "../service-harness.ts";
import { makeObservation, type Observation } from "./observation.ts";

/** Values sent per pattern site. */
const VALUES_PER_SITE = 3;
/** Candidates tried per site before it is declared to have no value between the readings. */
const PROBES = 64;

export type Reading = "whole-value" | "substring" | "inconsistent";

/** One answer to a value between the readings: rejected as invalid, let through validation, or neither. */
export type Answer = "rejected" | "accepted" | "unclear";

export function answerOf(op: Pick<OperationSpec, "errors">, exchange: Exchange): Answer {
  const r = exchange.response;
  if (!r || r.status >= 500) return "unclear";
  const name = errorNameOf(exchange);
  if (r.status === 400 && name === "ValidationException") return "rejected";
  if (r.status >= 200 && r.status < 300) return "accepted";
  // Another documented error (ResourceNotFoundException for an ARN no resource has): past validation.
  if (r.status < 500 && name !== "ValidationException" && op.errors.some((e) => e.name === name)) return "accepted";
  return "unclear";
}

export function readingOf(answers: readonly Answer[]): Reading {
  if (answers.length > 0 && answers.every((a) => a === "rejected")) return "whole-value";
  if (answers.length > 0 && answers.every((a) => a === "accepted")) return "substring";
  return "inconsistent";
}

const statusOf = (e: Exchange) =>
  e.response ? `${e.response.status}${errorNameOf(e) ? ` ${errorNameOf(e)}` : ""}` : "no response";
const statuses = (exchanges: readonly Exchange[]) => [...new Set(exchanges.map(statusOf))].join(", ");

/** The observation for one pattern site, from the exchanges of the values sent there. */
export function patternReadingObservation(
  op: Pick<OperationSpec, "service" | "name" | "errors">,
  pattern: string,
  member: string,
  exchanges: readonly Exchange[],
): Observation {
  const answers = exchanges.map((e) => answerOf(op, e));
  const reading = readingOf(answers);
  const at = `pattern ${JSON.stringify(pattern)} at ${op.name}.${member}`;
  const n = exchanges.length;
  const values = `${n} value${n === 1 ? "" : "s"} that match${n === 1 ? "es" : ""} it somewhere but not as a whole`;
  const which = (a: Answer) => exchanges.filter((_, i) => answers[i] === a);
  let observed: string;
  if (reading === "whole-value") observed = `reads ${at} as whole-value: ${values} answered 400 ValidationException`;
  else if (reading === "substring")
    observed = `reads ${at} as a substring: ${values} accepted (${statuses(exchanges)})`;
  else {
    const parts = [
      ["rejected", "answered 400 ValidationException"],
      ["accepted", "accepted"],
      ["unclear", "answered otherwise"],
    ] as const;
    const said = parts
      .filter(([a]) => which(a).length)
      .map(([a, words]) => `${which(a).length} ${words}${a === "rejected" ? "" : ` (${statuses(which(a))})`}`);
    observed = `reads ${at} inconsistently: of ${values}, ${said.join(", ")}`;
  }
  return makeObservation({ op, kind: "pattern_reading", subject: member, finding: reading, observed }, exchanges);
}

const definedOnly = (input: Input): Input =>
  Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined));

/** Up to VALUES_PER_SITE distinct values between the readings at a site, valid in every other respect. */
function valuesBetween(h: ServiceHarness, op: OperationSpec, site: MutationSite): string[] {
  const override = h.override(op, true)(site.path, site.schema);
  const cores = override?.filter((v): v is string => typeof v === "string");
  const candidates = partialMatchCandidates(site.schema, cores);
  if (!candidates) return [];
  const pattern = site.schema.pattern!;
  const good = fc
    .sample(candidates, { seed: h.config.seed, numRuns: PROBES })
    .filter((v) => betweenReadings(pattern, v) && violations(site.schema, v, site.required).length === 0);
  return [...new Set(good)].slice(0, VALUES_PER_SITE);
}

export interface PatternReadings {
  observations: Observation[];
  /** Pattern sites with nothing to observe, and why. */
  notes: string[];
}

/**
 * Sends a few values between the readings at every pattern site of `op` (everything else valid,
 * existing resources, documented rules kept) and records the reading each site showed. The page
 * token is left out: any value there is a token the target never issued, which it may reject for
 * that reason alone.
 */
export async function observePatternReadings(h: ServiceHarness, op: OperationSpec): Promise<PatternReadings> {
  await h.prepare(op);
  const rules = satisfiesRules(rulesFor(op.service, op.name));
  const clear = avoidsConflicts(op.service, op.name);
  const base = (input: Input) => rules(definedOnly(input)) && clear(definedOnly(input));
  const observations: Observation[] = [];
  const notes: string[] = [];
  const token = op.pagination?.inputToken;
  for (const site of h.sites(op)) {
    if (site.operator !== "pattern_mismatch") continue;
    const member = describePath(site.path);
    const pattern = site.schema.pattern!;
    if (token && site.path.length === 1 && site.path[0] === token) continue;
    const values = valuesBetween(h, op, site);
    if (values.length === 0) {
      notes.push(
        `pattern ${JSON.stringify(pattern)} at ${member}: no value of an allowed length matches it somewhere ` +
          "without matching it as a whole, so both readings agree there",
      );
      continue;
    }
    const inputs = values.map(
      (v) =>
        fc.sample(
          invalidCaseArbitrary(op, [{ ...site, values: fc.constant(v) }], { override: h.override(op, true) }, base),
          {
            seed: h.config.seed,
            numRuns: 1,
          },
        )[0]!.input,
    );
    const exchanges = await mapConcurrent(inputs, h.config.concurrency, (input) =>
      h.send(op, definedOnly(input), "raw"),
    );
    observations.push(patternReadingObservation(op, pattern, member, exchanges));
  }
  return { observations, notes };
}
