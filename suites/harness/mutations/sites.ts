// Every constraint of an operation's input, as mutation sites: the member tree is walked down
// through structures, list items, map keys and map values, and each operator says whether the node
// carries its constraint. Each site is then planned: its invalid values, or why it has none.
import fc from "fast-check";
import type { InputMember, OperationSpec } from "../../../spec/contract/contract.ts";
import { isMapSchema, type JsonSchema } from "../../../spec/contract/json-schema.ts";
import { describePath, ITEM, MAP_KEY, MAP_VALUE, type ValuePath } from "../arbitraries/value-path.ts";
import type { MutationSite, SiteContext } from "./mutation.ts";
import { OPERATORS } from "./registry.ts";
import { type Absent, violations } from "./violations.ts";

/** Candidates tried per site before it is declared not applicable. */
const PROBES = 64;

function* nodes(member: InputMember): Generator<SiteContext> {
  function* walk(schema: JsonSchema, path: ValuePath, required: boolean): Generator<SiteContext> {
    yield { member, path, schema, required };
    if (schema.type === "array" && schema.items) yield* walk(schema.items, [...path, ITEM], false);
    if (isMapSchema(schema)) {
      if (schema.propertyNames) yield* walk({ type: "string", ...schema.propertyNames }, [...path, MAP_KEY], false);
      yield* walk(schema.additionalProperties, [...path, MAP_VALUE], false);
    } else if (schema.properties) {
      const req = new Set(schema.required ?? []);
      for (const [name, child] of Object.entries(schema.properties)) yield* walk(child, [...path, name], req.has(name));
    }
  }
  yield* walk(member.schema, [member.name], member.required);
}

function enumerateSites(op: OperationSpec): Omit<MutationSite, "values" | "notApplicable">[] {
  const sites: Omit<MutationSite, "values" | "notApplicable">[] = [];
  for (const member of op.input) {
    for (const node of nodes(member)) {
      for (const operator of Object.values(OPERATORS)) {
        // A wrong type is tried on top-level members only: below them it says nothing new about
        // the target's deserializer and would crowd out the documented constraints.
        if (operator.name === "wrong_type" && node.path.length > 1) continue;
        const constraint = operator.constraint(node);
        if (constraint)
          sites.push({
            operator: operator.name,
            constraint,
            member,
            path: node.path,
            schema: node.schema,
            required: node.required,
          });
      }
    }
  }
  return sites;
}

function planSite(site: Omit<MutationSite, "values" | "notApplicable">): MutationSite {
  const candidates = OPERATORS[site.operator].candidates(site);
  if ("notApplicable" in candidates) return { ...site, notApplicable: candidates.notApplicable };
  const breaksOnly = (value: unknown | Absent) => {
    const broken = violations(site.schema, value, site.required);
    return broken.length === 1 && broken[0] === site.constraint;
  };
  const probes = fc.sample(candidates, { seed: 1, numRuns: PROBES });
  if (!probes.some(breaksOnly)) {
    const others = new Map<string, number>();
    for (const p of probes)
      for (const c of violations(site.schema, p, site.required))
        if (c !== site.constraint) others.set(c, (others.get(c) ?? 0) + 1);
    const also = [...others.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
    const reason = also
      ? `every ${site.operator} value tried for ${describePath(site.path)} ` +
        `also breaks its ${also} constraint (${constraintText(site.schema, also)})`
      : `no value tried for ${describePath(site.path)} breaks its ${site.constraint} constraint`;
    return { ...site, notApplicable: reason };
  }
  return { ...site, values: candidates.filter(breaksOnly) };
}

function constraintText(schema: JsonSchema, constraint: string): string {
  const value = (schema as Record<string, unknown>)[constraint];
  return value === undefined ? constraint : `${constraint} ${JSON.stringify(value)}`;
}

export const planSites = (op: OperationSpec): MutationSite[] => enumerateSites(op).map(planSite);
