// Pagination, for every paginated operation: make more items than a page holds, walk the pages at
// random maxResults, and judge each walk (pagination_complete, pagination_no_duplicates,
// page_size_respected); send page tokens the target never issued (invalid_token_rejected).
//
// Items are made by the producer the spec names for them (producers.ts). A list scoped by a
// parent (ListStreamKeys.channelArn) gets a fresh parent; a list with a filter on an association
// the producer can set (ListChannels.filterByRecordingConfigurationArn) gets a fresh association,
// so a walk sees the suite's items and few others. Items no operation creates (live streams,
// participants) are made through the target's test hooks when it has them (hooked-lists.ts); items
// whose producer names resources deep in its input, from valid inputs (deep-references.ts).
import fc from "fast-check";
import type { OperationSpec } from "../../../spec/contract/contract.ts";
import type { Input } from "../arbitraries/input-arbitrary.ts";
import type { Page, PageWalk } from "../checks/context.ts";
import type { CheckDefinition } from "../checks/define-check.ts";
import { paginationComplete } from "../checks/pagination-complete.ts";
import { parseJsonBody } from "../clients/exchange.ts";
import { ThrottledError } from "../clients/retry-policy.ts";
import { mapConcurrent } from "../concurrency.ts";
import { limitListedBy } from "../documented-resets.ts";
import { ConformanceFailure, failCheck } from "../failure.ts";
import { cellTitle } from "../matrix.ts";
import { notApplicable, notRun, type Outcome } from "../outcome.ts";
import { listItemKind, referencedKind } from "../producers.ts";
import { judgeSampled, runProperty } from "../property.ts";
import { NotRunError } from "../run-safety/not-run-error.ts";
import type { ServiceHarness } from "../service-harness.ts";
import { hooksNote, withoutHooks } from "../test-hooks.ts";
import { hasDeepReferences, makeFromValidInputs } from "./deep-references.ts";
import { hookedListFor } from "./hooked-lists.ts";
import { WalkProgress } from "./walk-progress.ts";

/** Items made per list: more than the smallest pages hold, few enough to stay quick. */
const ITEMS = 12;

export interface Plan {
  scope: Input;
  /** The item member that identifies an item: `arn`, or a hooked list's own. */
  id: string;
  expected: string[];
  notes: string[];
}

async function hookedPlan(h: ServiceHarness, op: OperationSpec, why: string): Promise<Plan | string> {
  const hooked = hookedListFor(op.name);
  if (!hooked) return why;
  const hooks = await h.hooks();
  if (!hooks) throw new NotRunError(withoutHooks(op.name, hooked.needs));
  try {
    const made = await hooked.make(h, hooks, ITEMS);
    if (typeof made === "string") return `the target's test hooks could not make the items of ${op.name}: ${made}`;
    return { ...made, id: hooked.id, notes: [hooksNote(hooks, made.notes.join("; "))] };
  } catch (e) {
    // Throttled past the retry budget is the run's blind spot (not run), not the hooks' failure.
    if (e instanceof ThrottledError) throw e;
    return `the target's test hooks could not make the items of ${op.name}: ${(e as Error).message}`;
  }
}

/** The items a list's walks must see, made once per list (also the population of hooked lists' filter walks). */
export function listPlan(h: ServiceHarness, op: OperationSpec): Promise<Plan | string> {
  return h.memo(`pagination-plan:${op.name}`, async () => {
    const kind = listItemKind(h.kinds, op);
    if (!kind)
      return hookedPlan(
        h,
        op,
        `no operation in the spec creates the items of ${op.name} ` +
          `(${op.pagination!.items} carry no ARN that a Create or Import operation returns)`,
      );
    const limit = limitListedBy(op);
    if (limit && limit.limit < 2 && op.input.find((m) => m.name === limit.list.parentMember)?.required) {
      return (
        `at most ${limit.limit} of ${op.pagination!.items} per ${limit.list.parentMember}, ` +
        `as documented (${limit.id}), ` +
        `so no ${limit.list.parentMember} can hold more than one page: ${limit.documented}`
      );
    }
    const scope: Input = {};
    const fixed: Record<string, string> = {};
    const notes: string[] = [];
    const producerRefs = h.references(kind.producer).filter((r) => r.path.length === 1);
    let filtered = false;
    for (const member of op.input) {
      const ref = referencedKind(h.kinds, op, [member.name], member.schema);
      if (!ref || ref.key === kind.key) continue;
      const producerRef = producerRefs.find((r) => r.kind.key === ref.key);
      const producerMember = producerRef ? kind.producer.input.find((m) => m.name === producerRef.path[0]) : undefined;
      // A required member scopes the list (a parent); an optional one is a filter, usable when the
      // producer can set the same association. Filters may exclude each other: one at most.
      const isFilter = !member.required;
      if (isFilter && (filtered || !producerMember || producerMember.required)) continue;
      const made = await h.pool.create(ref);
      if (!("resource" in made)) return `no ${ref.noun} could be made to scope ${op.name}: ${made.failure}`;
      scope[member.name] = made.resource.arn;
      if (producerMember) fixed[producerMember.name] = made.resource.arn;
      if (isFilter) filtered = true;
      const how = isFilter
        ? `filtered by ${member.name} (a fresh ${ref.noun})`
        : `under a fresh ${ref.noun} (${member.name})`;
      notes.push(`${op.name} walks ${how}`);
    }
    const expected: string[] = [];
    let failure: string | undefined;
    const deep = hasDeepReferences(h, kind);
    if (deep) notes.push(`${kind.noun}s made from valid inputs naming existing resources at any depth`);
    for (let i = 0; i < ITEMS; i++) {
      const made = deep
        ? await makeFromValidInputs(h, kind, fixed, h.config.seed + i)
        : await h.pool.create(kind, fixed);
      if ("resource" in made) expected.push(made.resource.arn);
      else {
        failure = made.failure;
        break;
      }
    }
    if (expected.length < 2)
      return (
        `only ${expected.length} ${kind.noun} could be made for ${op.name}, fewer than two pages need` +
        (failure ? `: ${failure}` : "")
      );
    if (failure) notes.push(`${expected.length} of ${ITEMS} ${kind.noun} made: ${failure}`);
    return { scope, id: "arn", expected, notes };
  });
}

async function walk(h: ServiceHarness, op: OperationSpec, p: Plan, maxResults: number): Promise<PageWalk> {
  return h.memo(`walk:${op.name}:${maxResults}`, async () => {
    const pg = op.pagination!;
    const pages: Page[] = [];
    const progress = new WalkProgress();
    let token: string | undefined;
    let endless: string | undefined;
    do {
      const input: Input = {
        ...p.scope,
        ...(pg.pageSize ? { [pg.pageSize]: maxResults } : {}),
        ...(token ? { [pg.inputToken]: token } : {}),
      };
      const exchange = await h.sendUncached(op, input);
      const r = exchange.response;
      const parsed = r && r.status >= 200 && r.status < 300 ? parseJsonBody(r.body) : undefined;
      if (!parsed?.ok) {
        // A walk that breaks off cannot be complete, whichever check asked for it.
        failCheck(paginationComplete.name, {
          op,
          exchange,
          title: `Page ${pages.length + 1} of a walk was not a success.`,
          documented: `${op.successStatus} with ${pg.items} and ${pg.outputToken}`,
          context: `maxResults ${maxResults}`,
        });
      }
      const body = parsed.value as Record<string, unknown>;
      const items = Array.isArray(body[pg.items]) ? (body[pg.items] as Record<string, unknown>[]) : [];
      token =
        typeof body[pg.outputToken] === "string" && body[pg.outputToken] !== ""
          ? (body[pg.outputToken] as string)
          : undefined;
      const ids = items.map((i) => String(i[p.id]));
      pages.push({ exchange, ids, ...(token ? { nextToken: token } : {}) });
      endless = progress.record(ids, token);
    } while (token && !endless);
    return { op, maxResults, pages, expected: p.expected, ...(endless ? { endless } : {}) };
  });
}

/** A walk check's cell: walks at random page sizes, each judged by the check. */
export async function walkCell(
  h: ServiceHarness,
  op: OperationSpec,
  check: CheckDefinition<"page_walks">,
): Promise<Outcome> {
  const missing = await h.implemented(op);
  if (missing) return notRun(missing);
  const p = await listPlan(h, op);
  if (typeof p === "string") return notApplicable(p);
  const pg = op.pagination!;
  const sizeSchema = pg.pageSize ? op.input.find((m) => m.name === pg.pageSize)?.schema : undefined;
  const min = Math.max(1, sizeSchema?.minimum ?? 1);
  const max = Math.min(sizeSchema?.maximum ?? 100, p.expected.length + 1);
  const arbitrary = fc.integer({ min, max });
  const run = {
    title: cellTitle(op.name, check.name),
    config: h.config,
    arbitrary,
    check: async (m: number) => check.judge(await walk(h, op, p, m)),
    shrinkBudget: 10,
  };
  const values = fc.sample(arbitrary, { seed: h.config.seed, numRuns: h.config.runs });
  // Walks of distinct sizes run concurrently; each walk's pages are sequential by nature.
  await mapConcurrent([...new Set(values)], h.config.concurrency, (m) => walk(h, op, p, m).catch(() => undefined));
  const outcome = await judgeSampled(run, values).catch((e: unknown) => {
    if (e instanceof ConformanceFailure) return runProperty(run);
    throw e;
  });
  return {
    ...outcome,
    notes: [
      ...(outcome.notes ?? []),
      ...p.notes,
      `${p.expected.length} items made; walks at maxResults ${min}..${max}`,
    ],
  };
}

/** Tokens no target issued: printable, pattern-valid, long enough not to be a real offset. */
const garbageToken = fc.stringMatching(/^[A-Za-z0-9+/=_-]{12,64}$/);

/** A token check's cell: valid requests carrying a page token the target never issued. */
export async function tokenCell(
  h: ServiceHarness,
  op: OperationSpec,
  check: CheckDefinition<"unissued_tokens">,
): Promise<Outcome> {
  const missing = await h.implemented(op);
  if (missing) return notRun(missing);
  await h.prepare(op);
  const pg = op.pagination!;
  const arbitrary = fc
    .tuple(h.validArbitrary(op, { existingOnly: true }), garbageToken)
    .map(([input, token]) => ({ ...input, [pg.inputToken]: token }));
  const values = fc.sample(arbitrary, { seed: h.config.seed, numRuns: h.config.runs });
  await mapConcurrent(values, h.config.concurrency, (input) => h.send(op, input, "raw"));
  return judgeSampled(
    {
      title: cellTitle(op.name, check.name),
      config: h.config,
      arbitrary,
      check: async (input) => check.judge({ op, exchange: await h.send(op, input, "raw") }),
    },
    values,
  );
}
