// Which operations make up a resource kind's lifecycle, from the spec: the producer, and the
// operations named for the same noun that take the kind's ARN (Get, Update, Delete), the list
// whose items are the kind, and the tag operations when the producer takes `tags`.

import type { InputMember, OperationSpec } from "../../../spec/contract/contract.ts";
import type { SpecView } from "../checks/define-check.ts";
import { listItemKind, operationReferences, type ResourceKind } from "../producers.ts";

export interface LifecyclePlan {
  kind: ResourceKind;
  create: OperationSpec;
  /** Member of get/update/delete that carries the ARN. */
  get?: { op: OperationSpec; member: string };
  update?: { op: OperationSpec; member: string };
  delete?: { op: OperationSpec; member: string };
  list?: OperationSpec;
  /** A required reference of the producer that the list is scoped by (CreateStreamKey.channelArn). */
  parent?: { kind: ResourceKind; producerMember: string; listMember?: string };
  tags?: { tag: OperationSpec; untag: OperationSpec; listTags: OperationSpec };
  /** Members of the producer and update inputs: the configuration a get must give back. */
  configMembers: string[];
}

function arnOperation(
  view: SpecView,
  kind: ResourceKind,
  verb: string,
): { op: OperationSpec; member: string } | undefined {
  const op = view.spec.operations.find((o) => o.name === `${verb}${kind.noun}`);
  if (!op) return undefined;
  const ref = operationReferences(view.kinds, op).find(
    (r) => r.path.length === 1 && r.kind.key === kind.key && op.input.find((m) => m.name === r.path[0])?.required,
  );
  return ref ? { op, member: ref.path[0]! } : undefined;
}

const memberNamed = (op: OperationSpec, test: (m: InputMember) => boolean) => op.input.find(test);

function tagOperations(view: SpecView): LifecyclePlan["tags"] {
  const byArn = view.spec.operations.filter((o) => memberNamed(o, (m) => m.name === "resourceArn" && m.required));
  const tag = byArn.find((o) => memberNamed(o, (m) => m.name === "tags" && m.in === "body"));
  const untag = byArn.find((o) => memberNamed(o, (m) => m.name === "tagKeys"));
  const listTags = byArn.find((o) => o !== tag && o !== untag && o.successSchema?.properties?.tags);
  return tag && untag && listTags ? { tag, untag, listTags } : undefined;
}

function lifecyclePlan(view: SpecView, kind: ResourceKind): LifecyclePlan {
  const plan: LifecyclePlan = { kind, create: kind.producer, configMembers: [] };
  const get = arnOperation(view, kind, "Get");
  const update = arnOperation(view, kind, "Update");
  const del = arnOperation(view, kind, "Delete");
  if (get) plan.get = get;
  if (update) plan.update = update;
  if (del) plan.delete = del;
  const list = view.spec.operations.find((o) => listItemKind(view.kinds, o)?.key === kind.key);
  if (list) plan.list = list;
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
  return plan;
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
