// Lifecycles, model-based (fc.commands): create, get, update, list, tag, untag and delete a kind's
// resources in random orders against a model of what must exist. What the target returns is
// compared with what it acknowledged on create or update (lifecycle_consistent); a deleted resource
// must answer 404 ResourceNotFoundException and leave every list (use_after_delete).
//
// One model run per kind judges both checks; when it fails on one, the other check's cell reruns
// with that one ignored, so each cell reports its own first failure.
//
// Under a documented per-parent limit (CreateStreamKey: 1 per channel), each create follows the
// documented reset first (documented-resets.ts); what the reset deleted counts as deleted.
import fc from "fast-check";
import type { OperationSpec } from "../../../spec/contract/contract.ts";
import type { Input } from "../arbitraries/input-arbitrary.ts";
import { canonicalJson as canonical } from "../canonical-json.ts";
import type { LifecycleObservation } from "../checks/context.ts";
import type { CheckDefinition } from "../checks/define-check.ts";
import { type Exchange, parseJsonBody } from "../clients/exchange.ts";
import { applyReset, resetFor } from "../documented-resets.ts";
import { describeResponse, isConformanceFailure } from "../failure.ts";
import { cellTitle } from "../matrix.ts";
import { failed, notApplicable, notRun, type Outcome, pass } from "../outcome.ts";
import { resourceFrom } from "../resource-pool.ts";
import type { ServiceHarness } from "../service-harness.ts";
import { type LifecyclePlan, lifecycleHeadedBy } from "./lifecycle-plan.ts";

type LifecycleCheck = CheckDefinition<"lifecycle">;

interface Item {
  arn: string;
  /** The resource as the target last acknowledged it (create or update response). */
  acknowledged: Record<string, unknown>;
  tags?: Record<string, string>;
  deleted: boolean;
}
interface Model {
  items: Item[];
}
interface Real {
  scope: Input;
}

const MAX_ITEMS = 4;
const ok = (e: Exchange) => !!e.response && e.response.status >= 200 && e.response.status < 300;
const body = (e: Exchange) => {
  const p = e.response ? parseJsonBody(e.response.body) : { ok: false as const };
  return p.ok && p.value && typeof p.value === "object" ? (p.value as Record<string, unknown>) : {};
};

/** Hands every observation of a model run to the lifecycle checks it judges (all but the ignored). */
class Judge {
  created = 0;
  lastCreateFailure: string | undefined;
  constructor(
    readonly plan: LifecyclePlan,
    readonly checks: readonly LifecycleCheck[],
  ) {}
  observe(observation: LifecycleObservation): void {
    for (const check of this.checks) check.judge(observation);
  }
  /** A deleted resource, used again. */
  gone(op: OperationSpec, exchange: Exchange, item: Item, verb: string): void {
    this.observe({ kind: "used_after_delete", op, exchange, noun: this.plan.kind.noun, arn: item.arn, verb });
  }
  /** The configuration members of `got` equal what was acknowledged. */
  same(
    op: OperationSpec,
    exchange: Exchange,
    item: Item,
    got: Record<string, unknown> | undefined,
    fields: readonly string[],
  ): void {
    this.observe({ kind: "acknowledged", op, exchange, arn: item.arn, expected: item.acknowledged, got, fields });
  }
}

function pick(m: Model, index: number, live?: boolean): Item | undefined {
  const pool = live === undefined ? m.items : m.items.filter((i) => i.deleted !== live);
  return pool.length ? pool[index % pool.length] : undefined;
}

function commands(
  h: ServiceHarness,
  plan: LifecyclePlan,
  judge: Judge,
): fc.Arbitrary<Iterable<fc.AsyncCommand<Model, Real>>> {
  const { kind } = plan;
  const idx = fc.nat({ max: 100 });
  const cmds: fc.Arbitrary<fc.AsyncCommand<Model, Real>>[] = [];
  const createArb = h.validArbitrary(plan.create, { existingOnly: true });
  cmds.push(
    createArb.map((input) => ({
      check: (m: Model) => m.items.length < MAX_ITEMS,
      async run(m: Model, r: Real) {
        const full = { ...input, ...r.scope };
        const reset = await applyReset(h.spec.operations, plan.create, full, (o, i) => h.sendUncached(o, i));
        if ("failure" in reset) {
          judge.lastCreateFailure = reset.failure;
          return;
        }
        for (const item of m.items) if (reset.deleted.includes(item.arn)) item.deleted = true;
        const exchange = await h.sendUncached(plan.create, full);
        const made = resourceFrom(kind, exchange, full);
        if (!made) {
          judge.lastCreateFailure = describeResponse(exchange);
          return;
        }
        judge.created++;
        const given = plan.configMembers.filter((f) => typeof full[f] !== "object" && full[f] !== undefined);
        judge.same(plan.create, exchange, { arn: made.arn, acknowledged: full, deleted: false }, made.output, given);
        m.items.push({
          arn: made.arn,
          acknowledged: made.output,
          ...(plan.tags ? { tags: { ...((made.output.tags as Record<string, string>) ?? {}) } } : {}),
          deleted: false,
        });
      },
      toString: () => `${plan.create.name}(${canonical(input).slice(0, 80)})`,
    })),
  );
  if (plan.get) {
    const { op, member } = plan.get;
    cmds.push(
      idx.map((i) => ({
        check: (m: Model) => m.items.length > 0,
        async run(m: Model) {
          const item = pick(m, i)!;
          const exchange = await h.sendUncached(op, { [member]: item.arn });
          if (item.deleted) return judge.gone(op, exchange, item, "read");
          const got = body(exchange)[kind.outputMember] as Record<string, unknown> | undefined;
          judge.same(op, exchange, item, got, ["arn", ...plan.configMembers]);
          if (item.tags && got && "tags" in got) {
            judge.observe({ kind: "tags", op, exchange, arn: item.arn, expected: item.tags, got: got.tags });
          }
        },
        toString: () => `${op.name}(#${i})`,
      })),
    );
  }
  if (plan.update) {
    const { op, member } = plan.update;
    cmds.push(
      fc.tuple(idx, h.validArbitrary(op, { existingOnly: true })).map(([i, input]) => ({
        check: (m: Model) => m.items.length > 0,
        async run(m: Model) {
          const item = pick(m, i)!;
          const full = { ...input, [member]: item.arn };
          const exchange = await h.sendUncached(op, full);
          if (item.deleted) return judge.gone(op, exchange, item, "updated");
          if (!ok(exchange)) return;
          const got = body(exchange)[kind.outputMember] as Record<string, unknown> | undefined;
          const given = plan.configMembers.filter((f) => typeof full[f] !== "object" && full[f] !== undefined);
          judge.same(op, exchange, { ...item, acknowledged: full }, got, given);
          if (got) item.acknowledged = got;
        },
        toString: () => `${op.name}(#${i}, ${canonical(input).slice(0, 80)})`,
      })),
    );
  }
  if (plan.delete) {
    const { op, member } = plan.delete;
    cmds.push(
      idx.map((i) => ({
        check: (m: Model) => m.items.length > 0,
        async run(m: Model) {
          const item = pick(m, i)!;
          const exchange = await h.sendUncached(op, { [member]: item.arn });
          if (item.deleted) return judge.gone(op, exchange, item, "deleted again");
          judge.observe({ kind: "deleted", op, exchange, noun: kind.noun, arn: item.arn, succeeded: ok(exchange) });
          if (ok(exchange)) item.deleted = true;
        },
        toString: () => `${op.name}(#${i})`,
      })),
    );
  }
  if (plan.list) {
    const list = plan.list;
    const pg = list.pagination!;
    cmds.push(
      fc.constant({
        check: (m: Model) => m.items.length > 0,
        async run(m: Model, r: Real) {
          const seen = new Set<string>();
          let token: string | undefined;
          let last: Exchange | undefined;
          let pages = 0;
          do {
            const scope = plan.parent?.listMember
              ? { [plan.parent.listMember]: r.scope[plan.parent.producerMember] }
              : {};
            last = await h.sendUncached(list, {
              ...scope,
              ...(pg.pageSize
                ? { [pg.pageSize]: list.input.find((x) => x.name === pg.pageSize)?.schema.maximum ?? 100 }
                : {}),
              ...(token ? { [pg.inputToken]: token } : {}),
            });
            if (!ok(last)) return;
            const b = body(last);
            for (const it of (b[pg.items] as Record<string, unknown>[] | undefined) ?? []) seen.add(String(it.arn));
            token =
              typeof b[pg.outputToken] === "string" && b[pg.outputToken] ? (b[pg.outputToken] as string) : undefined;
          } while (token && ++pages < 200);
          for (const item of m.items) {
            const { arn, deleted } = item;
            judge.observe({
              kind: "listed",
              op: list,
              exchange: last,
              noun: kind.noun,
              arn,
              deleted,
              seen: seen.has(arn),
            });
          }
        },
        toString: () => `${list.name}()`,
      }),
    );
  }
  if (plan.tags) {
    const { tag, untag, listTags } = plan.tags;
    const tagsArb = h.validArbitrary(tag, { existingOnly: true }).map((i) => (i.tags ?? {}) as Record<string, string>);
    cmds.push(
      fc.tuple(idx, tagsArb).map(([i, tags]) => ({
        check: (m: Model) => m.items.length > 0,
        async run(m: Model) {
          const item = pick(m, i)!;
          const exchange = await h.sendUncached(tag, { resourceArn: item.arn, tags });
          if (item.deleted) return judge.gone(tag, exchange, item, "tagged");
          if (ok(exchange)) item.tags = { ...item.tags, ...tags };
        },
        toString: () => `${tag.name}(#${i}, ${Object.keys(tags).length} tags)`,
      })),
      fc.tuple(idx, fc.nat()).map(([i, n]) => ({
        check: (m: Model) => m.items.length > 0,
        async run(m: Model) {
          const item = pick(m, i)!;
          const keys = Object.keys(item.tags ?? {});
          const tagKeys = keys.length ? keys.filter((_, k) => (n >> k) & 1 || k === 0) : ["conformance-absent-key"];
          const exchange = await h.sendUncached(untag, { resourceArn: item.arn, tagKeys });
          if (item.deleted) return judge.gone(untag, exchange, item, "untagged");
          if (ok(exchange) && item.tags) for (const k of tagKeys) delete item.tags[k];
        },
        toString: () => `${untag.name}(#${i})`,
      })),
      idx.map((i) => ({
        check: (m: Model) => m.items.length > 0,
        async run(m: Model) {
          const item = pick(m, i)!;
          const exchange = await h.sendUncached(listTags, { resourceArn: item.arn });
          if (item.deleted) return judge.gone(listTags, exchange, item, "listed for tags");
          const got = ok(exchange) ? (body(exchange).tags ?? {}) : undefined;
          judge.observe({ kind: "tags", op: listTags, exchange, arn: item.arn, expected: item.tags ?? {}, got });
        },
        toString: () => `${listTags.name}(#${i})`,
      })),
    );
  }
  return fc.commands(cmds, { maxCommands: 12 });
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
    const judge = new Judge(plan, checks);
    const title = `${plan.create.name}: lifecycle`;
    const details = await fc.check(
      fc.asyncProperty(commands(h, plan, judge), (cmds) =>
        fc.asyncModelRun(() => ({ model: { items: [] }, real: { scope } }), cmds),
      ),
      { seed: h.config.seed, numRuns: h.config.runs, ...(h.config.path ? { path: h.config.path } : {}) },
    );
    if (!details.failed && judge.created === 0)
      return notApplicable(
        `no ${plan.kind.noun} could be created in ${details.numRuns} runs: ` +
          `${plan.create.name} answered ${judge.lastCreateFailure ?? "nothing"}`,
      );
    if (!details.failed)
      return pass(details.numRuns, [...describePlan(plan), `${judge.created} ${plan.kind.noun}s created`]);
    const error = details.errorInstance;
    if (!isConformanceFailure(error)) throw error instanceof Error ? error : new Error(`${title}: ${String(error)}`);
    const steps = String(details.counterexample?.[0] ?? "");
    error.details.context = `${error.details.context ?? ""}; commands: ${steps.slice(0, 600)}`;
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

function describePlan(plan: LifecyclePlan): string[] {
  const reset = resetFor(plan.create);
  const ops = [
    plan.create,
    plan.get?.op,
    plan.update?.op,
    plan.list,
    plan.tags?.tag,
    plan.tags?.untag,
    plan.tags?.listTags,
    plan.delete?.op,
  ].filter((o): o is OperationSpec => !!o);
  const missing = [
    !plan.update && "no update",
    !plan.delete && "no delete",
    !plan.list && "no list",
    !plan.tags && "no tags",
  ].filter(Boolean);
  const theSpecHas = missing.length ? ` (the spec has ${missing.join(", ")})` : "";
  return [
    `${plan.kind.noun} lifecycle over ${ops.map((o) => o.name).join(", ")}${theSpecHas}`,
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
 * its own first failure.
 */
export async function lifecycleCell(
  h: ServiceHarness,
  op: OperationSpec,
  check: LifecycleCheck,
  all: readonly LifecycleCheck[],
): Promise<Outcome> {
  const plan = lifecycleHeadedBy(h, op, check.name);
  if (!plan) return notApplicable(`${op.name} heads no lifecycle for ${check.name}`);
  for (const o of [plan.create, plan.get?.op, plan.delete?.op]) {
    if (!o) continue;
    const missing = await h.implemented(o);
    if (missing) return notRun(`${missing} (the ${plan.kind.noun} lifecycle needs ${o.name})`);
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
