// Invalid inputs of one operation: a valid input with exactly one planned violation applied.
import fc from "fast-check";
import type { OperationSpec } from "../../../spec/contract/contract.ts";
import { type Input, inputArbitrary, sendable } from "../arbitraries/input-arbitrary.ts";
import type { ValueOptions } from "../arbitraries/schema-arbitrary.ts";
import { applyMutation } from "./apply-mutation.ts";
import { type AppliedMutation, type MutationSite, siteKey } from "./mutation.ts";

export interface InvalidCase {
  input: Input;
  mutation: AppliedMutation;
  /** The planned site it came from (siteKey). */
  site: string;
}

/**
 * `sites` must all be applicable (have `values`). `validBase` keeps the valid input each case
 * starts from to the documented rules (documented-rules.ts), so the mutation is its only violation.
 */
export function invalidCaseArbitrary(
  op: OperationSpec,
  sites: readonly MutationSite[],
  options: ValueOptions = {},
  validBase: (input: Input) => boolean = () => true,
): fc.Arbitrary<InvalidCase> {
  const applicable = sites.filter((s) => s.values);
  if (applicable.length === 0) throw new Error(`invalidCaseArbitrary: ${op.name} has no applicable mutation site`);
  const canSend = sendable(op);
  // Built once per site: building an arbitrary (regex parsing included) costs more than drawing from it.
  const perSite = applicable.map((site) =>
    fc
      .tuple(inputArbitrary(op, { ...options, force: site.path }).filter(validBase), site.values!)
      .map(([input, value]) => ({ ...applyMutation(input, site, value), site: siteKey(site) }))
      .filter((c) => canSend(c.input)),
  );
  return fc.integer({ min: 0, max: perSite.length - 1 }).chain((i) => perSite[i]!);
}
