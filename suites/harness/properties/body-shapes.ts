// The wrong_body_shape cases of one operation (mutations/body-shapes.ts): the body of one valid
// input as every other JSON type, and each object-typed member of the body (at any depth) as a
// scalar, on a valid input generated with that member present. The cases are enumerated, not
// sampled: each is sent once (raw) for all the cells that judge them, in a fixed order; the first
// failure wins and replays with the run's seed.
import fc from "fast-check";
import type { OperationSpec } from "../../../spec/contract/contract.ts";
import type { Input } from "../arbitraries/input-arbitrary.ts";
import { describePath } from "../arbitraries/value-path.ts";
import type { CheckDefinition } from "../checks/define-check.ts";
import { mapConcurrent } from "../concurrency.ts";
import { isConformanceFailure } from "../failure.ts";
import { cellTitle } from "../matrix.ts";
import { type BodyShapeCase, hasJsonBody, nestedCases, objectPaths, wholeBodyCases } from "../mutations/body-shapes.ts";
import { failed, notApplicable, type Outcome, pass } from "../outcome.ts";
import type { ServiceHarness } from "../service-harness.ts";

interface Sent extends BodyShapeCase {
  input: Input;
}

interface BodyShapeSample {
  cases: Sent[];
  notes: string[];
}

function bodyShapeCases(h: ServiceHarness, op: OperationSpec): Promise<BodyShapeSample> {
  return h.memo(`body-shapes:${op.name}`, async () => {
    await h.prepare(op);
    const sample = (force?: readonly string[]) =>
      fc.sample(h.validArbitrary(op, { existingOnly: true, ...(force ? { force } : {}) }), {
        seed: h.config.seed,
        numRuns: 1,
      })[0]!;
    const base = sample();
    const cases: Sent[] = wholeBodyCases(op, base).map((c) => ({ ...c, input: base }));
    const paths = objectPaths(op);
    const missed: string[] = [];
    for (const path of paths) {
      const input = sample(path);
      const nested = nestedCases(op, input, path);
      if (nested.length === 0) missed.push(describePath(path));
      cases.push(...nested.map((c) => ({ ...c, input })));
    }
    await mapConcurrent(cases, h.config.concurrency, (c) => h.send(op, c.input, "raw", c.body));
    const notes = [
      `${cases.length} body-shape cases: the body as an array, string, number, boolean and null` +
        (paths.length ? `; ${paths.length} nested objects each as a string, number and boolean` : ""),
      ...(missed.length ? [`no valid input held an object at ${missed.join(", ")}: not replaced`] : []),
    ];
    return { cases, notes };
  });
}

/** One exchange check over the operation's body-shape cases. */
export async function wrongBodyShapes(
  h: ServiceHarness,
  op: OperationSpec,
  check: CheckDefinition<"exchanges">,
): Promise<Outcome> {
  if (!hasJsonBody(op)) return notApplicable(`${op.name} has no JSON body`);
  const { cases, notes } = await bodyShapeCases(h, op);
  for (const c of cases) {
    const exchange = await h.send(op, c.input, "raw", c.body);
    try {
      check.judge({ op, exchange, bodyShape: c.mutation });
    } catch (e) {
      if (!isConformanceFailure(e)) throw e;
      const replay = { seed: h.config.seed, testTitle: cellTitle(op.name, check.name), env: h.config.reproduceEnv };
      return failed(e.withReplay(replay), notes);
    }
  }
  return pass(cases.length, notes);
}
