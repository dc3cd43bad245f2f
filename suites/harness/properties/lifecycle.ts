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
import { errorNameOf } from "../checks/helpers.ts";
import { lifecycleFailure } from "../checks/lifecycle.ts";
import type { CheckName } from "../checks/registry.ts";
import { type Exchange, parseJsonBody } from "../clients/exchange.ts";
import { applyReset, resetFor } from "../documented-resets.ts";
import { describeResponse, isConformanceFailure } from "../failure.ts";
import { failed, notApplicable, notRun, type Outcome, pass } from "../outcome.ts";
import { resourceFrom } from "../resource-pool.ts";
import type { ServiceHarness } from "../service-harness.ts";
import { type LifecyclePlan, lifecyclePlan } from "./lifecycle-plan.ts";
import { itemKind } from "./pagination.ts";

type LifecycleCheck = "lifecycle_consistent" | "use_after_delete";

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
const canonical = (v: unknown): string =>
  JSON.stringify(v, (_, x) =>
    x && typeof x === "object" && !Array.isArray(x)
      ? Object.fromEntries(Object.entries(x).sort(([a], [b]) => (a < b ? -1 : 1)))
      : x,
  );

class Judge {
  created = 0;
  lastCreateFailure: string | undefined;
  constructor(
    readonly plan: LifecyclePlan,
    readonly ignore: ReadonlySet<LifecycleCheck>,
  ) {}
  expect(
    check: LifecycleCheck,
    holds: boolean,
    op: OperationSpec,
    exchange: Exchange | undefined,
    title: string,
    documented: string,
    context: string,
  ): void {
    if (holds || this.ignore.has(check)) return;
    lifecycleFailure(check, op, exchange, title, documented, context);
  }
  /** A deleted resource, used again: 404 ResourceNotFoundException. */
  gone(op: OperationSpec, exchange: Exchange, item: Item, verb: string): void {
    const status = exchange.response?.status;
    this.expect(
      "use_after_delete",
      status === 404 && errorNameOf(exchange) === "ResourceNotFoundException",
      op,
      exchange,
      `A deleted ${this.plan.kind.noun} could still be ${verb}.`,
      "404 ResourceNotFoundException",
      `${item.arn} was deleted earlier in this run`,
    );
  }
  /** The configuration members of `got` equal what was acknowledged. */
  same(
    op: OperationSpec,
    exchange: Exchange,
    item: Item,
    got: Record<string, unknown> | undefined,
    fields: readonly string[],
  ): void {
    const differs = fields.filter(
      (f) => item.acknowledged[f] !== undefined && canonical(got?.[f]) !== canonical(item.acknowledged[f]),
    );
    this.expect(
      "lifecycle_consistent",
      !!got && differs.length === 0,
      op,
      exchange,
      `${op.name} disagrees with what was created or updated${differs.length ? ` on ${differs.join(", ")}` : ""}.`,
      canonical(Object.fromEntries(differs.map((f) => [f, item.acknowledged[f]]))),
      item.arn,
    );
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
          if (item.tags && got && "tags" in got)
            judge.expect(
              "lifecycle_consistent",
              canonical(got.tags) === canonical(item.tags),
              op,
              exchange,
              `${op.name} returned other tags than were set.`,
              canonical(item.tags),
              item.arn,
            );
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
          judge.expect(
            "lifecycle_consistent",
            ok(exchange),
            op,
            exchange,
            `Deleting an existing ${kind.noun} failed.`,
            `${op.successStatus}`,
            item.arn,
          );
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
            if (item.deleted)
              judge.expect(
                "use_after_delete",
                !seen.has(item.arn),
                list,
                last,
                `A deleted ${kind.noun} is still listed.`,
                "absent from every page",
                item.arn,
              );
            else
              judge.expect(
                "lifecycle_consistent",
                seen.has(item.arn),
                list,
                last,
                `An existing ${kind.noun} is missing from ${list.name}.`,
                "present on one page",
                item.arn,
              );
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
          judge.expect(
            "lifecycle_consistent",
            ok(exchange) && canonical(body(exchange).tags ?? {}) === canonical(item.tags ?? {}),
            listTags,
            exchange,
            `${listTags.name} disagrees with the tags that were set.`,
            canonical(item.tags ?? {}),
            item.arn,
          );
        },
        toString: () => `${listTags.name}(#${i})`,
      })),
    );
  }
  return fc.commands(cmds, { maxCommands: 12 });
}

function planFor(h: ServiceHarness, op: OperationSpec, check: LifecycleCheck): LifecyclePlan | undefined {
  for (const kind of h.kinds) {
    const plan = lifecyclePlan(h, kind, (o) => itemKind(h, o));
    if (check === "lifecycle_consistent" && kind.producer === op && (plan.get || plan.list)) return plan;
    if (check === "use_after_delete" && plan.delete?.op === op) return plan;
  }
  return undefined;
}

/** Whether an operation heads a lifecycle cell: producers for consistency, deleters for use after delete. */
export function lifecycleApplies(h: ServiceHarness, op: OperationSpec, check: CheckName): boolean {
  return (check === "lifecycle_consistent" || check === "use_after_delete") && planFor(h, op, check) !== undefined;
}

function modelRun(h: ServiceHarness, plan: LifecyclePlan, ignore: LifecycleCheck[]): Promise<Outcome> {
  return h.memo(`lifecycle:${plan.kind.key}:${ignore.join(",")}`, async () => {
    await h.prepare(plan.create);
    for (const o of [plan.update?.op, plan.tags?.tag].filter((x): x is OperationSpec => !!x)) await h.prepare(o);
    let scope: Input = {};
    if (plan.parent) {
      const made = await h.pool.create(plan.parent.kind);
      if (!("resource" in made))
        return notApplicable(`no ${plan.parent.kind.noun} could be made to hold ${plan.kind.noun}s: ${made.failure}`);
      scope = { [plan.parent.producerMember]: made.resource.arn };
    }
    const judge = new Judge(plan, new Set(ignore));
    const title = `${plan.create.name}: lifecycle`;
    const details = await fc.check(
      fc.asyncProperty(commands(h, plan, judge), (cmds) =>
        fc.asyncModelRun(() => ({ model: { items: [] }, real: { scope } }), cmds),
      ),
      { seed: h.config.seed, numRuns: h.config.runs, ...(h.config.path ? { path: h.config.path } : {}) },
    );
    if (!details.failed && judge.created === 0)
      return notApplicable(
        `no ${plan.kind.noun} could be created in ${details.numRuns} runs: ${plan.create.name} answered ${judge.lastCreateFailure ?? "nothing"}`,
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
  return [
    `${plan.kind.noun} lifecycle over ${ops.map((o) => o.name).join(", ")}${missing.length ? ` (the spec has ${missing.join(", ")})` : ""}`,
    ...(reset
      ? [
          `each ${plan.create.name} follows the documented reset ${reset.id} (${reset.remove.operation} of what ${reset.list.operation} shows, then ${reset.operation}): ${reset.documented}`,
        ]
      : []),
  ];
}

export async function lifecycleCell(h: ServiceHarness, op: OperationSpec, check: CheckName): Promise<Outcome> {
  if (check !== "lifecycle_consistent" && check !== "use_after_delete")
    return notApplicable(`${check} is not a lifecycle check`);
  const plan = planFor(h, op, check);
  if (!plan)
    return notApplicable(
      `${op.name} heads no ${check === "use_after_delete" ? "delete" : "create"} step of a lifecycle`,
    );
  for (const o of [plan.create, plan.get?.op, plan.delete?.op]) {
    if (!o) continue;
    const missing = await h.implemented(o);
    if (missing) return notRun(`${missing} (the ${plan.kind.noun} lifecycle needs ${o.name})`);
  }
  const other: LifecycleCheck = check === "lifecycle_consistent" ? "use_after_delete" : "lifecycle_consistent";
  let outcome = await modelRun(h, plan, []);
  if (outcome.status === "fail" && outcome.failure?.details.check === other) outcome = await modelRun(h, plan, [other]);
  if (outcome.failure) outcome.failure.withReplay({ ...outcome.failure.replay!, testTitle: `${op.name}: ${check}` });
  return outcome;
}
