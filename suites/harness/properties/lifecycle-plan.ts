// Which operations make up a resource kind's lifecycle, from the spec: the producer, and the
// operations named for the same noun that take the kind's ARN (Get, Update, Delete), the list
// whose items are the kind, the batch read whose results are the kind, and the tag operations
// when the producer takes `tags`. A producer that also returns a resource of another kind
// (CreateChannel returns the channel's `streamKey`) makes that resource a companion, read back
// through its own kind's operations.
//
// Server-assigned members are the members of the resource in the create response that no
// create or update input carries (arn, a stream key's value, a key pair's fingerprint, a channel's
// ingestEndpoint and playbackUrl): scalar values the target made and may not change. Members the
// spec describes as a state (an enum, or "the current state", "the active session") may change.

import type { InputMember, OperationSpec } from "../../../spec/contract/contract.ts";
import type { JsonSchema } from "../../../spec/contract/json-schema.ts";
import { ITEM } from "../arbitraries/value-path.ts";
import type { SpecView } from "../checks/define-check.ts";
import { arnResourceType, listItemKind, operationReferences, type ResourceKind } from "../producers.ts";

/** An operation that takes one resource's ARN in `member`. */
export interface ArnOperation {
  op: OperationSpec;
  member: string;
}

/** A batch read: `member` takes a list of ARNs, `results` holds the resources found. */
export interface BatchRead {
  op: OperationSpec;
  member: string;
  results: string;
}

/** A resource of another kind that the producer returns beside its own (CreateChannel's `streamKey`). */
export interface CompanionPlan {
  /** The producer's response member that holds it. */
  holder: string;
  kind: ResourceKind;
  /** Its server-assigned members, as the producer returns them. */
  assigned: string[];
  get?: ArnOperation;
  /** The list of its kind, scoped by the parent's ARN in `parentMember`. */
  list?: { op: OperationSpec; parentMember: string };
  batch?: BatchRead;
}

export interface LifecyclePlan {
  kind: ResourceKind;
  create: OperationSpec;
  /** Member of get/update/delete that carries the ARN. */
  get?: ArnOperation;
  update?: ArnOperation;
  delete?: ArnOperation;
  /**
   * For a kind no operation deletes, the one that stops a resource (StopComposition): never judged,
   * it only ends what a run started, so that nothing keeps running after it.
   */
  stop?: ArnOperation;
  list?: OperationSpec;
  batch?: BatchRead;
  /** A required reference of the producer that the list is scoped by (CreateStreamKey.channelArn). */
  parent?: { kind: ResourceKind; producerMember: string; listMember?: string };
  tags?: { tag: OperationSpec; untag: OperationSpec; listTags: OperationSpec };
  /** Members of the producer and update inputs: the configuration a get must give back. */
  configMembers: string[];
  /** Members the target assigns on create and may never change (see the header). */
  assigned: string[];
  companions: CompanionPlan[];
}

function arnOperation(view: SpecView, kind: ResourceKind, verb: string): ArnOperation | undefined {
  const op = view.spec.operations.find((o) => o.name === `${verb}${kind.noun}`);
  if (!op) return undefined;
  const ref = operationReferences(view.kinds, op).find(
    (r) => r.path.length === 1 && r.kind.key === kind.key && op.input.find((m) => m.name === r.path[0])?.required,
  );
  return ref ? { op, member: ref.path[0]! } : undefined;
}

/** The operation that takes a required list of the kind's ARNs and returns the resources found. */
function batchRead(view: SpecView, kind: ResourceKind): BatchRead | undefined {
  for (const op of view.spec.operations) {
    const ref = operationReferences(view.kinds, op).find(
      (r) =>
        r.kind.key === kind.key &&
        r.path.length === 2 &&
        r.path[1] === ITEM &&
        op.input.find((m) => m.name === r.path[0])?.required,
    );
    if (!ref) continue;
    const results = Object.entries(op.successSchema?.properties ?? {}).find(
      ([name, s]) => name !== "errors" && s.type === "array" && s.items?.properties?.arn,
    )?.[0];
    if (results) return { op, member: ref.path[0]!, results };
  }
  return undefined;
}

const memberNamed = (op: OperationSpec, test: (m: InputMember) => boolean) => op.input.find(test);

function tagOperations(view: SpecView): LifecyclePlan["tags"] {
  const byArn = view.spec.operations.filter((o) => memberNamed(o, (m) => m.name === "resourceArn" && m.required));
  const tag = byArn.find((o) => memberNamed(o, (m) => m.name === "tags" && m.in === "body"));
  const untag = byArn.find((o) => memberNamed(o, (m) => m.name === "tagKeys"));
  const listTags = byArn.find((o) => o !== tag && o !== untag && o.successSchema?.properties?.tags);
  return tag && untag && listTags ? { tag, untag, listTags } : undefined;
}

/** A member the spec describes as a state of the resource, which may change without an update. */
const isState = (s: JsonSchema) => !!s.enum || /\b(current|currently|active)\b/i.test(s.description ?? "");

/** Server-assigned members of the resource the producer returns in `holder` (see the header). */
export function assignedMembers(producer: OperationSpec, holder: string, update?: ArnOperation): string[] {
  // The update's own ARN member names the resource; it sets nothing.
  const updates = (update?.op.input ?? []).filter((m) => m.name !== update?.member);
  const given = new Set([...producer.input, ...updates].map((m) => m.name));
  const members = producer.successSchema?.properties?.[holder]?.properties ?? {};
  return Object.entries(members)
    .filter(([name, s]) => !given.has(name) && ["string", "integer", "number"].includes(s.type ?? "") && !isState(s))
    .map(([name]) => name);
}

/** The members an item or result schema declares. */
export const schemaMembers = (schema: JsonSchema | undefined): Set<string> =>
  new Set(Object.keys(schema?.properties ?? {}));

/** The schema of one item of a list's items member, or of a batch's results member. */
export function itemSchema(op: OperationSpec, member: string): JsonSchema | undefined {
  return op.successSchema?.properties?.[member]?.items;
}

function companions(view: SpecView, kind: ResourceKind, depth: number): CompanionPlan[] {
  if (depth > 0) return [];
  const out: CompanionPlan[] = [];
  for (const [holder, schema] of Object.entries(kind.producer.successSchema?.properties ?? {})) {
    if (holder === kind.outputMember || !schema.properties?.arn) continue;
    const other = view.kinds.find((k) => k.key === arnResourceType(schema.properties!.arn!.pattern));
    if (!other || other.key === kind.key) continue;
    const plan = lifecyclePlan(view, other, depth + 1);
    const listMember = plan.parent?.kind.key === kind.key ? plan.parent.listMember : undefined;
    out.push({
      holder,
      kind: other,
      assigned: assignedMembers(kind.producer, holder, plan.update),
      ...(plan.get ? { get: plan.get } : {}),
      ...(plan.list && listMember ? { list: { op: plan.list, parentMember: listMember } } : {}),
      ...(plan.batch ? { batch: plan.batch } : {}),
    });
  }
  return out;
}

function lifecyclePlan(view: SpecView, kind: ResourceKind, depth = 0): LifecyclePlan {
  const plan: LifecyclePlan = { kind, create: kind.producer, configMembers: [], assigned: [], companions: [] };
  const get = arnOperation(view, kind, "Get");
  const update = arnOperation(view, kind, "Update");
  const del = arnOperation(view, kind, "Delete");
  if (get) plan.get = get;
  if (update) plan.update = update;
  if (del) plan.delete = del;
  const stop = del ? undefined : arnOperation(view, kind, "Stop");
  if (stop) plan.stop = stop;
  const list = view.spec.operations.find((o) => listItemKind(view.kinds, o)?.key === kind.key);
  if (list) plan.list = list;
  const batch = batchRead(view, kind);
  if (batch) plan.batch = batch;
  const parentRef = operationReferences(view.kinds, kind.producer).find(
    (r) => r.path.length === 1 && kind.producer.input.find((m) => m.name === r.path[0])?.required,
  );
  if (parentRef) {
    const listMember = list
      ? operationReferences(view.kinds, list).find(
          (r) => r.kind.key === parentRef.kind.key && list.input.find((m) => m.name === r.path[0])?.required,
        )?.path[0]
      : undefined;
    plan.parent = { kind: parentRef.kind, producerMember: parentRef.path[0]!, ...(listMember ? { listMember } : {}) };
  }
  if (kind.producer.input.some((m) => m.name === "tags")) {
    const tags = tagOperations(view);
    if (tags) plan.tags = tags;
  }
  const output = kind.producer.successSchema?.properties?.[kind.outputMember]?.properties ?? {};
  const inputs = [...kind.producer.input, ...(update?.op.input ?? [])].map((m) => m.name);
  plan.configMembers = [...new Set(inputs)].filter((n) => n in output && n !== "tags" && n !== update?.member);
  plan.assigned = assignedMembers(kind.producer, kind.outputMember, update);
  plan.companions = companions(view, kind, depth);
  return plan;
}

/** Every operation a lifecycle sends, in the order a run first sends them. */
export function planOperations(plan: LifecyclePlan): OperationSpec[] {
  const ops = [
    plan.create,
    plan.get?.op,
    plan.list,
    plan.batch?.op,
    ...plan.companions.flatMap((c) => [c.get?.op, c.list?.op, c.batch?.op]),
    plan.update?.op,
    plan.tags?.tag,
    plan.tags?.listTags,
    plan.tags?.untag,
    plan.delete?.op,
  ].filter((o): o is OperationSpec => !!o);
  return [...new Set(ops)];
}

/**
 * The lifecycle a cell heads: a producer heads lifecycle_consistent when its kind can be read back
 * (a get or a list); a delete operation heads use_after_delete.
 */
export function lifecycleHeadedBy(view: SpecView, op: OperationSpec, check: string): LifecyclePlan | undefined {
  for (const kind of view.kinds) {
    const plan = lifecyclePlan(view, kind);
    if (check === "lifecycle_consistent" && kind.producer === op && (plan.get || plan.list)) return plan;
    if (check === "use_after_delete" && plan.delete?.op === op) return plan;
  }
  return undefined;
}
