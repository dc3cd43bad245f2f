// The constraint and response properties of one operation: valid inputs (through the SDK) and
// invalid inputs (one violation each, raw), every exchange judged by the cell's check.

import fc from "fast-check";
import type { OperationSpec } from "../../../spec/contract/contract.ts";
import type { Input } from "../arbitraries/input-arbitrary.ts";
import { describePath } from "../arbitraries/value-path.ts";
import type { CheckDefinition, ExchangeCase } from "../checks/define-check.ts";
import { mapConcurrent } from "../concurrency.ts";
import { isConformanceFailure } from "../failure.ts";
import { cellTitle } from "../matrix.ts";
import type { InvalidCase } from "../mutations/invalid-case.ts";
import { type MutationSite, siteKey } from "../mutations/mutation.ts";
import { observedCell } from "../observations/observe-cell.ts";
import { combine, failed, notApplicable, notRun, type Outcome, pass } from "../outcome.ts";
import { judgeSampled } from "../property.ts";
import { sdkStatesNoConstraints } from "../sdk-only.ts";
import type { ServiceHarness } from "../service-harness.ts";
import { wrongBodyShapes } from "./body-shapes.ts";

type ExchangeCheck = CheckDefinition<"exchanges">;

/** The valid cases of an operation, sampled and sent once for all of its cells. */
function validCases(h: ServiceHarness, op: OperationSpec): Promise<Input[]> {
  return h.memo(`valid:${op.name}`, async () => {
    await h.prepare(op);
    const values = fc.sample(h.validArbitrary(op), { seed: h.config.seed, numRuns: h.config.runs });
    await mapConcurrent(values, h.config.concurrency, (input) => h.send(op, input));
    return values;
  });
}

interface InvalidSample {
  /** fast-check's own cases, in its order (index i is path "i"). */
  values: InvalidCase[];
  /** One case for each applicable site the random choice missed, so every constraint is tried. */
  topUp: { site: MutationSite; value: InvalidCase }[];
}

function invalidCases(h: ServiceHarness, op: OperationSpec): Promise<InvalidSample> {
  return h.memo(`invalid:${op.name}`, async () => {
    await h.prepare(op);
    const values = fc.sample(h.invalidArbitrary(op), { seed: h.config.seed, numRuns: h.config.runs });
    const covered = new Set(values.map((c) => c.site));
    const topUp =
      h.config.site || h.config.path
        ? []
        : h
            .sites(op)
            .filter((s) => s.values && !covered.has(siteKey(s)))
            .map((site) => ({
              site,
              value: fc.sample(h.invalidArbitrary(op, [site]), { seed: h.config.seed, numRuns: 1 })[0]!,
            }));
    await mapConcurrent([...values, ...topUp.map((t) => t.value)], h.config.concurrency, (c) =>
      h.send(op, c.input, "raw"),
    );
    return { values, topUp };
  });
}

async function validInputs(h: ServiceHarness, op: OperationSpec, check: ExchangeCheck): Promise<Outcome> {
  const values = await validCases(h, op);
  return judgeSampled(
    {
      title: cellTitle(op.name, check.name),
      config: h.config,
      arbitrary: h.validArbitrary(op),
      check: async (input) => check.judge({ op, exchange: await h.send(op, input) }),
    },
    values,
  );
}

/** Sites no operator can break, as notes: "too_short at channelArn: every ... also breaks its pattern". */
function notApplicableSites(h: ServiceHarness, op: OperationSpec): string[] {
  return h
    .sites(op)
    .filter((s) => s.notApplicable)
    .map((s) => `${s.operator} at ${describePath(s.path)} not applicable: ${s.notApplicable}`);
}

async function invalidInputs(h: ServiceHarness, op: OperationSpec, check: ExchangeCheck): Promise<Outcome> {
  await h.prepare(op);
  const sites = h.sites(op);
  const notes = notApplicableSites(h, op);
  if (!sites.some((s) => s.values)) {
    if (!op.documented) {
      return notApplicable(
        `${sdkStatesNoConstraints(op)}, and what it does state (types, required members, enum values) ` +
          (sites.length === 0 ? "gives nothing to break" : `cannot be broken alone (${notes.join("; ")})`),
      );
    }
    return notApplicable(
      sites.length === 0
        ? `${op.name} documents no input constraint`
        : `no documented constraint of ${op.name} can be broken alone (${notes.join("; ")})`,
    );
  }
  const { values, topUp } = await invalidCases(h, op);
  const check1 = async (c: InvalidCase) =>
    check.judge({ op, exchange: await h.send(op, c.input, "raw"), mutation: c.mutation });
  const title = cellTitle(op.name, check.name);
  let outcome = await judgeSampled(
    { title, config: h.config, arbitrary: h.invalidArbitrary(op), check: check1 },
    values,
  );
  // A site the random choice missed is judged on its own property, which replays with CONFORMANCE_SITE.
  for (const { site, value } of topUp) {
    if (outcome.status === "fail") break;
    const extra = await judgeSampled(
      { title, config: h.config, arbitrary: h.invalidArbitrary(op, [site]), check: check1, site: siteKey(site) },
      [value],
    );
    outcome = extra.status === "fail" ? extra : { ...outcome, cases: (outcome.cases ?? 0) + 1 };
  }
  const applicable = h.sites(op).filter((s) => s.values).length;
  const byExtra = topUp.length ? ` (${topUp.length} by an extra case)` : "";
  // An SDK-only operation's sites are what the SDK's model states: types, required members, enums.
  const basis = op.documented
    ? []
    : [
        "only what the SDK's model states was broken (types, required members, enum values): " +
          sdkStatesNoConstraints(op),
      ];
  return {
    ...outcome,
    notes: [
      ...(outcome.notes ?? []),
      `${applicable} constraint sites broken, each at least once${byExtra}`,
      ...basis,
      ...notes,
    ],
  };
}

/** Malformed JSON is no case of a constraint, but a server error on it is still a server error. */
async function malformedJson(h: ServiceHarness, op: OperationSpec, check: ExchangeCheck): Promise<Outcome> {
  if (!op.input.some((m) => m.in === "body")) return notApplicable(`${op.name} has no JSON body to break`);
  const [input] = fc.sample(h.validArbitrary(op, { existingOnly: true }), { seed: h.config.seed, numRuns: 1 });
  const body = '{"malformed": ';
  try {
    check.judge({ op, exchange: await h.send(op, input!, "raw", body), malformedBody: body });
  } catch (e) {
    if (!isConformanceFailure(e)) throw e;
    // One fixed case: the seed reproduces it, there is no path to replay.
    const title = cellTitle(op.name, check.name);
    return failed(e.withReplay({ seed: h.config.seed, testTitle: title, env: h.config.reproduceEnv }));
  }
  return pass(1);
}

const PARTS: Record<ExchangeCase, (h: ServiceHarness, op: OperationSpec, check: ExchangeCheck) => Promise<Outcome>> = {
  valid: validInputs,
  invalid: invalidInputs,
  malformed_json: malformedJson,
  wrong_body_shape: wrongBodyShapes,
};

/** One exchange check's cell, with what was observed in it (observations/observe-cell.ts). */
export const exchangeCell = (h: ServiceHarness, op: OperationSpec, check: ExchangeCheck): Promise<Outcome> =>
  observedCell(h, op, check, () => judgedCell(h, op, check));

/** The cases the check names, each judged by the check; the first failure wins. */
async function judgedCell(h: ServiceHarness, op: OperationSpec, check: ExchangeCheck): Promise<Outcome> {
  const missing = await h.implemented(op);
  if (missing) return notRun(missing);
  const cases = check.cases ?? ["valid", "invalid"];
  if (cases.length === 1) return PARTS[cases[0]!](h, op, check);
  const outcome = await combine(cases.map((c) => () => PARTS[c](h, op, check)));
  // Sites that cannot be broken are the constraint cell's business; keep these cells' notes short.
  return {
    ...outcome,
    ...(outcome.notes ? { notes: outcome.notes.filter((n) => !n.includes(" not applicable: ")) } : {}),
  };
}
