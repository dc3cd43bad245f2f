// Lifecycles, model-based (fc.commands): create, get, list, batch-read, update, tag, untag and
// delete a kind's resources against a model of what must exist. What the target returns is
// compared with what it acknowledged on create or update, list items and batch results member by
// member, and the values it assigned on create (arn, a stream key's value, a key pair's
// fingerprint, ...) across every read, also for a resource the producer returns beside its own
// (CreateChannel's stream key) (lifecycle_consistent); a deleted resource must answer 404
// ResourceNotFoundException and leave every list and batch result (use_after_delete).
//
// Every run starts with each step once, in a fixed order (two creates; update, get and the
// companion's reads of the newer one; tag, list-tags, untag, list-tags; delete the older one, then
// every step on it; a list and a batch read, which must show the one and not the other; delete
// again), so that each family's every operation runs at any number of runs; then up to
// RANDOM_STEPS random steps. The cell's notes count the requests.
// Requests go out raw (signed HTTP, no SDK): only what the target answers is judged here.
//
// One model run per kind judges both checks; when it fails on one, the other check's cell reruns
// with that one ignored, so each cell reports its own first failure. A step needs every operation
// of the plan: when the target does not implement one, the cell is not run, naming it.
//
// Under a documented per-parent limit (CreateStreamKey: 1 per channel), each create follows the
// documented reset first (documented-resets.ts); what the reset deleted counts as deleted.
import fc from "fast-check";
import type { OperationSpec } from "../../../spec/contract/contract.ts";
import type { JsonSchema } from "../../../spec/contract/json-schema.ts";
import type { Input } from "../arbitraries/input-arbitrary.ts";
import { canonicalJson as canonical } from "../canonical-json.ts";
import type { LifecycleObservation } from "../checks/context.ts";
import type { CheckDefinition } from "../checks/define-check.ts";
import { type Exchange, parseJsonBody, succeeded } from "../clients/exchange.ts";
import { applyReset, resetFor } from "../documented-resets.ts";
import { describeResponse, isConformanceFailure } from "../failure.ts";
import { cellTitle } from "../matrix.ts";
import { failed, notApplicable, notRun, type Outcome, pass } from "../outcome.ts";
import { resourceFrom } from "../resource-pool.ts";
import type { ServiceHarness } from "../service-harness.ts";
import {
  type CompanionPlan,
  itemSchema,
  type LifecyclePlan,
  lifecycleHeadedBy,
  planOperations,
  schemaMembers,
} from "./lifecycle-plan.ts";

type LifecycleCheck = CheckDefinition<"lifecycle">;
type Obj = Record<string, unknown>;

interface Companion {
  plan: CompanionPlan;
  arn: string;
  /** Its server-assigned members as the producer returned them. */
  assigned: Obj;
}

interface Item {
  arn: string;
  /** The resource as the target last acknowledged it (create or update response). */
  acknowledged: Obj;
  /** The server-assigned members as the producer returned them. */
  assigned: Obj;
  tags?: Record<string, string>;
  deleted: boolean;
  /** Order of deletion in the run (the step after a delete reads the latest deleted). */
  deletedAt?: number;
  companions: Companion[];
}
interface Model {
  items: Item[];
  deletions: number;
}
interface Real {
  scope: Input;
}

const MAX_ITEMS = 4;
const RANDOM_STEPS = 4;
const SHRINK_BUDGET = 12;
const body = (e: Exchange): Obj => {
  const p = e.response && succeeded(e) ? parseJsonBody(e.response.body) : { ok: false as const };
  return p.ok && p.value && typeof p.value === "object" ? (p.value as Obj) : {};
};
const objects = (v: unknown): Obj[] =>
  Array.isArray(v) ? v.filter((x): x is Obj => !!x && typeof x === "object") : [];
const pickKeys = (o: Obj, keys: readonly string[]) =>
  Object.fromEntries(keys.filter((k) => o[k] !== undefined).map((k) => [k, o[k]]));

/** A schema without its documentation and provenance: what two members must share to compare. */
const shape = (s: JsonSchema | undefined): string =>
  canonical(
    JSON.parse(JSON.stringify(s ?? null, (k, v) => (k === "description" || k.startsWith("x-amzn") ? undefined : v))),
  );

/** Hands every observation of a model run to the lifecycle checks it judges (all but the ignored). */
class Judge {
  created = 0;
  lastCreateFailure: string | undefined;
  /** Requests sent per operation, over every run. */
  readonly ran = new Map<string, number>();
  constructor(
    readonly h: ServiceHarness,
    readonly plan: LifecyclePlan,
    readonly checks: readonly LifecycleCheck[],
  ) {}
  send(op: OperationSpec, input: Input): Promise<Exchange> {
    this.ran.set(op.name, (this.ran.get(op.name) ?? 0) + 1);
    return this.h.sendUncached(op, input, "raw");
  }
  observe(observation: LifecycleObservation): void {
    for (const check of this.checks) check.judge(observation);
  }
  /** A deleted resource, used again. */
  gone(op: OperationSpec, exchange: Exchange, item: Item, verb: string): void {
    this.observe({ kind: "used_after_delete", op, exchange, noun: this.plan.kind.noun, arn: item.arn, verb });
  }
  /** The configuration members of `got` equal what was acknowledged. */
  same(op: OperationSpec, exchange: Exchange, item: Item, got: Obj | undefined, fields: readonly string[]): void {
    this.observe({ kind: "acknowledged", op, exchange, arn: item.arn, expected: item.acknowledged, got, fields });
  }
  /** The server-assigned members `got` declares (`declared`) equal what the producer returned. */
  assigned(
    op: OperationSpec,
    exchange: Exchange | undefined,
    noun: string,
    arn: string,
    expected: Obj,
    got: Obj | undefined,
    declared: Set<string>,
  ): void {
    const members = pickKeys(expected, [...declared]);
    if (Object.keys(members).length === 0) return;
    this.observe({
      kind: "assigned",
      op,
      exchange,
      noun,
      arn,
      assignedBy: this.plan.create.name,
      expected: members,
      got,
    });
  }
  /**
   * One read of a resource of the plan's kind (get, list item, batch result, update response):
   * the members its schema shares with the resource equal the acknowledged ones, the server-assigned
   * ones equal the producer's, its tags the ones set.
   */
  read(op: OperationSpec, exchange: Exchange, item: Item, got: Obj | undefined, schema: JsonSchema | undefined) {
    const declared = schemaMembers(schema);
    const resource = this.plan.create.successSchema?.properties?.[this.plan.kind.outputMember]?.properties ?? {};
    this.assigned(op, exchange, this.plan.kind.noun, item.arn, item.assigned, got, declared);
    const fields = ["arn", ...this.plan.configMembers].filter(
      (f) => declared.has(f) && shape(schema?.properties?.[f]) === shape(resource[f]),
    );
    this.same(op, exchange, item, got, fields);
    if (item.tags && got && "tags" in got && declared.has("tags")) {
      this.observe({ kind: "tags", op, exchange, arn: item.arn, expected: item.tags, got: got.tags });
    }
  }
}

type Select = (m: Model) => Item | undefined;

/** Any resource of the run, by index (random steps). */
const nth =
  (index: number): Select =>
  (m) =>
    m.items.length ? m.items[index % m.items.length] : undefined;
/** The newest resource not deleted, and the oldest (fixed steps). */
const newestLive: Select = (m) => m.items.filter((i) => !i.deleted).at(-1);
const oldestLive: Select = (m) => m.items.find((i) => !i.deleted);
/** The resource deleted last (fixed steps after the delete). */
const lastDeleted: Select = (m) =>
  m.items.filter((i) => i.deleted).sort((a, b) => (b.deletedAt ?? 0) - (a.deletedAt ?? 0))[0];

type Step = fc.AsyncCommand<Model, Real>;

/** The steps of a plan's lifecycle, each on the resource `select` picks. */
class Steps {
  constructor(
    readonly h: ServiceHarness,
    readonly plan: LifecyclePlan,
    readonly judge: Judge,
  ) {}

  private markDeleted(m: Model, item: Item) {
    item.deleted = true;
    item.deletedAt = ++m.deletions;
  }

  create(input: Input): Step {
    const { plan, judge, h } = this;
    const { kind } = plan;
    return {
      check: (m) => m.items.length < MAX_ITEMS,
      run: async (m, r) => {
        const full = { ...input, ...r.scope };
        const reset = await applyReset(h.spec.operations, plan.create, full, (o, i) => h.sendUncached(o, i, "raw"));
        if ("failure" in reset) {
          judge.lastCreateFailure = reset.failure;
          return;
        }
        for (const item of m.items) if (!item.deleted && reset.deleted.includes(item.arn)) this.markDeleted(m, item);
        const exchange = await judge.send(plan.create, full);
        const made = resourceFrom(kind, exchange, full);
        if (!made) {
          judge.lastCreateFailure = describeResponse(exchange);
          return;
        }
        judge.created++;
        const given = plan.configMembers.filter((f) => typeof full[f] !== "object" && full[f] !== undefined);
        const item: Item = {
          arn: made.arn,
          acknowledged: made.output,
          assigned: pickKeys(made.output, plan.assigned),
          ...(plan.tags ? { tags: { ...((made.output.tags as Record<string, string>) ?? {}) } } : {}),
          deleted: false,
          companions: [],
        };
        judge.same(plan.create, exchange, { ...item, acknowledged: full }, made.output, given);
        const response = body(exchange);
        for (const c of plan.companions) {
          const held = response[c.holder] as Obj | undefined;
          if (held && typeof held.arn === "string")
            item.companions.push({ plan: c, arn: held.arn, assigned: pickKeys(held, c.assigned) });
        }
        m.items.push(item);
      },
      toString: () => `${plan.create.name}(${canonical(input).slice(0, 80)})`,
    };
  }

  get(select: Select): Step | undefined {
    if (!this.plan.get) return undefined;
    const { op, member } = this.plan.get;
    const { judge, plan } = this;
    return {
      check: (m) => !!select(m),
      run: async (m) => {
        const item = select(m)!;
        const exchange = await judge.send(op, { [member]: item.arn });
        if (item.deleted) return judge.gone(op, exchange, item, "read");
        const got = body(exchange)[plan.kind.outputMember] as Obj | undefined;
        judge.read(op, exchange, item, got, op.successSchema?.properties?.[plan.kind.outputMember]);
      },
      toString: () => `${op.name}()`,
    };
  }

  update(select: Select, input: Input): Step | undefined {
    if (!this.plan.update) return undefined;
    const { op, member } = this.plan.update;
    const { judge, plan } = this;
    return {
      check: (m) => !!select(m),
      run: async (m) => {
        const item = select(m)!;
        const full = { ...input, [member]: item.arn };
        const exchange = await judge.send(op, full);
        if (item.deleted) return judge.gone(op, exchange, item, "updated");
        if (!succeeded(exchange)) return;
        const got = body(exchange)[plan.kind.outputMember] as Obj | undefined;
        const given = plan.configMembers.filter((f) => typeof full[f] !== "object" && full[f] !== undefined);
        judge.same(op, exchange, { ...item, acknowledged: full }, got, given);
        const declared = schemaMembers(op.successSchema?.properties?.[plan.kind.outputMember]);
        judge.assigned(op, exchange, plan.kind.noun, item.arn, item.assigned, got, declared);
        if (got) item.acknowledged = got;
      },
      toString: () => `${op.name}(${canonical(input).slice(0, 80)})`,
    };
  }

  delete(select: Select): Step | undefined {
    if (!this.plan.delete) return undefined;
    const { op, member } = this.plan.delete;
    const { judge, plan } = this;
    return {
      check: (m) => !!select(m),
      run: async (m) => {
        const item = select(m)!;
        const exchange = await judge.send(op, { [member]: item.arn });
        if (item.deleted) return judge.gone(op, exchange, item, "deleted again");
        judge.observe({
          kind: "deleted",
          op,
          exchange,
          noun: plan.kind.noun,
          arn: item.arn,
          succeeded: succeeded(exchange),
        });
        if (succeeded(exchange)) this.markDeleted(m, item);
      },
      toString: () => `${op.name}()`,
    };
  }

  /** Every page of `op` with `scope`: the items by ARN, with the page each was on. */
  private async walk(op: OperationSpec, scope: Input) {
    const pg = op.pagination!;
    const found = new Map<string, { item: Obj; exchange: Exchange }>();
    const size = pg.pageSize ? op.input.find((x) => x.name === pg.pageSize)?.schema.maximum : undefined;
    let token: string | undefined;
    let last: Exchange | undefined;
    let pages = 0;
    do {
      last = await this.judge.send(op, {
        ...scope,
        ...(pg.pageSize ? { [pg.pageSize]: size ?? 100 } : {}),
        ...(token ? { [pg.inputToken]: token } : {}),
      });
      if (!succeeded(last)) return { found, last, complete: false };
      const b = body(last);
      for (const it of objects(b[pg.items]))
        if (typeof it.arn === "string") found.set(it.arn, { item: it, exchange: last });
      token = typeof b[pg.outputToken] === "string" && b[pg.outputToken] ? (b[pg.outputToken] as string) : undefined;
    } while (token && ++pages < 200);
    return { found, last, complete: true };
  }

  list(): Step | undefined {
    const list = this.plan.list;
    if (!list?.pagination) return undefined;
    const { judge, plan } = this;
    const schema = itemSchema(list, list.pagination.items);
    return {
      check: (m) => m.items.length > 0,
      run: async (m, r) => {
        const scope = plan.parent?.listMember ? { [plan.parent.listMember]: r.scope[plan.parent.producerMember] } : {};
        const { found, last, complete } = await this.walk(list, scope);
        if (!complete) return;
        for (const item of m.items) {
          const { arn, deleted } = item;
          const seen = found.get(arn);
          judge.observe({ kind: "listed", op: list, exchange: last, noun: plan.kind.noun, arn, deleted, seen: !!seen });
          if (seen && !deleted) judge.read(list, seen.exchange, item, seen.item, schema);
        }
      },
      toString: () => `${list.name}()`,
    };
  }

  batch(): Step | undefined {
    const batch = this.plan.batch;
    if (!batch) return undefined;
    const { judge, plan } = this;
    const schema = itemSchema(batch.op, batch.results);
    return {
      check: (m) => m.items.length > 0,
      run: async (m) => {
        const exchange = await judge.send(batch.op, { [batch.member]: m.items.map((i) => i.arn) });
        const results = objects(body(exchange)[batch.results]);
        for (const item of m.items) {
          const found = results.filter((x) => x.arn === item.arn);
          const { arn, deleted } = item;
          judge.observe({
            kind: "batch_read",
            op: batch.op,
            exchange,
            noun: plan.kind.noun,
            arn,
            deleted,
            found: found.length,
          });
          if (!deleted) judge.read(batch.op, exchange, item, found[0], schema);
        }
      },
      toString: () => `${batch.op.name}()`,
    };
  }

  /** The resources the producer returned beside the item, read through their own kind's operations. */
  companions(select: Select): Step | undefined {
    if (!this.plan.companions.length) return undefined;
    const { judge } = this;
    return {
      // Deleting a channel deletes its stream keys ("Deletes the specified channel and its associated
      // stream keys"): companions are read while the resource lives.
      check: (m) => !select(m)?.deleted && !!select(m)?.companions.length,
      run: async (m) => {
        const item = select(m)!;
        for (const c of item.companions) {
          const { plan: cp, arn } = c;
          const noun = cp.kind.noun;
          if (cp.get) {
            const exchange = await judge.send(cp.get.op, { [cp.get.member]: arn });
            const got = body(exchange)[cp.kind.outputMember] as Obj | undefined;
            const declared = schemaMembers(cp.get.op.successSchema?.properties?.[cp.kind.outputMember]);
            judge.assigned(cp.get.op, exchange, noun, arn, c.assigned, got, declared);
          }
          if (cp.list?.op.pagination) {
            const { found, last, complete } = await this.walk(cp.list.op, { [cp.list.parentMember]: item.arn });
            if (complete) {
              const seen = found.get(arn);
              judge.observe({
                kind: "listed",
                op: cp.list.op,
                exchange: last,
                noun,
                arn,
                deleted: false,
                seen: !!seen,
              });
              const declared = schemaMembers(itemSchema(cp.list.op, cp.list.op.pagination.items));
              judge.assigned(cp.list.op, seen?.exchange, noun, arn, c.assigned, seen?.item, declared);
            }
          }
          if (cp.batch) {
            const exchange = await judge.send(cp.batch.op, { [cp.batch.member]: [arn] });
            const found = objects(body(exchange)[cp.batch.results]).filter((x) => x.arn === arn);
            judge.observe({
              kind: "batch_read",
              op: cp.batch.op,
              exchange,
              noun,
              arn,
              deleted: false,
              found: found.length,
            });
            const declared = schemaMembers(itemSchema(cp.batch.op, cp.batch.results));
            judge.assigned(cp.batch.op, exchange, noun, arn, c.assigned, found[0], declared);
          }
        }
      },
      toString: () => `companions(${this.plan.companions.map((c) => c.kind.noun).join(", ")})`,
    };
  }

  tag(select: Select, tags: Record<string, string>): Step | undefined {
    if (!this.plan.tags) return undefined;
    const { tag } = this.plan.tags;
    const { judge } = this;
    return {
      check: (m) => !!select(m),
      run: async (m) => {
        const item = select(m)!;
        const exchange = await judge.send(tag, { resourceArn: item.arn, tags });
        if (item.deleted) return judge.gone(tag, exchange, item, "tagged");
        if (succeeded(exchange)) item.tags = { ...item.tags, ...tags };
      },
      toString: () => `${tag.name}(${Object.keys(tags).length} tags)`,
    };
  }

  untag(select: Select, n: number): Step | undefined {
    if (!this.plan.tags) return undefined;
    const { untag } = this.plan.tags;
    const { judge } = this;
    return {
      check: (m) => !!select(m),
      run: async (m) => {
        const item = select(m)!;
        const keys = Object.keys(item.tags ?? {});
        const tagKeys = keys.length ? keys.filter((_, k) => (n >> k) & 1 || k === 0) : ["conformance-absent-key"];
        const exchange = await judge.send(untag, { resourceArn: item.arn, tagKeys });
        if (item.deleted) return judge.gone(untag, exchange, item, "untagged");
        if (succeeded(exchange) && item.tags) for (const k of tagKeys) delete item.tags[k];
      },
      toString: () => `${untag.name}()`,
    };
  }

  listTags(select: Select): Step | undefined {
    if (!this.plan.tags) return undefined;
    const { listTags } = this.plan.tags;
    const { judge } = this;
    return {
      check: (m) => !!select(m),
      run: async (m) => {
        const item = select(m)!;
        const exchange = await judge.send(listTags, { resourceArn: item.arn });
        if (item.deleted) return judge.gone(listTags, exchange, item, "listed for tags");
        const got = succeeded(exchange) ? (body(exchange).tags ?? {}) : undefined;
        judge.observe({ kind: "tags", op: listTags, exchange, arn: item.arn, expected: item.tags ?? {}, got });
      },
      toString: () => `${listTags.name}()`,
    };
  }
}

const present = (steps: (Step | undefined)[]): Step[] => steps.filter((s): s is Step => !!s);

/** Each step once, in order (see the header), on the newest resource and then on the deleted one. */
interface FixedInputs {
  create: [Input, Input];
  update: [Input, Input];
  tags: [Record<string, string>, Record<string, string>];
  n: number;
}

function fixedSteps(s: Steps, v: FixedInputs): Step[] {
  return present([
    s.create(v.create[0]),
    s.create(v.create[1]),
    s.update(newestLive, v.update[0]),
    s.get(newestLive),
    s.companions(newestLive),
    s.tag(newestLive, v.tags[0]),
    s.listTags(newestLive),
    s.untag(newestLive, v.n),
    s.listTags(newestLive),
    s.delete(oldestLive),
    s.get(lastDeleted),
    s.update(lastDeleted, v.update[1]),
    s.tag(lastDeleted, v.tags[1]),
    s.untag(lastDeleted, v.n),
    s.listTags(lastDeleted),
    s.list(),
    s.batch(),
    s.delete(lastDeleted),
  ]);
}

function commands(h: ServiceHarness, plan: LifecyclePlan, judge: Judge): fc.Arbitrary<Iterable<Step>> {
  const s = new Steps(h, plan, judge);
  const idx = fc.nat({ max: 100 });
  const createArb = h.validArbitrary(plan.create, { existingOnly: true });
  const updateArb = plan.update ? h.validArbitrary(plan.update.op, { existingOnly: true }) : fc.constant({});
  const tagsArb = plan.tags
    ? h.validArbitrary(plan.tags.tag, { existingOnly: true }).map((i) => (i.tags ?? {}) as Record<string, string>)
    : fc.constant({});
  // Each step the plan has (a step the plan lacks is undefined, and left out).
  const random = [
    createArb.map((input) => s.create(input)),
    plan.get && idx.map((i) => s.get(nth(i))!),
    plan.update && fc.tuple(idx, updateArb).map(([i, input]) => s.update(nth(i), input)!),
    plan.delete && idx.map((i) => s.delete(nth(i))!),
    plan.list && fc.constant(null).map(() => s.list()!),
    plan.batch && fc.constant(null).map(() => s.batch()!),
    plan.companions.length > 0 && idx.map((i) => s.companions(nth(i))!),
    plan.tags && fc.tuple(idx, tagsArb).map(([i, tags]) => s.tag(nth(i), tags)!),
    plan.tags && fc.tuple(idx, fc.nat()).map(([i, n]) => s.untag(nth(i), n)!),
    plan.tags && idx.map((i) => s.listTags(nth(i))!),
  ].filter((a): a is fc.Arbitrary<Step> => !!a);
  const fixed = fc
    .record({
      create: fc.tuple(createArb, createArb),
      update: fc.tuple(updateArb, updateArb),
      tags: fc.tuple(tagsArb, tagsArb),
      n: fc.nat(),
    })
    .map((v) => fixedSteps(s, v));
  return fc.tuple(fixed, fc.commands(random, { maxCommands: RANDOM_STEPS })).map(([first, rest]) => ({
    *[Symbol.iterator]() {
      yield* first;
      yield* rest;
    },
    toString: () => `${first.map(String).join(", ")}; then ${String(rest)}`,
  }));
}

/**
 * Deletes what a run left, so that later runs' lists stay short, or, for a kind no operation
 * deletes, stops it (StopComposition), so that nothing keeps running; not judged.
 */
async function cleanUp(h: ServiceHarness, plan: LifecyclePlan, model: Model): Promise<void> {
  const end = plan.delete ?? plan.stop;
  if (!end) return;
  const { op, member } = end;
  for (const item of model.items) if (!item.deleted) await h.sendUncached(op, { [member]: item.arn }, "raw");
}

/** One model run of a kind's lifecycle, judged by `checks`; memoised, so that its cells share it. */
function modelRun(h: ServiceHarness, plan: LifecyclePlan, checks: readonly LifecycleCheck[]): Promise<Outcome> {
  return h.memo(`lifecycle:${plan.kind.key}:${checks.map((c) => c.name).join(",")}`, async () => {
    await h.prepare(plan.create);
    for (const o of [plan.update?.op, plan.tags?.tag].filter((x): x is OperationSpec => !!x)) await h.prepare(o);
    let scope: Input = {};
    if (plan.parent) {
      const made = await h.pool.create(plan.parent.kind);
      if (!("resource" in made))
        return notApplicable(`no ${plan.parent.kind.noun} could be made to hold ${plan.kind.noun}s: ${made.failure}`);
      scope = { [plan.parent.producerMember]: made.resource.arn };
    }
    const judge = new Judge(h, plan, checks);
    const title = `${plan.create.name}: lifecycle`;
    // After the first failure, fast-check shrinks: within SHRINK_BUDGET runs; past it every
    // candidate passes at once, and the smallest failure found so far is reported.
    let shrinking = -1;
    const details = await fc.check(
      fc.asyncProperty(commands(h, plan, judge), async (cmds) => {
        if (shrinking >= 0 && ++shrinking > SHRINK_BUDGET) return;
        const model: Model = { items: [], deletions: 0 };
        try {
          await fc.asyncModelRun(() => ({ model, real: { scope } }), cmds);
        } catch (e) {
          if (shrinking < 0) shrinking = 0;
          throw e;
        } finally {
          await cleanUp(h, plan, model);
        }
      }),
      { seed: h.config.seed, numRuns: h.config.runs, ...(h.config.path ? { path: h.config.path } : {}) },
    );
    if (!details.failed && judge.created === 0)
      return notApplicable(
        `no ${plan.kind.noun} could be created in ${details.numRuns} runs: ` +
          `${plan.create.name} answered ${judge.lastCreateFailure ?? "nothing"}`,
      );
    if (!details.failed)
      return pass(details.numRuns, [
        ...describePlan(plan),
        `${judge.created} ${plan.kind.noun}s created`,
        ranNote(plan, judge, details.numRuns),
      ]);
    const error = details.errorInstance;
    if (!isConformanceFailure(error)) throw error instanceof Error ? error : new Error(`${title}: ${String(error)}`);
    const steps = String(details.counterexample?.[0] ?? "");
    error.details.context = `${error.details.context ?? ""}; steps: ${steps.slice(0, 1200)}`;
    return failed(
      error.withReplay({
        seed: details.seed,
        ...(details.counterexamplePath ? { path: details.counterexamplePath } : {}),
        testTitle: "",
        env: h.config.reproduceEnv,
      }),
      describePlan(plan),
    );
  });
}

/** Which operations the runs sent, how often, and any of the plan's that never ran. */
function ranNote(plan: LifecyclePlan, judge: Judge, runs: number): string {
  const ops = planOperations(plan);
  const never = ops.filter((o) => !judge.ran.get(o.name));
  return (
    `requests over ${runs} runs (each run takes every step once, then up to ${RANDOM_STEPS} random ones): ` +
    ops.map((o) => `${o.name} ${judge.ran.get(o.name) ?? 0}`).join(", ") +
    (never.length ? `; never sent: ${never.map((o) => o.name).join(", ")}` : "")
  );
}

function describePlan(plan: LifecyclePlan): string[] {
  const reset = resetFor(plan.create);
  const missing = [
    !plan.update && "no update",
    !plan.delete && "no delete",
    !plan.list && "no list",
    !plan.tags && "no tags",
  ].filter(Boolean);
  const theSpecHas = missing.length ? ` (the spec has ${missing.join(", ")})` : "";
  const stopped = plan.stop ? [`what each run started is stopped with ${plan.stop.op.name} (not judged)`] : [];
  const assigned = [
    `${plan.kind.noun} ${plan.assigned.join(", ")}`,
    ...plan.companions.map((c) => `its ${c.kind.noun} ${c.assigned.join(", ")}`),
  ];
  return [
    `${plan.kind.noun} lifecycle over ${planOperations(plan)
      .map((o) => o.name)
      .join(", ")}${theSpecHas}`,
    `server-assigned, compared across every read: ${assigned.join("; ")}`,
    ...stopped,
    ...(reset
      ? [
          `each ${plan.create.name} follows the documented reset ${reset.id} ` +
            `(${reset.remove.operation} of what ${reset.list.operation} shows, then ${reset.operation}): ` +
            reset.documented,
        ]
      : []),
  ];
}

/**
 * A lifecycle check's cell. One model run judges every lifecycle check; when it fails on another
 * check than this cell's, this cell reruns judged by its own check alone, so that each cell reports
 * its own first failure. Every operation of the plan must be implemented: the cell's own first,
 * then the others, so that a missing step is named, never blamed on another behaviour.
 */
export async function lifecycleCell(
  h: ServiceHarness,
  op: OperationSpec,
  check: LifecycleCheck,
  all: readonly LifecycleCheck[],
): Promise<Outcome> {
  const plan = lifecycleHeadedBy(h, op, check.name);
  if (!plan) return notApplicable(`${op.name} heads no lifecycle for ${check.name}`);
  const own = await h.implemented(op);
  if (own) return notRun(own);
  for (const o of planOperations(plan)) {
    const missing = o === op ? undefined : await h.implemented(o);
    if (missing) return notRun(`${o.name} ${missing} (the ${plan.kind.noun} lifecycle needs ${o.name})`);
  }
  let outcome = await modelRun(h, plan, all);
  if (outcome.status === "fail" && outcome.failure?.details.check !== check.name) {
    outcome = await modelRun(h, plan, [check]);
  }
  if (outcome.failure) {
    outcome.failure.withReplay({ ...outcome.failure.replay!, testTitle: cellTitle(op.name, check.name) });
  }
  return outcome;
}
