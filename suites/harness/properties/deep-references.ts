// Resources whose producer names other resources below its top-level members
// (StartComposition.destinations[].s3.storageConfigurationArn and .encoderConfigurationArns[]): the
// resource pool fills top-level references only, so its inputs for such a producer name resources
// that do not exist. The harness's own valid inputs name existing resources at any depth; these
// make the resource from them instead, a few inputs at most (a valid input may still name what
// this service cannot make, such as another service's channel).
import fc from "fast-check";
import type { Input } from "../arbitraries/input-arbitrary.ts";
import { describeResponse } from "../failure.ts";
import type { ResourceKind } from "../producers.ts";
import { type Resource, resourceFrom } from "../resource-pool.ts";
import type { ServiceHarness } from "../service-harness.ts";

const ATTEMPTS = 8;

/** Whether the kind's producer refers to another resource below its top-level members. */
export const hasDeepReferences = (h: ServiceHarness, kind: ResourceKind) =>
  h.references(kind.producer).some((r) => r.path.length > 1);

/** One resource of the kind, from the harness's valid inputs with `fixed` members; or why none. */
export async function makeFromValidInputs(
  h: ServiceHarness,
  kind: ResourceKind,
  fixed: Input,
  seed: number,
): Promise<{ resource: Resource } | { failure: string }> {
  await h.prepare(kind.producer);
  const inputs = fc.sample(h.validArbitrary(kind.producer, { existingOnly: true }), { seed, numRuns: ATTEMPTS });
  let failure = "no input tried";
  for (const input of inputs) {
    const full = { ...input, ...fixed };
    const exchange = await h.sendUncached(kind.producer, full, "raw");
    const resource = resourceFrom(kind, exchange, full);
    if (resource) return { resource };
    failure = `${kind.producer.name} answered ${describeResponse(exchange)}`;
  }
  return { failure };
}
