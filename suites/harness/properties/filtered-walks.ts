// Filtered walks, for every list with documented filters (documented-rules.ts: listFilters): for
// each filter, items made to match it and one made not to, then walks of every page with the
// filter at random maxResults, judged by filter_respected.
//
// Items are made by the producer the spec names for them (producers.ts), the filtered member set
// at creation: a fresh resource for a filter on an association (ListChannels'
// filterByRecordingConfigurationArn: channels made with a fresh recording configuration, one with
// another), a fresh value for a filter on a member the producer takes (filterByName: channels
// named with a fresh value, one named otherwise). A filter with a closed set of values the suite
// cannot set (a state, a stream's health) is walked with each value, every item returned judged,
// over the items the list's pagination walks use (made through the test hooks where needed).
import fc from "fast-check";
import type { OperationSpec } from "../../../spec/contract/contract.ts";
import type { JsonSchema } from "../../../spec/contract/json-schema.ts";
import type { Input } from "../arbitraries/input-arbitrary.ts";
import type { FilteredWalk } from "../checks/context.ts";
import type { CheckDefinition } from "../checks/define-check.ts";
import { satisfies } from "../checks/filter-respected.ts";
import { parseJsonBody } from "../clients/exchange.ts";
import { mapConcurrent } from "../concurrency.ts";
import { type ListFilter, listFilters } from "../documented-rules.ts";
import { cellTitle } from "../matrix.ts";
import { notApplicable, notRun, type Outcome } from "../outcome.ts";
import { listItemKind, type ResourceKind, referencedKind } from "../producers.ts";
import { judgeSampled } from "../property.ts";
import type { ServiceHarness } from "../service-harness.ts";
import { listPlan } from "./pagination.ts";
import { WalkProgress } from "./walk-progress.ts";

/** Items made to match each filter; one more is made not to. */
const MATCHING = 3;

interface FilterCase {
  filter: ListFilter;
  value: unknown;
  expected: string[];
}

interface FilterPlan {
  scope: Input;
  id: string;
  cases: FilterCase[];
  notes: string[];
}

const fits = (schema: JsonSchema | undefined, v: string) =>
  !!schema &&
  v.length >= (schema.minLength ?? 0) &&
  v.length <= (schema.maxLength ?? Number.POSITIVE_INFINITY) &&
  (!schema.pattern || new RegExp(schema.pattern, "u").test(v));

/** Makes `count` items with `fixed` set; their ARNs, or why not. */
async function make(h: ServiceHarness, kind: ResourceKind, fixed: Record<string, string>, count: number) {
  const arns: string[] = [];
  for (let i = 0; i < count; i++) {
    const made = await h.pool.create(kind, fixed);
    if (!("resource" in made)) return `${kind.producer.name} answered ${made.failure}`;
    arns.push(made.resource.arn);
  }
  return arns;
}

/** A case whose matching items the suite makes, or why it cannot. */
async function madeCase(
  h: ServiceHarness,
  op: OperationSpec,
  kind: ResourceKind,
  filter: ListFilter,
  scope: Record<string, string>,
  seed: number,
): Promise<FilterCase | string> {
  const member = op.input.find((m) => m.name === filter.path[0])!;
  const ref = filter.path.length === 1 ? referencedKind(h.kinds, op, filter.path, member.schema) : undefined;
  const producerMember = ref
    ? h.references(kind.producer).find((r) => r.path.length === 1 && r.kind.key === ref.key)?.path[0]
    : kind.producer.input.find((m) => m.name === filter.itemMember && m.schema.type === "string")?.name;
  if (!producerMember) return `${kind.producer.name} cannot set ${filter.itemMember}`;
  let value: string;
  let other: string;
  if (ref) {
    const [one, two] = [await h.pool.create(ref), await h.pool.create(ref)];
    if (!("resource" in one) || !("resource" in two)) return `no ${ref.noun} could be made`;
    value = one.resource.arn;
    other = two.resource.arn;
  } else {
    const [a, b] = fc.sample(fc.stringMatching(/^[a-z0-9]{12}$/), { seed, numRuns: 2 });
    value = `cf${a}`;
    other = `other${b}`;
    const schema = kind.producer.input.find((m) => m.name === producerMember)?.schema;
    if (!fits(member.schema, value) || !fits(schema, value) || !fits(schema, other))
      return `no value fits both ${filter.path.join(".")} and ${kind.producer.name}.${producerMember}`;
  }
  const matching = await make(h, kind, { ...scope, [producerMember]: value }, MATCHING);
  if (typeof matching === "string") return matching;
  const others = await make(h, kind, { ...scope, [producerMember]: other }, 1);
  if (typeof others === "string") return others;
  return { filter, value, expected: matching };
}

function filterPlan(h: ServiceHarness, op: OperationSpec): Promise<FilterPlan | string> {
  return h.memo(`filter-plan:${op.name}`, async () => {
    const filters = listFilters(op);
    const kind = listItemKind(h.kinds, op);
    const notes: string[] = [];
    const cases: FilterCase[] = [];
    const closed = (f: ListFilter, why: string) => {
      if (!f.values) return notes.push(`${f.path.join(".")} not judged: ${why}, and it has no closed set of values`);
      for (const value of f.values) cases.push({ filter: f, value, expected: [] });
      notes.push(
        `${f.path.join(".")} walked with each of ${f.values.map((v) => JSON.stringify(v)).join(", ")}: ${why}`,
      );
    };
    if (!kind) {
      const base = await listPlan(h, op);
      if (typeof base === "string") return base;
      for (const f of filters) closed(f, "every item returned judged, over the items made for its pagination walks");
      const scope = Object.fromEntries(Object.entries(base.scope).filter(([k]) => !k.startsWith("filterBy")));
      return cases.length ? { scope, id: base.id, cases, notes: [...base.notes, ...notes] } : notes.join("; ");
    }
    const scope: Record<string, string> = {};
    for (const m of op.input.filter((x) => x.required)) {
      const ref = referencedKind(h.kinds, op, [m.name], m.schema);
      if (!ref) continue;
      const made = await h.pool.create(ref);
      if (!("resource" in made)) return `no ${ref.noun} could be made to scope ${op.name}: ${made.failure}`;
      scope[m.name] = made.resource.arn;
    }
    for (const [i, f] of filters.entries()) {
      const made = await madeCase(h, op, kind, f, scope, h.config.seed + i);
      if (typeof made === "string") closed(f, `the suite cannot make items that match it (${made})`);
      else {
        cases.push(made);
        notes.push(`${f.path.join(".")}: ${MATCHING} ${kind.noun}s made to match, 1 not to`);
      }
    }
    return cases.length ? { scope, id: "arn", cases, notes } : notes.join("; ");
  });
}

const filterInput = (c: FilterCase): Input =>
  c.filter.path.length === 1
    ? { [c.filter.path[0]!]: c.value }
    : { [c.filter.path[0]!]: { [c.filter.path[1]!]: c.value } };

function walk(h: ServiceHarness, op: OperationSpec, p: FilterPlan, index: number, maxResults: number) {
  return h.memo(`filtered-walk:${op.name}:${index}:${maxResults}`, async (): Promise<FilteredWalk> => {
    const c = p.cases[index]!;
    const pg = op.pagination!;
    const pages: FilteredWalk["pages"] = [];
    /** The walk so far: `pages` fills as it goes. */
    const walked = { op, filter: c.filter, value: c.value, maxResults, pages, id: p.id, expected: c.expected };
    const progress = new WalkProgress();
    let token: string | undefined;
    let endless: string | undefined;
    do {
      const exchange = await h.sendUncached(op, {
        ...p.scope,
        ...filterInput(c),
        ...(pg.pageSize ? { [pg.pageSize]: maxResults } : {}),
        ...(token ? { [pg.inputToken]: token } : {}),
      });
      const r = exchange.response;
      const parsed = r && r.status >= 200 && r.status < 300 ? parseJsonBody(r.body) : undefined;
      const body = parsed?.ok ? (parsed.value as Record<string, unknown> | null) : undefined;
      if (!body || typeof body !== "object") return { ...walked, broken: exchange };
      const items = Array.isArray(body[pg.items]) ? (body[pg.items] as Record<string, unknown>[]) : [];
      pages.push({ exchange, items });
      // A page with an item the filter excludes already fails the walk: no need for the rest.
      if (items.some((item) => !satisfies(c.filter, c.value, item[c.filter.itemMember]))) break;
      token =
        typeof body[pg.outputToken] === "string" && body[pg.outputToken] ? (body[pg.outputToken] as string) : undefined;
      endless = progress.record(
        items.map((item) => String(item[p.id])),
        token,
      );
    } while (token && !endless);
    return { ...walked, ...(endless ? { endless } : {}) };
  });
}

/** A filter check's cell: at each sampled maxResults, a walk per filter case, each judged. */
export async function filterCell(
  h: ServiceHarness,
  op: OperationSpec,
  check: CheckDefinition<"filtered_walks">,
): Promise<Outcome> {
  const missing = await h.implemented(op);
  if (missing) return notRun(missing);
  const p = await filterPlan(h, op);
  if (typeof p === "string") return notApplicable(p);
  const pg = op.pagination!;
  const sizeSchema = pg.pageSize ? op.input.find((m) => m.name === pg.pageSize)?.schema : undefined;
  const min = Math.max(1, sizeSchema?.minimum ?? 1);
  const max = Math.max(min, Math.min(sizeSchema?.maximum ?? 100, MATCHING + 2));
  const arbitrary = fc.integer({ min, max });
  const walks = (m: number) => Promise.all(p.cases.map((_, i) => walk(h, op, p, i, m)));
  const values = fc.sample(arbitrary, { seed: h.config.seed, numRuns: h.config.runs });
  await mapConcurrent([...new Set(values)], h.config.concurrency, (m) => walks(m));
  const outcome = await judgeSampled(
    {
      title: cellTitle(op.name, check.name),
      config: h.config,
      arbitrary,
      check: async (m) => {
        for (const w of await walks(m)) check.judge(w);
      },
    },
    values,
  );
  return {
    ...outcome,
    notes: [
      ...(outcome.notes ?? []),
      ...p.notes,
      `each of ${p.cases.length} filter values walked at maxResults ${min}..${max}`,
    ],
  };
}
