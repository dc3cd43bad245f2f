// The contract every mutation operator follows (schemathesis-style negative testing):
//
// - An operator names one constraint of one schema node (`constraint`), or declares the node no
//   site for it (undefined): a node without `maxLength` is no site for too_long.
// - At a site it offers candidate invalid values (`candidates`). The planner keeps a candidate only
//   when the node's own value then breaks exactly that constraint and nothing else (violations.ts),
//   so every case sent carries exactly one violation.
// - When no candidate can do that (a pattern every string matches, a minimum length whose shorter
//   strings all break the pattern too), the site is not applicable, with a reason a reader can check.
import type fc from "fast-check";
import type { InputMember } from "../../../spec/contract/contract.ts";
import type { JsonSchema } from "../../../spec/contract/json-schema.ts";
import type { ValuePath } from "../arbitraries/value-path.ts";
import type { Absent, Constraint } from "./violations.ts";

export const OPERATOR_NAMES = [
  "too_long",
  "too_short",
  "pattern_mismatch",
  "enum_outside",
  "below_minimum",
  "above_maximum",
  "too_many_items",
  "too_few_items",
  "missing_required",
  "wrong_type",
] as const;
export type OperatorName = (typeof OPERATOR_NAMES)[number];

export interface SiteContext {
  member: InputMember;
  /** From the member down (the first segment is the member name). */
  path: ValuePath;
  schema: JsonSchema;
  /** The node is required where it sits (a required member of its structure). */
  required: boolean;
}

export type Candidates = fc.Arbitrary<unknown | Absent> | { notApplicable: string };

export interface MutationOperator {
  name: OperatorName;
  constraint(site: SiteContext): Constraint | undefined;
  candidates(site: SiteContext): Candidates;
}

/** One planned violation: where, which operator, and either its values or why there are none. */
export interface MutationSite {
  operator: OperatorName;
  constraint: Constraint;
  member: InputMember;
  path: ValuePath;
  schema: JsonSchema;
  required: boolean;
  values?: fc.Arbitrary<unknown | Absent>;
  notApplicable?: string;
}

/** What one invalid case changed, as failures and reports print it. */
export interface AppliedMutation {
  operator: OperatorName;
  constraint: Constraint;
  pointer: string;
  original: unknown;
  mutated: unknown;
}

/** A site's stable name, as CONFORMANCE_SITE takes it: `too_long@name`, `too_short@tags.{key}`. */
export const siteKey = (site: Pick<MutationSite, "operator" | "path">) => `${site.operator}@${site.path.join(".")}`;
